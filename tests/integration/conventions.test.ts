import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createConvention } from "@/lib/conventions/create-convention";
import { generateConventions } from "@/lib/conventions/generate-conventions";
import { updateConventionDraft } from "@/lib/conventions/update-draft";
import { submitForSignature } from "@/lib/conventions/submit-for-signature";
import { completeDraft } from "../support/complete-draft";
import { signConvention, signConventionsBatch } from "@/lib/conventions/sign-convention";
import { refuseConvention } from "@/lib/conventions/refuse-convention";
import { recordOfflineSignature } from "@/lib/conventions/sign-offline";
import { withdrawConvention } from "@/lib/conventions/withdraw-convention";
import { createAvenant } from "@/lib/conventions/amend-convention";
import { terminateConvention } from "@/lib/conventions/terminate-convention";
import { renewConvention } from "@/lib/conventions/renew-convention";
import { remindSigners } from "@/lib/conventions/remind-signers";
import { getConvention } from "@/lib/conventions/get-convention";
import { getConventionFile } from "@/lib/conventions/get-convention-file";
import { listConventions } from "@/lib/conventions/list-conventions";
import { getConventionCoverage } from "@/lib/conventions/coverage";
import { verifyConventionDocument } from "@/lib/conventions/verify-document";
import type { ConventionContent } from "@/lib/conventions/content";
import { UAI } from "../support/fixtures";
import { scannedPdf } from "../support/scan-pdf";
import { pdfText } from "../support/pdf-text";
import { C35, C14, C22, A70, A14, E } from "../support/access";
import {
  PASSWORD,
  META,
  users,
  as,
  auth,
  sha,
  sign,
  conventionSnapshot,
  newDraft,
  draftContent,
  ids,
  seedConventions,
} from "./conventions.fixtures";

beforeAll(seedConventions);

