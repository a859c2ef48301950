import { PDFDocument } from "pdf-lib";
import {
  COMMITMENT_KIND_LABELS,
  MATRIX_HOLDERS,
  MATRIX_HOLDER_LABELS,
  PARTY_LABELS,
} from "@/lib/conventions/vocabulary";
import type { ConventionDocument } from "@/lib/conventions/document";
import { numberAnnexes } from "@/lib/conventions/annexes";
import type { ConventionKind } from "@/lib/generated/prisma/enums";
import { formatDate, formatDateTime, formatInteger } from "@/lib/format";
import {
  createCursor,
  drawFooters,
  type PdfCursor,
  type TableColumn,
} from "@/lib/conventions/pdf/pdf-cursor";
import { embedHelvetica } from "@/lib/conventions/pdf/pdf-fonts";
import { writeAssistance } from "@/lib/conventions/pdf/write-assistance";

export const CONVENTION_KIND_TITLES: Record<ConventionKind, string> = {
  CADRE: "Convention-cadre",
  TRIPARTITE: "Convention tripartite d'application",
  BIPARTITE_EPLE: "Convention relative aux équipements numériques mis à disposition",
  AVENANT: "Avenant",
};

/** « 1er septembre 2026 »: French writes the first day of a month as an ordinal. */
export function longDate(value: Date): string {
  return formatDate(value).replace(/^1(?=\s)/, "1er");
}

function periodOf(doc: ConventionDocument): string {
  if (doc.startsOn && doc.endsOn) return `du ${longDate(doc.startsOn)} au ${longDate(doc.endsOn)}`;
  if (doc.startsOn) return `à compter du ${longDate(doc.startsOn)}`;
  if (doc.endsOn) return `jusqu'au ${longDate(doc.endsOn)}`;
  return "dates à compléter";
}

/** The footer of every page, on the frozen document and repeated on its certificate. */
export function footerReference(doc: ConventionDocument): string {
  return `${doc.reference} – version ${doc.versionNumber}`;
}

/** Title, author and dates come from the document only, so the same version renders the same bytes. */
export function setDocumentMetadata(
  pdf: PDFDocument,
  doc: ConventionDocument,
  subject: string,
  modifiedAt: Date,
): void {
  pdf.setTitle(`${doc.reference} – ${doc.title}`);
  pdf.setAuthor(doc.parties.collectivite);
  pdf.setSubject(subject);
  pdf.setKeywords([
    doc.reference,
    CONVENTION_KIND_TITLES[doc.kind],
    `version ${doc.versionNumber}`,
  ]);
  pdf.setCreator("Tripartite");
  pdf.setProducer("Tripartite (pdf-lib)");
  pdf.setLanguage("fr-FR");
  pdf.setCreationDate(doc.frozenAt);
  pdf.setModificationDate(modifiedAt);
}

function writeHeader(cursor: PdfCursor, doc: ConventionDocument) {
  cursor.text(CONVENTION_KIND_TITLES[doc.kind].toUpperCase(), {
    size: 10,
    bold: true,
    gray: true,
    after: 6,
  });
  cursor.text(doc.title, { size: 18, bold: true, after: 10 });
  cursor.field("Référence", doc.reference);
  cursor.field("Version", `n° ${doc.versionNumber}`);
  cursor.field("Document figé le", `${formatDateTime(doc.frozenAt)} (heure de Paris)`);
  if (doc.parentReference) {
    cursor.field(
      doc.kind === "AVENANT" ? "Convention modifiée" : "Convention-cadre",
      doc.parentReference,
    );
  }
  cursor.field("Période d'application", periodOf(doc));
  cursor.space(10);
}

function writeParties(cursor: PdfCursor, doc: ConventionDocument) {
  cursor.heading("Entre les parties");
  cursor.field(PARTY_LABELS.COLLECTIVITE, doc.parties.collectivite);
  if (doc.parties.academie) cursor.field(PARTY_LABELS.ETAT, doc.parties.academie);
  const etablissement = doc.parties.etablissement;
  if (etablissement) {
    cursor.field(
      PARTY_LABELS.EPLE,
      `${etablissement.name}, UAI ${etablissement.uai}, ${etablissement.commune}`,
    );
  }
  cursor.space(8);
  cursor.text(
    doc.kind === "AVENANT" && doc.parentReference
      ? `Il est convenu ce qui suit, par avenant à la convention ${doc.parentReference}, ${periodOf(doc)}.`
      : `Il est convenu ce qui suit, ${periodOf(doc)}.`,
    { after: 10 },
  );
}

function writeArticles(cursor: PdfCursor, doc: ConventionDocument) {
  doc.articles.forEach((article, index) => {
    cursor.heading(`Article ${index + 1} – ${article.title}`, 11.5);
    // A blank line in the source separates paragraphs: it becomes a little space, not a line.
    for (const paragraph of article.body.split(/\n\s*\n/)) {
      if (paragraph.trim() !== "") cursor.text(paragraph.trim(), { size: 10, after: 5 });
    }
    cursor.space(6);
  });
}

