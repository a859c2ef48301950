import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import {
  sha256Hex,
  verifyConventionDocument,
  verifySubmittedDocument,
} from "@/lib/conventions/verify-document";
import { verifyDocumentAction, type VerifyDocumentState } from "@/app/actions/verifier";
import { AppError } from "@/lib/errors";
import { seedReferentialsAndColleges, UAI } from "../support/fixtures";

const hashOf = (text: string) => sha256Hex(new TextEncoder().encode(text));
const HASH = {
  replacedFrozen: hashOf("version 1 figée"),
  frozen: hashOf("version 2 figée"),
  final: hashOf("version 2 finale"),
  cadreFrozen: hashOf("convention-cadre figée"),
};
const CONTENT = { articles: [{ title: "Objet", body: "Texte confidentiel de l'article." }] };

/** Every key of a value, at any depth. */
function keysOf(value: unknown): string[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...keysOf(child)]);
}

beforeAll(async () => {
  await seedReferentialsAndColleges([UAI.gayeulles]);
  const collectiviteId = (
    await db.collectivite.findUniqueOrThrow({ where: { code: "35" }, select: { id: true } })
  ).id;
  const etablissementId = (
    await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true },
    })
  ).id;
  const evidence = {
    ip: "203.0.113.7",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64)",
    signerEmail: "signataire@exemple.fr",
  };

  const tripartite = await db.convention.create({
    data: {
      reference: "CT-35-2026-0007",
      kind: "TRIPARTITE",
      title: "Convention tripartite du collège Les Gayeulles",
      status: "EN_VIGUEUR",
      collectiviteId,
      academieCode: "14",
      etablissementId,
      startsOn: new Date("2026-09-01T00:00:00Z"),
      endsOn: new Date("2029-08-31T00:00:00Z"),
    },
    select: { id: true },
  });
  await db.conventionVersion.create({
    data: {
      conventionId: tripartite.id,
      number: 1,
      status: "REMPLACEE",
      content: CONTENT,
      frozenAt: new Date("2026-05-01T08:00:00Z"),
      frozenSha256: HASH.replacedFrozen,
      steps: {
        create: [
          {
            order: 1,
            party: "EPLE",
            status: "SIGNEE",
            signerName: "Anne Lefèvre",
            qualite: "Principale",
            decidedAt: new Date("2026-05-02T08:00:00Z"),
            documentSha256: HASH.replacedFrozen,
            ...evidence,
          },
          {
            order: 2,
            party: "ETAT",
            status: "REFUSEE",
            signerName: "Jean Dupont",
            qualite: "Recteur",
            decidedAt: new Date("2026-05-03T08:00:00Z"),
            refusalReason: "Article 4 à revoir.",
            ...evidence,
          },
          { order: 3, party: "COLLECTIVITE", status: "ANNULEE" },
        ],
      },
    },
    select: { id: true },
  });
  const signed = await db.conventionVersion.create({
    data: {
      conventionId: tripartite.id,
      number: 2,
      status: "SIGNEE",
      content: CONTENT,
      startsOn: new Date("2026-09-01T00:00:00Z"),
      endsOn: new Date("2029-08-31T00:00:00Z"),
      frozenAt: new Date("2026-06-01T08:00:00Z"),
      frozenPdf: new Uint8Array([37, 80, 68, 70]),
      frozenSha256: HASH.frozen,
      signedAt: new Date("2026-06-20T08:00:00Z"),
      finalSha256: HASH.final,
    },
    select: { id: true },
  });
  // Inserted out of order: the answer follows the signing order, not the insertion order.
  await db.signatureStep.create({
    data: {
      versionId: signed.id,
      order: 2,
      party: "ETAT",
      status: "SIGNEE_HORS_PLATEFORME",
      signerName: "Jean Dupont",
      qualite: "Recteur de l'académie",
      decidedAt: new Date("2026-06-10T08:00:00Z"),
      documentSha256: HASH.frozen,
      scanSha256: hashOf("scan"),
      ...evidence,
    },
    select: { id: true },
  });
  await db.signatureStep.create({
    data: {
      versionId: signed.id,
      order: 1,
      party: "EPLE",
      status: "SIGNEE",
      signerName: "Anne Lefèvre",
      qualite: "Principale",
      authorisationKind: "Délibération du CA",
      authorisationReference: "CA-2026-12",
      decidedAt: new Date("2026-06-05T08:00:00Z"),
      documentSha256: HASH.frozen,
      ...evidence,
    },
    select: { id: true },
  });

  const cadre = await db.convention.create({
    data: {
      reference: "CC-35-2026-0001",
      kind: "CADRE",
      title: "Convention-cadre du numérique éducatif",
      status: "EN_SIGNATURE",
      collectiviteId,
      academieCode: "14",
    },
    select: { id: true },
  });
  await db.conventionVersion.create({
    data: {
      conventionId: cadre.id,
      number: 1,
      status: "EN_SIGNATURE",
      content: CONTENT,
      frozenAt: new Date("2026-06-01T08:00:00Z"),
      frozenSha256: HASH.cadreFrozen,
      steps: {
        create: [
          {
            order: 1,
            party: "ETAT",
            status: "SIGNEE",
            signerName: "Jean Dupont",
            qualite: "Recteur",
            decidedAt: new Date("2026-06-02T08:00:00Z"),
            documentSha256: HASH.cadreFrozen,
            ...evidence,
          },
          { order: 2, party: "COLLECTIVITE", status: "EN_ATTENTE" },
        ],
      },
    },
    select: { id: true },
  });
});