describe("a tripartite convention from draft to in force", () => {
  it("creates a draft from the default template, edits it, and refuses bad content with nothing written", async () => {
    const created = await newDraft("agent35", C35, UAI.gayeulles);
    ids.gayeulles = created.id;
    expect(created.reference).toMatch(/^CT-35-\d{4}-0001$/);
    const detail = await getConvention(await as("agent35", C35), created.id);
    expect(detail).toMatchObject({
      status: "BROUILLON",
      kind: "TRIPARTITE",
      etablissement: { uai: UAI.gayeulles },
    });
    expect(detail.current.content.articles.length).toBeGreaterThan(5);

    await expect(newDraft("agent35", C35, UAI.gayeulles)).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const content = await draftContent(created.id);
    content.referents.numerique = "Mme Référente, referente@ac-rennes.fr";
    const before = await conventionSnapshot(created.id);
    const bad = structuredClone(content);
    bad.articles[0]!.body = "Texte avec {{variable.inconnue}}";
    const ctx = await as("agent35", C35);
    await expect(
      updateConventionDraft(ctx, {
        conventionId: created.id,
        title: "Titre",
        startsOn: "2026-12-01",
        endsOn: "2029-08-31",
        content: JSON.stringify(bad),
      }),
    ).rejects.toThrow(/Variable inconnue/);
    await expect(
      updateConventionDraft(ctx, {
        conventionId: created.id,
        title: "Titre",
        startsOn: "2026-12-01",
        endsOn: "2026-11-01",
        content: JSON.stringify(content),
      }),
    ).rejects.toThrow();
    await expect(
      updateConventionDraft(ctx, {
        conventionId: created.id,
        title: "Titre",
        startsOn: "2026-02-31",
        endsOn: "",
        content: JSON.stringify(content),
      }),
    ).rejects.toThrow();
    expect(await conventionSnapshot(created.id)).toBe(before);

    await updateConventionDraft(ctx, {
      conventionId: created.id,
      title: "Convention tripartite — Les Gayeulles",
      startsOn: "2026-12-01",
      endsOn: "2029-08-31",
      content: JSON.stringify(content),
    });
    expect((await draftContent(created.id)).referents.numerique).toBe(
      "Mme Référente, referente@ac-rennes.fr",
    );
  });

  it("refuses to freeze while an article's variable is neither filled nor « sans objet », naming each one, with nothing written", async () => {
    const before = await conventionSnapshot(ids.gayeulles);
    const refused = submitForSignature(await as("agent35", C35), { conventionId: ids.gayeulles });
    await expect(refused).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const message = await refused.then(
      () => "",
      (e: Error) => e.message,
    );
    expect(message).toContain("référent technique ({{referent.technique}})");
    expect(message).toContain("interlocuteur de la collectivité ({{referent.collectivite}})");
    expect(message).toContain("référence de la convention-cadre ({{convention_cadre.reference}})");
    expect(message).not.toContain("referent.numerique");
    expect(await conventionSnapshot(ids.gayeulles)).toBe(before);
    expect(
      await db.outboxEmail.count({ where: { subject: { startsWith: "Convention à signer" } } }),
    ).toBe(0);
  });

  it("freezes what the draft form sends with the freeze (unsaved edits included), then opens the steps in order", async () => {
    // The form on screen, never saved: a new article text, the référents filled, no convention-cadre.
    const onScreen = await draftContent(ids.gayeulles);
    onScreen.articles[0]!.body = `${onScreen.articles[0]!.body}\n\nTexte ajouté juste avant de figer.`;
    onScreen.referents = {
      numerique: "Mme Référente, referente@ac-rennes.fr",
      technique: "M. Technicien",
      collectivite: "Service numérique du Département",
    };
    onScreen.notApplicable = ["convention_cadre.reference"];
    const result = await submitForSignature(await as("agent35", C35), {
      conventionId: ids.gayeulles,
      title: "Convention tripartite — Les Gayeulles",
      startsOn: "2026-12-01",
      endsOn: "2029-08-31",
      content: JSON.stringify(onScreen),
    });
    const frozenText = pdfText(
      (
        await db.conventionVersion.findFirstOrThrow({
          where: { conventionId: ids.gayeulles },
          select: { frozenPdf: true },
        })
      ).frozenPdf!,
    );
    expect(frozenText).toContain("Texte ajouté juste avant de figer.");
    expect(frozenText).toContain("M. Technicien");
    expect(frozenText).not.toContain("[à compléter");
    expect(frozenText).not.toContain("{{");
    // Article « Annexes » and the annexes themselves, numbered from one source.
    expect(frozenText).toMatch(/l.annexe 1 : l.inventaire\s+des\s+équipements/);
    expect(frozenText).toMatch(/l.annexe 2 : le\s+tableau\s+des\s+niveaux\s+de\s+service/);
    expect(frozenText).toMatch(/Annexe 1 – Inventaire des équipements/);
    expect(frozenText).toMatch(/Annexe 2 – Niveaux de service/);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    const version = await db.conventionVersion.findFirstOrThrow({
      where: { conventionId: ids.gayeulles },
      select: { status: true, frozenPdf: true, steps: { select: { party: true, order: true } } },
    });
    expect(version.status).toBe("EN_SIGNATURE");
    expect(Buffer.from(version.frozenPdf!.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(version.steps.map((s) => s.party).sort()).toEqual(["COLLECTIVITE", "EPLE", "ETAT"]);
    expect(
      await db.outboxEmail.count({
        where: { to: "chef.gayeulles@test.fr", subject: { startsWith: "Convention à signer" } },
      }),
    ).toBe(1);
    await expect(
      submitForSignature(await as("agent35", C35), { conventionId: ids.gayeulles }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      updateConventionDraft(await as("agent35", C35), {
        conventionId: ids.gayeulles,
        title: "x y z",
        content: "{}",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("signs in order, with the password, once per party, and records the evidence", async () => {
    await expect(sign("recteur14", A14, ids.gayeulles, { qualite: "SG" })).rejects.toThrow(
      "attend d'abord la signature de l'établissement.",
    );
    // What a signatory reads on the page is the PDF's text: variables filled, none left raw.
    const onPage = await getConvention(await as("chefG", E(UAI.gayeulles)), ids.gayeulles);
    const pageText = onPage.current.filledContent.articles
      .map((a) => `${a.title} ${a.body}`)
      .join(" ");
    expect(pageText).not.toContain("{{");
    expect(pageText).not.toContain("[à compléter");
    expect(pageText).toContain("M. Technicien");
    expect(pageText).toMatch(/l'annexe 1 : l'inventaire/);
    const before = await conventionSnapshot(ids.gayeulles);
    await expect(
      signConvention(
        await as("chefG", E(UAI.gayeulles)),
        {
          conventionId: ids.gayeulles,
          documentSha256: await sha(ids.gayeulles),
          password: "mauvais",
          ...auth,
        },
        META,
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      signConvention(
        await as("chefG", E(UAI.gayeulles)),
        {
          conventionId: ids.gayeulles,
          documentSha256: "0".repeat(64),
          password: PASSWORD,
          ...auth,
        },
        META,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      sign("chefG", E(UAI.gayeulles), ids.gayeulles, { authorisationReference: "" }),
    ).rejects.toThrow();
    expect(await conventionSnapshot(ids.gayeulles)).toBe(before);

    // A double click: two submissions at once record one signature.
    const both = await Promise.allSettled([
      sign("chefG", E(UAI.gayeulles), ids.gayeulles),
      sign("chefG", E(UAI.gayeulles), ids.gayeulles),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT" },
    });
    const step = await db.signatureStep.findFirstOrThrow({
      where: { version: { conventionId: ids.gayeulles }, party: "EPLE" },
    });
    expect(step).toMatchObject({
      status: "SIGNEE",
      ip: META.ip,
      userAgent: "Vitest",
      documentSha256: await sha(ids.gayeulles),
      authorisationKind: "DELIBERATION_CA",
      authorisationReference: "CA 2026-14",
      signerEmail: "chef.gayeulles@test.fr",
    });

    await sign("recteur14", A14, ids.gayeulles, {
      qualite: "Secrétaire générale, par délégation",
      authorisationReference: "Arrêté 2025-R-087",
    });
    await expect(sign("elu35", C35, ids.gayeulles)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const last = await sign("sig35", C35, ids.gayeulles, {
      qualite: "Vice-présidente",
      authorisationReference: "CP 2026-10-12",
    });
    expect(last.complete).toBe(true);

    const detail = await getConvention(await as("chefG", E(UAI.gayeulles)), ids.gayeulles);
    expect(detail.status).toBe("EN_VIGUEUR");
    expect(detail.inForce?.id).toBe(detail.current.id);
    expect(detail.current.finalSha256).toMatch(/^[0-9a-f]{64}$/);
    const final = await getConventionFile(
      await as("drane14", A14),
      ids.gayeulles,
      "final",
      detail.current.id,
    );
    expect(Buffer.from(final.bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(
      await verifyConventionDocument(db, { sha256: detail.current.finalSha256 }),
    ).toMatchObject({ kind: "final", reference: detail.reference });
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });
});

describe("refusal, withdrawal and paper signatures", () => {
  it("sends a refused convention back to draft as a new version; the old document can no longer be signed", async () => {
    const created = await newDraft("agent35", C35, UAI.rennes35b);
    ids.rennes = created.id;
    await completeDraft(await as("agent35", C35), created.id);
    await submitForSignature(await as("agent35", C35), { conventionId: created.id });
    const oldSha = await sha(created.id);
    const ctx = await as("chefR", E(UAI.rennes35b));
    await expect(
      refuseConvention(ctx, { conventionId: created.id, documentSha256: oldSha, reason: "court" }),
    ).rejects.toThrow();
    await refuseConvention(ctx, {
      conventionId: created.id,
      documentSha256: oldSha,
      reason: "L'article sur la maintenance N1 ne correspond pas à notre organisation.",
    });
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
    const reason = "L'article sur la maintenance N1 ne correspond pas à notre organisation.";
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
    await completeDraft(await as("agent35", C35), ids.rennes);
    await submitForSignature(await as("agent35", C35), { conventionId: ids.rennes });
    await sign("chefR", E(UAI.rennes35b), ids.rennes);
    await expect(
      withdrawConvention(await as("agent35", C35), {
        conventionId: ids.rennes,
        reason: "trop court".slice(0, 5),
      }),
    ).rejects.toThrow();
    await withdrawConvention(await as("agent35", C35), {
      conventionId: ids.rennes,
      reason: "Correction de l'article sur la durée.",
    });
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
    await completeDraft(await as("agent35", C35), ids.rennes);
    await submitForSignature(await as("agent35", C35), { conventionId: ids.rennes });
    const input = {
      conventionId: ids.rennes,
      party: "EPLE",
      signedOn: "2026-11-20",
      qualite: "Principal",
      authorisationReference: "CA 2026-3",
      authorisationDate: "2026-11-02",
      password: PASSWORD,
    };
    const chef = await as("chefR", E(UAI.rennes35b));
    await expect(
      recordOfflineSignature(chef, input, new TextEncoder().encode("pas un pdf"), META),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(recordOfflineSignature(chef, input, null, META)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      recordOfflineSignature(chef, { ...input, password: "mauvais" }, await scannedPdf(), META),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      recordOfflineSignature(
        await as("elu35", C35),
        { ...input, signerName: "M. Principal" },
        await scannedPdf(),
        META,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The collège has a chef on the platform: the collectivité cannot declare his signature for him.
    await expect(
      recordOfflineSignature(
        await as("agent35", C35),
        { ...input, signerName: "M. Principal" },
        await scannedPdf(),
        META,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await recordOfflineSignature(
      await as("chefR", E(UAI.rennes35b)),
      input,
      await scannedPdf(),
      META,
    );
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

describe("a rectorat signs conventions of two départements in one batch", () => {
  it("signs each individually and reports what could not be signed", async () => {
    const b = await newDraft("agent22", C22, UAI.bourbriac22);
    ids.bourbriac = b.id;
    const content = await draftContent(b.id);
    content.signingOrder = [
      { party: "ETAT", order: 1 },
      { party: "EPLE", order: 2 },
      { party: "COLLECTIVITE", order: 2 },
    ];
    await updateConventionDraft(await as("agent22", C22), {
      conventionId: b.id,
      title: "Convention Bourbriac",
      startsOn: "2026-12-01",
      endsOn: "2029-08-31",
      content: JSON.stringify(content),
    });
    await completeDraft(await as("agent22", C22), b.id);
    await submitForSignature(await as("agent22", C22), { conventionId: b.id });

    const drane = await as("drane14", A14);
    const toSign = await listConventions(drane, { tab: "a-signer" });
    expect(toSign.items.map((i) => i.id).sort()).toEqual([ids.rennes, b.id].sort());
    const items = [
      `${ids.rennes}:${await sha(ids.rennes)}`,
      `${b.id}:${await sha(b.id)}`,
      `${ids.gayeulles}:${"a".repeat(64)}`,
    ];
    const results = await signConventionsBatch(
      drane,
      {
        items,
        password: PASSWORD,
        qualite: "DRANE",
        authorisationReference: "Arrêté 2025-R-112",
        authorisationDate: "2025-09-01",
      },
      META,
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(
      await db.signatureStep.count({
        where: { party: "ETAT", status: "SIGNEE", signerId: users.drane14 },
      }),
    ).toBe(2);
    // Bourbriac: the chef and the collectivité now sign in parallel.
    expect(
      (await listConventions(await as("chefB", E(UAI.bourbriac22)), { tab: "a-signer" })).total,
    ).toBe(1);
  });
});

describe("avenants, résiliation, renouvellement", () => {
  it("amends a convention in force and makes the signed avenant the consolidated version", async () => {
    await expect(
      createAvenant(await as("agent35", C35), { conventionId: ids.rennes }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const avenant = await createAvenant(await as("agent35", C35), { conventionId: ids.gayeulles });
    expect(avenant.reference).toMatch(/^AV-35-/);
    await expect(
      createAvenant(await as("agent35", C35), { conventionId: ids.gayeulles }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const content = await draftContent(avenant.id);
    const title = content.articles[1]!.title;
    content.articles[1]!.body = "Texte modifié par l'avenant n° 1.";
    await updateConventionDraft(await as("agent35", C35), {
      conventionId: avenant.id,
      title: "Avenant n° 1",
      startsOn: "2026-12-01",
      endsOn: "2030-08-31",
      content: JSON.stringify(content),
    });
    await completeDraft(await as("agent35", C35), avenant.id);
    await submitForSignature(await as("agent35", C35), { conventionId: avenant.id });
    await sign("chefG", E(UAI.gayeulles), avenant.id);
    await sign("recteur14", A14, avenant.id);
    expect((await sign("sig35", C35, avenant.id)).complete).toBe(true);

    const parent = await getConvention(await as("agent35", C35), ids.gayeulles);
    expect(parent.inForce?.content.articles[1]).toEqual({
      title,
      body: "Texte modifié par l'avenant n° 1.",
    });
    expect(parent.endsOn?.toISOString().slice(0, 10)).toBe("2030-08-31");
    expect(parent.history.map((h) => h.convention.kind)).toEqual(["TRIPARTITE", "AVENANT"]);
    const detail = await getConvention(await as("agent35", C35), avenant.id);
    expect(detail.diff?.articles).toEqual([
      {
        change: "modified",
        title,
        before: expect.any(String),
        after: "Texte modifié par l'avenant n° 1.",
      },
    ]);
  });

  it("terminates a convention in force, then refuses an avenant on it; renews into a prefilled draft", async () => {
    const renewal = await renewConvention(await as("agent35", C35), {
      conventionId: ids.gayeulles,
    });
    const draft = await db.conventionVersion.findFirstOrThrow({
      where: { conventionId: renewal.id },
      select: { startsOn: true, content: true },
    });
    expect(draft.startsOn?.toISOString().slice(0, 10)).toBe("2030-09-01");
    expect((draft.content as unknown as ConventionContent).referents.numerique).toBe(
      "Mme Référente, referente@ac-rennes.fr",
    );
    await expect(
      renewConvention(await as("agent35", C35), { conventionId: ids.gayeulles }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(
      terminateConvention(await as("agent35", C35), {
        conventionId: ids.gayeulles,
        terminatedOn: "2027-01-31",
        reason: "x",
      }),
    ).rejects.toThrow();
    await terminateConvention(await as("agent35", C35), {
      conventionId: ids.gayeulles,
      terminatedOn: "2027-01-31",
      reason: "Fusion du collège avec un autre établissement.",
    });
    expect(
      (
        await db.convention.findUniqueOrThrow({
          where: { id: ids.gayeulles },
          select: { status: true },
        })
      ).status,
    ).toBe("RESILIEE");
    await expect(
      createAvenant(await as("agent35", C35), { conventionId: ids.gayeulles }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("conventions-cadres and bulk generation", () => {
  it("generates a draft under the cadre for every public collège without one, once", async () => {
    const cadre = await createConvention(await as("agent35", C35), { kind: "CADRE" });
    const cadreRow = await db.convention.findUniqueOrThrow({
      where: { id: cadre.id },
      select: { kind: true, academieCode: true, etablissementId: true },
    });
    expect(cadreRow).toEqual({ kind: "CADRE", academieCode: "14", etablissementId: null });
    const publicColleges = await db.etablissement.count({
      where: { collectivite: { code: "35" }, secteur: "PUBLIC", etat: "OUVERT" },
    });
    const first = await generateConventions(await as("agent35", C35), { parentId: cadre.id });
    expect(first.created + first.alreadyCovered).toBe(publicColleges);
    const second = await generateConventions(await as("agent35", C35), { parentId: cadre.id });
    expect(second.created).toBe(0);
    await expect(
      generateConventions(await as("agent22", C22), { parentId: cadre.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("cross-scope access: another collectivité, académie or collège gets not found, data unchanged", () => {
  it("hides every convention of 35 from Calvados, from académie 70 and from another collège", async () => {
    const before = await conventionSnapshot(ids.rennes);
    const c14 = await as("agent14", C14);
    await expect(getConvention(c14, ids.rennes)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getConventionFile(c14, ids.gayeulles, "final", "x")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      withdrawConvention(c14, {
        conventionId: ids.rennes,
        reason: "Tentative depuis un autre département",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(remindSigners(c14, { conventionId: ids.rennes })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      createConvention(c14, { kind: "TRIPARTITE", uai: UAI.rennes35b }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listConventions(c14, {})).total).toBe(0);
    await expect(getConvention(await as("drane70", A70), ids.rennes)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(sign("drane70", A70, ids.rennes)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getConvention(await as("chefB", E(UAI.bourbriac22)), ids.rennes),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      refuseConvention(await as("chefB", E(UAI.bourbriac22)), {
        conventionId: ids.rennes,
        documentSha256: await sha(ids.rennes),
        reason: "Refus d'un autre collège.",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getConvention(await as("agent22", C22), ids.rennes)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      createConvention(await as("elu35", C35), { kind: "TRIPARTITE", uai: UAI.rennes35b }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await conventionSnapshot(ids.rennes)).toBe(before);
  });

  it("shows the académie every collectivité of its académie, and coverage per collectivité", async () => {
    const list = await listConventions(await as("drane14", A14), { tab: "toutes" });
    expect(list.items.some((i) => i.id === ids.bourbriac)).toBe(true);
    expect(list.items.some((i) => i.id === ids.rennes)).toBe(true);
    const coverage = await getConventionCoverage(await as("drane14", A14));
    expect(coverage.map((r) => r.collectiviteCode).sort()).toEqual(["22", "35"]);
    expect(await getConventionCoverage(await as("agent14", C14))).toEqual([
      expect.objectContaining({ collectiviteCode: "14", inForce: 0 }),
    ]);
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });
});
