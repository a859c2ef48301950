import { PDFDocument, StandardFonts } from "pdf-lib";

/**
 * The « scanned » paper copy of a signature given outside the platform: a one-page PDF naming the
 * convention, the party and the day, dated by the signature so the same step renders the same bytes.
 */
export async function renderScanPdf(lines: readonly string[], signedAt: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(lines[0] ?? "Copie numérisée");
  pdf.setCreator("Numérisation (jeu de mesure, données fictives)");
  pdf.setProducer("Tripartite (pdf-lib)");
  pdf.setCreationDate(signedAt);
  pdf.setModificationDate(signedAt);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595.28, 841.89]);
  lines.forEach((text, i) =>
    page.drawText(text, { x: 56, y: 780 - i * 20, size: i === 0 ? 14 : 11, font }),
  );
  return pdf.save({ useObjectStreams: false });
}
