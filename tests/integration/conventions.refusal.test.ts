import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signConvention } from "@/lib/conventions/sign-convention";
import { refuseConvention } from "@/lib/conventions/refuse-convention";
import { recordOfflineSignature } from "@/lib/conventions/sign-offline";
import { withdrawConvention } from "@/lib/conventions/withdraw-convention";
import { remindSigners } from "@/lib/conventions/remind-signers";
import { getConvention } from "@/lib/conventions/get-convention";
import { getConventionFile } from "@/lib/conventions/get-convention-file";
import { listConventions } from "@/lib/conventions/list-conventions";
import { UAI } from "../support/fixtures";
import { scannedPdf } from "../support/scan-pdf";
import { C35, E } from "../support/access";
import {
  PASSWORD,
  META,
  users,
  as,
  auth,
  sha,
  sign,
  ids,
  seedConventions,
} from "./conventions.fixtures";
import {
  REFUSAL,
  completeAndSubmit,
  submitRennes,
  refuseRennes,
  withdrawRennes,
  paperSignature,
  recordRennesOnPaper,
} from "./conventions.story";

beforeAll(seedConventions);

describe("refusal, withdrawal and paper signatures", () => {
  it("sends a refused convention back to draft as a new version; the old document can no longer be signed", async () => {
    const created = await submitRennes();
    const oldSha = await sha(created.id);
    const ctx = await as("chefR", E(UAI.rennes35b));
    await expect(
      refuseConvention(ctx, { conventionId: created.id, documentSha256: oldSha, reason: "court" }),
    ).rejects.toThrow();
    await refuseRennes();
    const versions = await db.conventionVersion.findMany({
      where: { conventionId: created.id },
      orderBy: { number: "asc" },
      select: { number: true, status: true, steps: { select: { party: true, status: true } } },
    });
    expect(versions.map((v) => [v.number, v.status])).toEqual([
      [1, "REMPLACEE"],
      [2, "BROUILLON"],
    ]);
    expect(versions[0]!.steps.map((s) => s.status).sort()).toEqual([
      "ANNULEE",
      "ANNULEE",
      "REFUSEE",
    ]);
    expect(
      await db.outboxEmail.count({
        where: { to: "agent35@test.fr", subject: { startsWith: "Convention refusée" } },
      }),
    ).toBe(1);
    await expect(
      signConvention(
        ctx,
        { conventionId: created.id, documentSha256: oldSha, password: PASSWORD, ...auth },
        META,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const list = await listConventions(await as("agent35", C35), { tab: "refusees" });
    expect(list.items.map((i) => i.id)).toContain(created.id);
    // The pilot sees why, on the convention and in the « Refusées » tab, not only in the e-mail.
    const reason = REFUSAL;
    expect(list.items.find((i) => i.id === created.id)?.refusal).toMatchObject({
      party: "EPLE",
      reason,
    });
    expect((await getConvention(await as("agent35", C35), created.id)).refusal).toMatchObject({
      party: "EPLE",
      versionNumber: 1,
      reason,
      by: "chef.rennes",
    });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: "agent35@test.fr", subject: { startsWith: "Convention refusée" } },
      select: { text: true },
    });
    expect(mail.text).toContain(
      "chef.rennes, pour l'établissement, a refusé de signer la version 1",
    );
    expect(mail.text).not.toMatch(/établissement \(eple\)/i);
  });

  it("takes a convention back to draft after a first signature: a new version, pending signatures voided", async () => {
    await completeAndSubmit(ids.rennes);
    await sign("chefR", E(UAI.rennes35b), ids.rennes);
    await expect(
      withdrawConvention(await as("agent35", C35), {
        conventionId: ids.rennes,
        reason: "trop court".slice(0, 5),
      }),
    ).rejects.toThrow();
    await withdrawRennes();
    const v2 = await db.conventionVersion.findFirstOrThrow({
      where: { conventionId: ids.rennes, number: 2 },
      select: { status: true, steps: { select: { party: true, status: true } } },
    });
    expect(v2.status).toBe("REMPLACEE");
    expect(Object.fromEntries(v2.steps.map((s) => [s.party, s.status]))).toEqual({
      EPLE: "SIGNEE",
      ETAT: "ANNULEE",
      COLLECTIVITE: "ANNULEE",
    });
    expect(
      await db.conventionVersion.count({
        where: { conventionId: ids.rennes, number: 3, status: "BROUILLON" },
      }),
    ).toBe(1);
  });

  it("records a signature given on paper with its scanned copy, by the party's signer, and refuses a file that is not a PDF", async () => {
    await completeAndSubmit(ids.rennes);
    const input = paperSignature();
    const chef = await as("chefR", E(UAI.rennes35b));
    const scan = await scannedPdf();
    const declared = { ...input, signerName: "M. Principal" };
    for (const [ctx, signature, file, code] of [
      [chef, input, new TextEncoder().encode("pas un pdf"), "INVALID_INPUT"],
      [chef, input, null, "INVALID_INPUT"],
      [chef, { ...input, password: "mauvais" }, scan, "INVALID_INPUT"],
      [await as("elu35", C35), declared, scan, "FORBIDDEN"],
      // The collège has a chef on the platform: the collectivité cannot declare his signature for him.
      [await as("agent35", C35), declared, scan, "FORBIDDEN"],
    ] as const)
      await expect(recordOfflineSignature(ctx, signature, file, META)).rejects.toMatchObject({
        code,
      });
    await recordRennesOnPaper();
    const step = await db.signatureStep.findFirstOrThrow({
      where: { version: { conventionId: ids.rennes, number: 3 }, party: "EPLE" },
      select: {
        id: true,
        status: true,
        scanSha256: true,
        signerName: true,
        signerId: true,
        declaredById: true,
        ip: true,
      },
    });
    expect(step).toMatchObject({
      status: "SIGNEE_HORS_PLATEFORME",
      signerName: "chef.rennes",
      signerId: users.chefR,
      declaredById: null,
      ip: META.ip,
    });
    expect(step.scanSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(
      (await getConventionFile(await as("chefR", E(UAI.rennes35b)), ids.rennes, "scan", step.id))
        .filename,
    ).toMatch(/copie-eple\.pdf$/);
  });

  it("reminds the awaited parties at most once a day", async () => {
    const result = await remindSigners(await as("agent35", C35), { conventionId: ids.rennes });
    expect(result.parties).toEqual(["État (académie)"]);
    expect(
      await db.outboxEmail.count({
        where: { to: "drane14@test.fr", subject: { startsWith: "Rappel" } },
      }),
    ).toBe(1);
    await expect(
      remindSigners(await as("agent35", C35), { conventionId: ids.rennes }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
