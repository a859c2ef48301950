import { PDFDocument, StandardFonts } from "pdf-lib";

/** A one-page PDF, as a scanner would produce: what a paper signature's copy must at least be. */
export async function scannedPdf(
  text = "Copie numérisée de la convention signée",
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(text, {
    x: 50,
    y: 780,
    size: 12,
    font: await pdf.embedFont(StandardFonts.Helvetica),
  });
  return pdf.save();
}

/** What the attacker uploaded: 50 bytes that start like a PDF and are not one. */
export const FAKE_PDF_50_BYTES = new TextEncoder().encode("%PDF-1.7\n".padEnd(50, "x"));
