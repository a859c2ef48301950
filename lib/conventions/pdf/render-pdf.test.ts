import { createHash } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfText } from "@/tests/support/pdf-text";
import type {
  AuditTrailLine,
  ConventionDocument,
  SignatureEvidence,
} from "@/lib/conventions/document";
import { renderConventionPdf } from "./render-convention-pdf";
import { renderFinalPdf } from "./render-final-pdf";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const LONG_PARAGRAPH =
  "La collectivité assure l'acquisition, l'installation et la maintenance de niveau N2 des équipements numériques " +
  "de l'établissement, dans la limite des crédits votés ; le coût annuel de référence est de 12 345,67 € par site. " +
  "Les délais d'intervention sont ≤ 48 h ouvrées.\u202fL'établissement signale chaque panne par le guichet unique. ";

function sampleDocument(overrides: Partial<ConventionDocument> = {}): ConventionDocument {
  return {
    reference: "CT-35-2026-0007",
    kind: "TRIPARTITE",
    title: "Convention tripartite relative au numérique éducatif du collège Les Gayeulles",
    versionNumber: 2,
    parties: {
      collectivite: "Département d'Ille-et-Vilaine",
      academie: "Académie de Rennes",
      etablissement: { name: "Collège Les Gayeulles", uai: "0350027P", commune: "Rennes" },
    },
    parentReference: "CC-35-2025-0001",
    startsOn: new Date("2026-09-01T00:00:00Z"),
    endsOn: new Date("2029-08-31T00:00:00Z"),
    articles: [
      {
        title: "Objet",
        body: "La présente convention précise les engagements de chacun.\n\nElle s'applique « de plein droit » à l'établissement.",
      },
      ...Array.from({ length: 14 }, (_, i) => ({
        title: `Engagements n° ${i + 1} – maintenance et assistance`,
        body: `${LONG_PARAGRAPH.repeat(3)}\n\n- premier point ;\n- second point.\n\n${LONG_PARAGRAPH}`,
      })),
      {
        title: "Identifiants",
        body: `Adresse du service : https://exemple.fr/${"tres-long-chemin-sans-espace".repeat(8)} 😀 fin.`,
      },
    ],
    matrix: [
      {
        domain: "Équipements des salles de classe",
        holder: "COLLECTIVITE",
        level: "N2-N3",
        detail: "Renouvellement tous les 5 ans.",
      },
      { domain: "Réseau pédagogique et ENT", holder: "ETAT", level: "N1", detail: "" },
      {
        domain: "Usages et formation des enseignants",
        holder: "EPLE",
        level: "",
        detail: "Plan de formation voté en CA.",
      },
      {
        domain: "Protection des données (RGPD)",
        holder: "PARTAGE",
        level: "N0",
        detail: "Registre tenu par chaque responsable de traitement.".repeat(4),
      },
    ],
    serviceLevels: [
      {
        service: "Assistance aux utilisateurs",
        level: "N1",
        commitment: "Prise en charge sous 4 h ouvrées.",
      },
      {
        service: "Réparation d'un poste",
        level: "N2",
        commitment: "Remise en service sous 5 jours ouvrés.",
      },
    ],
    annexes: {
      inventory: { asOf: new Date("2026-06-01T00:00:00Z"), rows: [] },
      serviceLevels: true,
    },
    signingOrder: [
      { order: 2, party: "ETAT" },
      { order: 1, party: "EPLE" },
      { order: 3, party: "COLLECTIVITE" },
    ],
    frozenAt: new Date("2026-06-15T08:30:00Z"),
    ...overrides,
  };
}

// Node 20's TextDecoder reads "windows-1252" as Latin-1: decode 0x80–0x9F by hand.
/** The text drawn on the pages, as pdftotext extracts it (the fonts are embedded subsets: no literal text in the streams). */
function drawnText(bytes: Uint8Array): string {
  return pdfText(bytes).normalize("NFC");
}