describe("verifyConventionDocument", () => {
  it("recognises the final PDF of a signed version, with its signatures in signing order", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.final });
    expect(result).toEqual({
      kind: "final",
      reference: "CT-35-2026-0007",
      title: "Convention tripartite du collège Les Gayeulles",
      conventionKind: "TRIPARTITE",
      versionNumber: 2,
      versionStatus: "SIGNEE",
      conventionStatus: "EN_VIGUEUR",
      parties: {
        collectivite: expect.stringContaining("Ille-et-Vilaine"),
        academie: "Académie de Rennes",
        etablissement: { name: expect.any(String), uai: UAI.gayeulles },
      },
      startsOn: new Date("2026-09-01T00:00:00Z"),
      endsOn: new Date("2029-08-31T00:00:00Z"),
      signatures: [
        {
          party: "EPLE",
          signerName: "Anne Lefèvre",
          qualite: "Principale",
          status: "SIGNEE",
          decidedAt: new Date("2026-06-05T08:00:00Z"),
          declaredBy: null,
          scanSha256: null,
        },
        {
          party: "ETAT",
          signerName: "Jean Dupont",
          qualite: "Recteur de l'académie",
          status: "SIGNEE_HORS_PLATEFORME",
          decidedAt: new Date("2026-06-10T08:00:00Z"),
          declaredBy: null,
          scanSha256: hashOf("scan"),
        },
      ],
    });
  });

  it("recognises the frozen PDF of the same version", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.frozen });
    expect(result).toMatchObject({
      kind: "frozen",
      reference: "CT-35-2026-0007",
      versionNumber: 2,
      versionStatus: "SIGNEE",
    });
    expect(result?.signatures).toHaveLength(2);
  });

  it("accepts an upper-case hash with surrounding spaces", async () => {
    const result = await verifyConventionDocument(db, {
      sha256: `  ${HASH.final.toUpperCase()}\n`,
    });
    expect(result?.kind).toBe("final");
  });

  it("says a replaced version is replaced, listing only its signed steps (not the refusal)", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.replacedFrozen });
    expect(result).toMatchObject({
      kind: "frozen",
      versionNumber: 1,
      versionStatus: "REMPLACEE",
      startsOn: null,
    });
    expect(result?.signatures.map((s) => [s.party, s.status])).toEqual([["EPLE", "SIGNEE"]]);
  });

  it("lists no pending step and no établissement for a convention-cadre in signature", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.cadreFrozen });
    expect(result).toMatchObject({
      conventionKind: "CADRE",
      conventionStatus: "EN_SIGNATURE",
      versionStatus: "EN_SIGNATURE",
      parties: { etablissement: null },
    });
    expect(result?.signatures.map((s) => s.party)).toEqual(["ETAT"]);
  });

  it("returns null for a hash no convention has", async () => {
    expect(await verifyConventionDocument(db, { sha256: hashOf("document modifié") })).toBeNull();
  });

  it("refuses a malformed hash with a French message", async () => {
    for (const input of [
      { sha256: "abc" },
      { sha256: "g".repeat(64) },
      { sha256: `${HASH.final}0` },
      { sha256: 42 },
      {},
      null,
      "texte",
    ]) {
      const error = await verifyConventionDocument(db, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZodError);
      const message = (error as ZodError).issues[0]?.message ?? "";
      expect(message).toMatch(/empreinte|SHA-256|attendu/i);
    }
    const short = (await verifyConventionDocument(db, { sha256: "abc" }).catch(
      (e: unknown) => e,
    )) as ZodError;
    expect(short.issues[0]).toMatchObject({
      path: ["sha256"],
      message: expect.stringContaining("64 caractères hexadécimaux"),
    });
  });

  it("tells nothing beyond the public summary: no IP, e-mail, browser, content nor PDF", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.final });
    // The scanned copy's hash of a paper signature is part of the public summary (issue 13: a
    // declaration shows who declared it and the scan's hash); no other hash is.
    const keys = keysOf(result).filter((key) => key !== "scanSha256");
    for (const forbidden of [
      /ip/i,
      /email/i,
      /agent/i,
      /content/i,
      /pdf/i,
      /sha/i,
      /authori/i,
      /refusal/i,
      /^id$/i,
    ]) {
      expect(keys.filter((key) => forbidden.test(key) && key !== "signatures")).toEqual([]);
    }
    const json = JSON.stringify(result);
    for (const secret of [
      "203.0.113.7",
      "signataire@exemple.fr",
      "Mozilla",
      "confidentiel",
      "CA-2026-12",
      HASH.frozen,
    ]) {
      expect(json).not.toContain(secret);
    }
  });
});

