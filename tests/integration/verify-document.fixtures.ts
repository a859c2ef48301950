import { db } from "@/lib/db/client";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { collectiviteIdOf } from "../support/rows";

export const hashOf = (text: string) => sha256Hex(new TextEncoder().encode(text));
export const HASH = {
  replacedFrozen: hashOf("version 1 figée"),
  frozen: hashOf("version 2 figée"),
  final: hashOf("version 2 finale"),
  cadreFrozen: hashOf("convention-cadre figée"),
};
export const CONTENT = { articles: [{ title: "Objet", body: "Texte confidentiel de l'article." }] };

/** Every key of a value, at any depth. */
export function keysOf(value: unknown): string[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...keysOf(child)]);
}

/** What every test file of this story starts from (the former beforeAll). */
export async function seedVerifyDocument(): Promise<void> {
  await seedReferentialsAndColleges([UAI.gayeulles]);
  const collectiviteId = await collectiviteIdOf("35");
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
}