describe("renderConventionPdf", () => {
  it("renders a multi-page A4 document with every part", async () => {
    const bytes = await renderConventionPdf(sampleDocument());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = pdf.getPageCount();
    expect(pages).toBeGreaterThan(3);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(pdf.getTitle()).toBe(
      "CT-35-2026-0007 – Convention tripartite relative au numérique éducatif du collège Les Gayeulles",
    );
    expect(pdf.getCreationDate()?.toISOString()).toBe("2026-06-15T08:30:00.000Z");

    const text = drawnText(bytes);
    for (const expected of [
      "Collège Les Gayeulles, UAI 0350027P, Rennes",
      "CC-35-2025-0001",
      "du 1er septembre 2026 au 31 août 2029",
      "Article 1 – Objet",
      "Article 16 – Identifiants",
      "Matrice des responsabilités",
      "Annexe 1 – Inventaire des équipements au 1er juin 2026",
      "Annexe 2 – Niveaux de service",
      "Aucun équipement n'est encore inventorié pour cet établissement à cette date.",
      "Établissement (EPLE)",
      `Page 1 / ${pages}`,
      `Page ${pages} / ${pages}`,
      "CT-35-2026-0007 – version 2",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain("12 345,67 €");
    expect(text).toContain("≤ 48 h"); // drawn as written: the embedded font has it
  });

  it("renders the same bytes twice", async () => {
    const first = await renderConventionPdf(sampleDocument());
    const second = await renderConventionPdf(sampleDocument());
    expect(sha256(second)).toBe(sha256(first));
    const other = await renderConventionPdf(sampleDocument({ versionNumber: 3 }));
    expect(sha256(other)).not.toBe(sha256(first));
  });

  it("renders a convention-cadre without établissement nor inventory, and an inventory with rows", async () => {
    const cadre = await renderConventionPdf(
      sampleDocument({
        kind: "CADRE",
        parties: {
          collectivite: "Région Bretagne",
          academie: "Académie de Rennes",
          etablissement: null,
        },
        parentReference: null,
        startsOn: null,
        endsOn: null,
        matrix: [],
        annexes: { inventory: null, serviceLevels: false },
      }),
    );
    const cadreText = drawnText(cadre);
    expect(cadreText).toContain("dates à compléter");
    expect(cadreText).not.toContain("Annexe");
    const withInventory = drawnText(
      await renderConventionPdf(
        sampleDocument({
          annexes: {
            inventory: {
              asOf: new Date("2026-06-01T00:00:00Z"),
              rows: [
                { category: "Ordinateurs portables", count: 1250 },
                { category: "Vidéoprojecteurs", count: 31 },
              ],
            },
            serviceLevels: false,
          },
        }),
      ),
    );
    expect(withInventory).toContain("Annexe 1 – Inventaire");
    expect(withInventory).toContain("1 250");
    expect(withInventory).toContain("1 281");
  });
});

describe("renderFinalPdf", () => {
  const signatures: SignatureEvidence[] = [
    {
      order: 1,
      party: "EPLE",
      status: "SIGNEE",
      signerName: "Anne Lefèvre",
      signerEmail: "anne.lefevre@ac-rennes.fr",
      qualite: "Principale",
      authorisationKind: "DELIBERATION_CA",
      authorisationReference: "CA-2026-12",
      authorisationDate: new Date("2026-06-10T00:00:00Z"),
      decidedAt: new Date("2026-06-16T09:15:00Z"),
      ip: "203.0.113.7",
      userAgent: `Mozilla/5.0 ${"(X11; Linux x86_64) ".repeat(20)}`,
      documentSha256: "a".repeat(64),
      scanSha256: null,
      declaredBy: null,
    },
    {
      order: 2,
      party: "ETAT",
      status: "SIGNEE_HORS_PLATEFORME",
      signerName: "Jean Dupont",
      signerEmail: null,
      qualite: "Recteur de l'académie",
      authorisationKind: null,
      authorisationReference: null,
      authorisationDate: null,
      decidedAt: new Date("2026-06-20T14:00:00Z"),
      ip: null,
      userAgent: null,
      documentSha256: "a".repeat(64),
      scanSha256: "b".repeat(64),
      declaredBy: null,
    },
    {
      order: 3,
      party: "COLLECTIVITE",
      status: "SIGNEE",
      signerName: "Hélène Guillou",
      signerEmail: "signataire.35@ille-et-vilaine.fr",
      qualite: "Vice-présidente du Conseil départemental",
      authorisationKind: "DECISION_CP",
      authorisationReference: "CP-2026-112",
      authorisationDate: new Date("2026-06-08T00:00:00Z"),
      decidedAt: new Date("2026-06-21T09:00:00Z"),
      ip: "198.51.100.4",
      userAgent: "Firefox",
      documentSha256: "a".repeat(64),
      scanSha256: null,
      declaredBy: null,
    },
  ];
  const audit: AuditTrailLine[] = Array.from({ length: 90 }, (_, i) => ({
    seq: 100 + i,
    occurredAt: new Date(Date.UTC(2026, 5, 15, 8, i)),
    actorLabel: `Agent ${i} <agent${i}@ille-et-vilaine.fr>`,
    action: i % 2 ? "member.invite" : "convention.freeze",
  }));
  const input = {
    doc: sampleDocument(),
    frozenSha256: "a".repeat(64),
    signatures,
    audit,
    completedAt: new Date("2026-06-21T10:00:00Z"),
  };

  it("keeps the frozen pages and appends the certificate and the audit trail", async () => {
    const frozen = await renderConventionPdf(input.doc);
    const frozenPages = (await PDFDocument.load(frozen)).getPageCount();
    const bytes = await renderFinalPdf(frozen, input);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(frozenPages + 3);
    expect(pdf.getModificationDate()?.toISOString()).toBe("2026-06-21T10:00:00.000Z");

    const text = drawnText(bytes);
    for (const expected of [
      "Certificat de signature",
      "a".repeat(64),
      "Anne Lefèvre <anne.lefevre@ac-rennes.fr>",
      "Délibération du conseil d'administration : n° CA-2026-12 du 10 juin 2026",
      "Délibération de la commission permanente : n° CP-2026-112 du 8 juin 2026",
      "203.0.113.7",
      "signée hors plateforme, enregistrée par le signataire, copie numérisée conservée",
      "b".repeat(64),
      "Journal d'audit",
      "Invitation",
      "Agent 89 <agent89@ille-et-vilaine.fr>",
      `Page ${frozenPages} / ${frozenPages}`,
      "Certificat, page 1 /",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("names each authorisation in words, never by its stored code, as pdftotext reads it", async () => {
    const frozen = await renderConventionPdf(input.doc);
    const withDelegation = signatures.map((s) =>
      s.party === "ETAT"
        ? {
            ...s,
            status: "SIGNEE" as const,
            authorisationKind: "DELEGATION",
            authorisationReference: "Arrêté rectoral de délégation n° 2025-R-087",
            authorisationDate: new Date("2025-09-01T00:00:00Z"),
          }
        : s,
    );
    const text = pdfText(
      await renderFinalPdf(frozen, { ...input, signatures: withDelegation }),
    ).replace(/\s+/g, " ");
    for (const code of [
      "DELIBERATION_CA",
      "DECISION_CP",
      "DELEGATION",
      "n° Arrêté",
      "{{",
      "[à compléter",
    ])
      expect(text).not.toContain(code);
    expect(text).toContain(
      "Délégation de signature du recteur : Arrêté rectoral de délégation n° 2025-R-087 du 1er septembre 2025",
    );
    expect(text).toContain(
      "Délibération du conseil d'administration : n° CA-2026-12 du 10 juin 2026",
    );
    expect(text).toContain(
      "Délibération de la commission permanente : n° CP-2026-112 du 8 juin 2026",
    );
  });

  it("shows a paper signature declared by the collectivité as a declaration, with who declared it and the scan's hash", async () => {
    const frozen = await renderConventionPdf(input.doc);
    const declared = signatures.map((s) =>
      s.party === "ETAT"
        ? { ...s, declaredBy: { name: "Yann Morvan", email: "agent.35@ille-et-vilaine.fr" } }
        : s,
    );
    const text = drawnText(await renderFinalPdf(frozen, { ...input, signatures: declared }));
    expect(text).toContain("signature papier DÉCLARÉE par la collectivité");
    expect(text).toContain("Yann Morvan <agent.35@ille-et-vilaine.fr>");
    expect(text).toContain("b".repeat(64));
    expect(text).not.toContain("enregistrée par le signataire");
  });

  it("renders the same bytes twice", async () => {
    const frozen = await renderConventionPdf(input.doc);
    expect(sha256(await renderFinalPdf(frozen, input))).toBe(
      sha256(await renderFinalPdf(frozen, input)),
    );
  });
});