// The holder columns are as wide as « Collectivité » in bold, so no header breaks mid-word.
const MATRIX_COLUMNS: TableColumn[] = [
  { header: "Domaine", width: 0.22 },
  ...MATRIX_HOLDERS.map((holder) => ({
    header: MATRIX_HOLDER_LABELS[holder],
    width: 0.12,
    center: true,
  })),
  { header: "Niveau", width: 0.09, center: true },
  { header: "Précision", width: 0.21 },
];

function writeMatrix(cursor: PdfCursor, doc: ConventionDocument) {
  cursor.heading("Matrice des responsabilités");
  if (doc.matrix.length === 0) {
    cursor.text("Aucune ligne de matrice n'est renseignée.", { after: 10 });
    return;
  }
  cursor.text(
    "Une croix désigne la partie responsable de chaque domaine ; les niveaux de maintenance vont de N0 (vérifications) à N3 (constructeur).",
    { size: 9, gray: true, after: 6 },
  );
  cursor.table(
    MATRIX_COLUMNS,
    doc.matrix.map((row) => [
      row.domain,
      ...MATRIX_HOLDERS.map((holder) => (row.holder === holder ? "X" : "")),
      row.level,
      row.detail,
    ]),
  );
}

/** The parties' measurable commitments, when the document has any. */
function writeCommitments(cursor: PdfCursor, doc: ConventionDocument) {
  if (doc.commitments.length === 0) return;
  cursor.heading("Engagements des parties");
  cursor.table(
    [
      { header: "Partie", width: 0.2 },
      { header: "Engagement", width: 0.44 },
      { header: "Indicateur", width: 0.24 },
      { header: "Valeur visée", width: 0.12, center: true },
    ],
    doc.commitments.map((c) => [
      PARTY_LABELS[c.party],
      c.label,
      COMMITMENT_KIND_LABELS[c.kind],
      String(c.target),
    ]),
  );
  cursor.space(6);
}

function writeAnnexes(cursor: PdfCursor, doc: ConventionDocument) {
  const inventory = doc.annexes.inventory;
  // Numbered as the article that lists them (`{{annexes.liste}}`) numbers them.
  for (const annex of numberAnnexes({
    inventory: inventory !== null,
    serviceLevels: doc.annexes.serviceLevels,
  })) {
    if (annex.key === "serviceLevels") {
      cursor.heading(`Annexe ${annex.number} – ${annex.title}`);
      if (doc.serviceLevels.length === 0)
        cursor.text("Aucun niveau de service n'est défini.", { after: 10 });
      else {
        cursor.table(
          [
            { header: "Service", width: 0.38 },
            { header: "Niveau", width: 0.12, center: true },
            { header: "Engagement", width: 0.5 },
          ],
          doc.serviceLevels.map((s) => [s.service, s.level, s.commitment]),
        );
      }
      writeAssistance(cursor, doc.assistance);
    } else if (inventory) {
      cursor.heading(`Annexe ${annex.number} – ${annex.title} au ${longDate(inventory.asOf)}`);
      if (inventory.rows.length === 0) {
        cursor.text(
          "Aucun équipement n'est encore inventorié pour cet établissement à cette date.",
          { after: 10 },
        );
      } else {
        const total = inventory.rows.reduce((sum, row) => sum + row.count, 0);
        cursor.table(
          [
            { header: "Catégorie", width: 0.7 },
            { header: "Nombre", width: 0.3, center: true },
          ],
          [
            ...inventory.rows.map((row) => [row.category, formatInteger(row.count)]),
            ["Total", formatInteger(total)],
          ],
        );
      }
    }
  }
}

function writeSignatures(cursor: PdfCursor, doc: ConventionDocument) {
  cursor.heading("Signatures");
  cursor.text(
    "Les parties signent dans l'ordre ci-dessous. Chaque signature porte sur l'empreinte SHA-256 de ce document figé ; " +
      "le certificat de signature joint à la version finale en atteste.",
    { after: 6 },
  );
  cursor.table(
    [
      { header: "Ordre", width: 0.15, center: true },
      { header: "Partie", width: 0.85 },
    ],
    [...doc.signingOrder]
      .sort((a, b) => a.order - b.order)
      .map((step) => [String(step.order), PARTY_LABELS[step.party]]),
  );
}

/** The frozen PDF of a convention version: what every party signs, byte for byte. */
export async function renderConventionPdf(doc: ConventionDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  setDocumentMetadata(
    pdf,
    doc,
    `${CONVENTION_KIND_TITLES[doc.kind]} – version ${doc.versionNumber}`,
    doc.frozenAt,
  );
  const fonts = await embedHelvetica(pdf);
  const cursor = createCursor(pdf, fonts);
  writeHeader(cursor, doc);
  writeParties(cursor, doc);
  writeArticles(cursor, doc);
  writeMatrix(cursor, doc);
  writeCommitments(cursor, doc);
  writeAnnexes(cursor, doc);
  writeSignatures(cursor, doc);
  drawFooters(
    cursor.pages,
    fonts.regular,
    footerReference(doc),
    (index, total) => `Page ${index + 1} / ${total}`,
  );
  return pdf.save({ useObjectStreams: false });
}
