import { PDFDocument } from "pdf-lib";
import { auditActionLabel } from "@/lib/audit/labels";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { authorisationKindLabel } from "@/lib/conventions/machine";
import type {
  AuditTrailLine,
  ConventionDocument,
  SignatureEvidence,
} from "@/lib/conventions/document";
import { formatDate, formatDateTime } from "@/lib/format";
import {
  CONVENTION_KIND_TITLES,
  footerReference,
  setDocumentMetadata,
} from "@/lib/conventions/pdf/render-convention-pdf";
import { createCursor, drawFooters, type PdfCursor } from "@/lib/conventions/pdf/pdf-cursor";
import { embedHelvetica } from "@/lib/conventions/pdf/pdf-fonts";

export interface FinalPdfInput {
  doc: ConventionDocument;
  frozenSha256: string;
  signatures: SignatureEvidence[];
  audit: AuditTrailLine[];
  completedAt: Date;
}

const USER_AGENT_MAX = 160;

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** « n° CA 2026-14 », but a reference that names itself (« Arrêté … n° 2025-R-087 ») as it is. */
function referenceOf(reference: string): string {
  return /n°|arr[êe]t[ée]|d[ée]lib[ée]ration|d[ée]cision/i.test(reference)
    ? reference
    : `n° ${reference}`;
}

/** « Délibération de la commission permanente n° CP-2026-112 du 2 octobre 2026 »: words, never the stored code. */
export function authorisationOf(
  signature: Pick<
    SignatureEvidence,
    "authorisationKind" | "authorisationReference" | "authorisationDate"
  >,
): string {
  const kind = signature.authorisationKind?.trim()
    ? authorisationKindLabel(signature.authorisationKind.trim())
    : null;
  const reference = signature.authorisationReference?.trim()
    ? referenceOf(signature.authorisationReference.trim())
    : null;
  const date = signature.authorisationDate ? `du ${formatDate(signature.authorisationDate)}` : null;
  const parts = [kind && reference ? `${kind} : ${reference}` : (kind ?? reference), date].filter(
    (part): part is string => part !== null,
  );
  return parts.length > 0 ? parts.join(" ") : "non renseignée";
}

function writeSignature(cursor: PdfCursor, signature: SignatureEvidence, frozenSha256: string) {
  cursor.heading(`${signature.order}. ${PARTY_LABELS[signature.party]}`, 11);
  cursor.field(
    "Signataire",
    signature.signerEmail
      ? `${signature.signerName} <${signature.signerEmail}>`
      : signature.signerName,
  );
  cursor.field("Qualité", signature.qualite ?? "non renseignée");
  cursor.field("Autorisation", authorisationOf(signature));
  cursor.field("Date et heure", `${formatDateTime(signature.decidedAt)} (heure de Paris)`);
  cursor.field("Adresse IP", signature.ip ?? "non enregistrée");
  cursor.field(
    "Navigateur",
    signature.userAgent ? truncate(signature.userAgent, USER_AGENT_MAX) : "non enregistré",
  );
  if (signature.status === "SIGNEE_HORS_PLATEFORME" && signature.declaredBy) {
    // Not signed by an account of that party: the collectivité declared a signature given on paper.
    const by = signature.declaredBy.email
      ? `${signature.declaredBy.name} <${signature.declaredBy.email}>`
      : signature.declaredBy.name;
    cursor.field(
      "Mode",
      "signature papier DÉCLARÉE par la collectivité (le signataire n'a pas de compte Tripartite), copie numérisée conservée",
    );
    cursor.field("Déclarée par", by);
    cursor.field("Copie numérisée (SHA-256)", signature.scanSha256 ?? "non renseignée");
  } else if (signature.status === "SIGNEE_HORS_PLATEFORME") {
    // The IP and browser above are those of the person who recorded the paper signature.
    cursor.field(
      "Mode",
      "signée hors plateforme, enregistrée par le signataire, copie numérisée conservée",
    );
    cursor.field("Copie numérisée (SHA-256)", signature.scanSha256 ?? "non renseignée");
  }
  // A signature on another hash would not bind this document: say so rather than hide it.
  const sameDocument = signature.documentSha256.toLowerCase() === frozenSha256.toLowerCase();
  cursor.field(
    "Empreinte signée",
    `${signature.documentSha256} (${sameDocument ? "identique à celle du document figé" : "DIFFÉRENTE de celle du document figé"})`,
  );
  cursor.space(8);
}