describe("verifySubmittedDocument and verifyDocumentAction", () => {
  const pdfFile = (text: string) =>
    new File([new TextEncoder().encode(text)], "convention.pdf", { type: "application/pdf" });
  const idle: VerifyDocumentState = {
    status: "idle",
    message: "",
    fieldErrors: {},
    sha256: null,
    document: null,
  };
  const form = (entries: Record<string, string | File>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.append(key, value);
    return data;
  };

  it("hashes an uploaded file on the server, the file winning over a pasted hash", async () => {
    const result = await verifySubmittedDocument({
      file: pdfFile("version 2 finale"),
      sha256: HASH.frozen,
    });
    expect(result.sha256).toBe(HASH.final);
    expect(result.document?.kind).toBe("final");
  });

  it("takes a pasted hash without a file, and answers null for an altered document", async () => {
    expect(
      (await verifySubmittedDocument({ file: null, sha256: HASH.cadreFrozen })).document?.reference,
    ).toBe("CC-35-2026-0001");
    expect(
      await verifySubmittedDocument({ file: pdfFile("version 2 finale."), sha256: null }),
    ).toEqual({ sha256: hashOf("version 2 finale."), document: null });
  });

  it("refuses a file over 20 Mo and an empty submission, in French", async () => {
    const large = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], "gros.pdf", {
      type: "application/pdf",
    });
    const tooLarge = await verifySubmittedDocument({ file: large, sha256: null }).catch(
      (e: unknown) => e,
    );
    expect(tooLarge).toBeInstanceOf(AppError);
    expect((tooLarge as AppError).fieldErrors.document).toContain("20 Mo");
    const empty = await verifySubmittedDocument({
      file: new File([], "vide.pdf"),
      sha256: "  ",
    }).catch((e: unknown) => e);
    expect((empty as AppError).fieldErrors).toEqual({
      document: "Déposez le PDF de la convention ou collez son empreinte SHA-256.",
    });
  });

  it("answers the form: recognised, unknown, or a field error", async () => {
    const recognised = await verifyDocumentAction(
      idle,
      form({ document: pdfFile("version 2 figée") }),
    );
    expect(recognised).toMatchObject({
      status: "ok",
      sha256: HASH.frozen,
      document: { kind: "frozen", reference: "CT-35-2026-0007" },
    });
    const unknown = await verifyDocumentAction(idle, form({ sha256: "0".repeat(64) }));
    expect(unknown).toMatchObject({ status: "ok", sha256: "0".repeat(64), document: null });
    const malformed = await verifyDocumentAction(idle, form({ sha256: "pas une empreinte" }));
    expect(malformed).toMatchObject({ status: "error", sha256: null, document: null });
    expect(malformed.fieldErrors.sha256).toContain("64 caractères hexadécimaux");
  });
});
