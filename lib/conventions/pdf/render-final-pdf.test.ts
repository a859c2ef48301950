import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { AuditTrailLine, SignatureEvidence } from "@/lib/conventions/document";
import { drawnText, sampleDocument, sha256 } from "@/tests/support/convention-document";
import { pdfText } from "@/tests/support/pdf-text";
import { renderConventionPdf } from "./render-convention-pdf";
import { renderFinalPdf } from "./render-final-pdf";

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
