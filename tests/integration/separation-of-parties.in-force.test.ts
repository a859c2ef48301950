import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { offlineParties, recordOfflineSignature } from "@/lib/conventions/sign-offline";
import { getConvention } from "@/lib/conventions/get-convention";
import { verifyConventionDocument } from "@/lib/conventions/verify-document";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { UAI } from "../support/fixtures";
import { FAKE_PDF_50_BYTES } from "../support/scan-pdf";
import { C35, C14, A14, E } from "../support/access";
import {
  META,
  users,
  as,
  sign,
  submitted,
  paper,
  declarePaper,
  stepsOf,
  seedSeparationOfParties,
} from "./separation-of-parties.fixtures";

beforeAll(seedSeparationOfParties);

describe("an agent never puts a convention in force alone", () => {
  it("refuses agent.35's paper signatures for the collectivité and the académie, and a 50-byte « %PDF- » scan; the collège without chef is only declared", async () => {
    // 0350913C has no chef on the platform; the académie and the collectivité have signers.
    const id = await submitted("agent35", C35, UAI.rennes35b, true);
    const agent = await as("agent35", C35);
    const before = await stepsOf(id);

    await expect(
      recordOfflineSignature(agent, paper(id, "EPLE"), FAKE_PDF_50_BYTES, META),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(declarePaper(agent, id, "COLLECTIVITE")).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/signataire, jamais déclarée par un agent/),
    });
    await expect(declarePaper(agent, id, "ETAT")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(declarePaper(agent, id, "EPLE", { password: "pas le bon" })).rejects.toMatchObject(
      { code: "INVALID_INPUT" },
    );
    // Another collectivité: not found, nothing offered.
    await expect(declarePaper(await as("agent14", C14), id, "EPLE")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await offlineParties(await as("agent14", C14), id)).toEqual([]);
    expect(await stepsOf(id)).toEqual(before);
    expect(await offlineParties(agent, id)).toEqual([{ party: "EPLE", mode: "declaration" }]);

    // What remains legitimate: declaring the paper signature of the collège that has no chef yet.
    await declarePaper(agent, id, "EPLE", { signerName: "M. Principal" });
    const steps = await stepsOf(id);
    expect(steps.EPLE).toMatchObject({
      status: "SIGNEE_HORS_PLATEFORME",
      signerId: null,
      declaredById: users.agent35,
    });
    expect(steps.ETAT!.status).toBe("EN_ATTENTE");
    expect(steps.COLLECTIVITE!.status).toBe("EN_ATTENTE");
    expect(
      (await db.convention.findUniqueOrThrow({ where: { id }, select: { status: true } })).status,
    ).toBe("EN_SIGNATURE");
    // Having declared one step, the agent declares nothing else on it.
    expect(await offlineParties(agent, id)).toEqual([]);

    // The declaration is shown as such: on the convention page and on /verifier, with who declared it and the scan's hash.
    const detail = await getConvention(agent, id);
    const eple = detail.current.steps.find((s) => s.party === "EPLE")!;
    expect(eple).toMatchObject({
      signerName: "M. Principal",
      declaredByName: "agent.35",
      declaredByEmail: "agent.35@test.fr",
    });
    expect(eple.scanSha256).toMatch(/^[0-9a-f]{64}$/);
    const frozen = await verifyConventionDocument(db, { sha256: detail.current.frozenSha256! });
    expect(frozen?.signatures).toEqual([
      expect.objectContaining({
        party: "EPLE",
        status: "SIGNEE_HORS_PLATEFORME",
        declaredBy: "agent.35",
        scanSha256: eple.scanSha256,
      }),
    ]);

    await sign("recteur", A14, id);
    expect((await sign("sig35", C35, id)).complete).toBe(true);
    const signed = await getConvention(agent, id);
    const final = await verifyConventionDocument(db, { sha256: signed.current.finalSha256! });
    expect(final?.kind).toBe("final");
    expect(final?.signatures.map((s) => [s.party, s.declaredBy])).toEqual([
      ["EPLE", "agent.35"],
      ["ETAT", null],
      ["COLLECTIVITE", null],
    ]);
    const events = await db.auditEvent.findMany({
      where: { entityId: id },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toContain("convention.declare_offline");
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });

  it("lets one person declare one step only: a second party without signer needs someone else", async () => {
    // Calvados: the collège has no chef and the académie de Normandie no signer on the platform.
    const id = await submitted("agent14", C14, UAI.calvados14, true);
    await declarePaper(await as("agent14", C14), id, "EPLE");
    await expect(declarePaper(await as("agent14", C14), id, "ETAT")).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/une même personne ne signe pas pour deux parties/),
    });
    expect((await stepsOf(id)).ETAT!.status).toBe("EN_ATTENTE");
    await declarePaper(await as("agent14b", C14), id, "ETAT");
    await expect(declarePaper(await as("agent14b", C14), id, "COLLECTIVITE")).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    expect((await sign("sig14", C14, id)).complete).toBe(true);
  });

  it("refuses a second step to an account that holds the signing roles of two parties", async () => {
    const id = await submitted("agent35", C35, UAI.gayeulles, true);
    await sign("double", E(UAI.gayeulles), id);
    await sign("recteur", A14, id);
    const before = await stepsOf(id);
    await expect(sign("double", C35, id)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/deux parties/),
    });
    await expect(declarePaper(await as("double", C35), id, "COLLECTIVITE")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await stepsOf(id)).toEqual(before);
    expect(
      (await db.convention.findUniqueOrThrow({ where: { id }, select: { status: true } })).status,
    ).toBe("EN_SIGNATURE");
    expect((await sign("sig35", C35, id)).complete).toBe(true);
  });
});
