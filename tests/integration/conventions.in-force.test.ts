import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { updateConventionDraft } from "@/lib/conventions/update-draft";
import { submitForSignature } from "@/lib/conventions/submit-for-signature";
import { signConvention } from "@/lib/conventions/sign-convention";
import { getConvention } from "@/lib/conventions/get-convention";
import { getConventionFile } from "@/lib/conventions/get-convention-file";
import { verifyConventionDocument } from "@/lib/conventions/verify-document";
import { UAI } from "../support/fixtures";
import { pdfText } from "../support/pdf-text";
import { C35, A14, E } from "../support/access";
import {
  PASSWORD,
  META,
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
import {
  REFERENTE,
  RECTORAT_SIGNS,
  COLLECTIVITE_SIGNS,
  draftGayeulles,
  editGayeulles,
  freezeGayeulles,
} from "./conventions.story";

beforeAll(seedConventions);

describe("a tripartite convention from draft to in force", () => {
  it("creates a draft from the default template, edits it, and refuses bad content with nothing written", async () => {
    const created = await draftGayeulles();
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
    content.referents.numerique = REFERENTE;
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
    ).rejects.toThrow(/^Article 1 — Variable inconnue/);
    const badSla = structuredClone(content);
    badSla.assistance.serviceLevels[2]!.takeCharge = 400;
    await expect(
      updateConventionDraft(ctx, {
        conventionId: created.id,
        title: "Titre",
        startsOn: "2026-12-01",
        endsOn: "2029-08-31",
        content: JSON.stringify(badSla),
      }),
    ).rejects.toThrow(/^Engagement mesuré n° 3 — Délai de prise en charge : 365 au plus\.$/);
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

    await editGayeulles();
    expect((await draftContent(created.id)).referents.numerique).toBe(REFERENTE);
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
    const result = await freezeGayeulles();
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

    await sign("recteur14", A14, ids.gayeulles, RECTORAT_SIGNS);
    await expect(sign("elu35", C35, ids.gayeulles)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const last = await sign("sig35", C35, ids.gayeulles, COLLECTIVITE_SIGNS);
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