function writeCertificate(cursor: PdfCursor, input: FinalPdfInput, frozenPageCount: number) {
  const { doc } = input;
  cursor.text("Certificat de signature", { size: 18, bold: true, after: 8 });
  cursor.text(
    `${CONVENTION_KIND_TITLES[doc.kind]} ${doc.reference} – ${doc.title}, version n° ${doc.versionNumber}.`,
    { after: 8 },
  );
  cursor.field("Document figé (SHA-256)", input.frozenSha256);
  cursor.field(
    "Pages du document figé",
    `${frozenPageCount}, reproduites sans modification avant ce certificat`,
  );
  cursor.field("Figé le", `${formatDateTime(doc.frozenAt)} (heure de Paris)`);
  cursor.field("Signature achevée le", `${formatDateTime(input.completedAt)} (heure de Paris)`);
  cursor.space(6);
  cursor.text(
    "Chaque partie a signé l'empreinte ci-dessus. Pour vérifier un exemplaire de ce document, calculez son empreinte " +
      "SHA-256 ou déposez-le sur la page « Vérifier un document » de Tripartite.",
    { size: 9, gray: true, after: 10 },
  );
  cursor.heading("Signatures");
  if (input.signatures.length === 0)
    cursor.text("Aucune signature n'est enregistrée.", { after: 8 });
  for (const signature of [...input.signatures].sort((a, b) => a.order - b.order))
    writeSignature(cursor, signature, input.frozenSha256);
}

function writeAuditTrail(cursor: PdfCursor, audit: readonly AuditTrailLine[]) {
  cursor.newPage();
  cursor.text("Journal d'audit", { size: 16, bold: true, after: 6 });
  cursor.text(
    "Les événements du journal chaîné de Tripartite qui concernent cette version, dans l'ordre.",
    { size: 9, gray: true, after: 8 },
  );
  if (audit.length === 0) {
    cursor.text("Aucun événement n'est enregistré.");
    return;
  }
  cursor.table(
    [
      { header: "N°", width: 0.1, center: true },
      { header: "Date et heure (Paris)", width: 0.2 },
      { header: "Auteur", width: 0.38 },
      { header: "Action", width: 0.32 },
    ],
    [...audit]
      .sort((a, b) => a.seq - b.seq)
      .map((line) => [
        String(line.seq),
        formatDateTime(line.occurredAt),
        line.actorLabel,
        auditActionLabel(line.action),
      ]),
  );
}

/**
 * The final PDF of a signed version: the frozen pages as they were signed, then a certificate of
 * every signature and the audit trail. Same inputs, same bytes.
 */
export async function renderFinalPdf(
  frozenPdf: Uint8Array,
  input: FinalPdfInput,
): Promise<Uint8Array> {
  const frozen = await PDFDocument.load(frozenPdf, { updateMetadata: false });
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const { doc } = input;
  setDocumentMetadata(
    pdf,
    doc,
    `${CONVENTION_KIND_TITLES[doc.kind]} – version ${doc.versionNumber} signée`,
    input.completedAt,
  );
  const copied = await pdf.copyPages(frozen, frozen.getPageIndices());
  for (const page of copied) pdf.addPage(page);

  const fonts = await embedHelvetica(pdf);
  const cursor = createCursor(pdf, fonts);
  writeCertificate(cursor, input, copied.length);
  writeAuditTrail(cursor, input.audit);
  drawFooters(
    cursor.pages,
    fonts.regular,
    `${footerReference(doc)} – certificat de signature`,
    (index, total) => `Certificat, page ${index + 1} / ${total}`,
  );
  return pdf.save({ useObjectStreams: false });
}
