import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import type { PdfFonts } from "@/lib/conventions/pdf/pdf-fonts";
import { sanitizePdfText, wrapText } from "@/lib/conventions/pdf/pdf-text";

/* Layout shared by the convention and commission PDFs: A4 pages written top to bottom, footers. */

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = { top: 56, right: 56, bottom: 64, left: 56 };
const BLACK = rgb(0, 0, 0);
const GRAY = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.6, 0.62, 0.66);
const HEADER_FILL = rgb(0.92, 0.93, 0.95);

export interface TextOptions {
  size?: number;
  bold?: boolean;
  gray?: boolean;
  /** Space after the block, in points. */
  after?: number;
}

export interface TableColumn {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
  center?: boolean;
}

/** A top-to-bottom writer that opens A4 pages as the text needs them. */
export interface PdfCursor {
  readonly pages: readonly PDFPage[];
  newPage(): void;
  space(points: number): void;
  text(text: string, options?: TextOptions): void;
  /** A title kept with the start of what follows it. */
  heading(text: string, size?: number): void;
  /** « Label : value », the value wrapped beside its bold label. */
  field(label: string, value: string, labelWidth?: number): void;
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void;
}

export function createCursor(doc: PDFDocument, fonts: PdfFonts): PdfCursor {
  const pages: PDFPage[] = [];
  const contentWidth = A4[0] - MARGIN.left - MARGIN.right;
  let page: PDFPage | null = null;
  let y = 0;

  const newPage = (): PDFPage => {
    const added = doc.addPage(A4);
    pages.push(added);
    page = added;
    y = A4[1] - MARGIN.top;
    return added;
  };
  const current = (): PDFPage => page ?? newPage();
  const ensure = (height: number) => {
    if (!page || y - height < MARGIN.bottom) newPage();
  };
  const draw = (line: string, x: number, size: number, font: PDFFont, color = BLACK) => {
    current().drawText(line, { x, y: y - size, size, font, color });
  };

  const text = (value: string, options: TextOptions = {}) => {
    const size = options.size ?? 10;
    const font = options.bold ? fonts.bold : fonts.regular;
    const leading = size * 1.35;
    for (const line of wrapText(value, font, size, contentWidth)) {
      ensure(leading);
      draw(line, MARGIN.left, size, font, options.gray ? GRAY : BLACK);
      y -= leading;
    }
    y -= options.after ?? 4;
  };

  const field = (label: string, value: string, labelWidth = 130) => {
    const size = 9.5;
    const leading = size * 1.35;
    const labelLines = wrapText(label, fonts.bold, size, labelWidth - 8);
    const valueLines = wrapText(
      value === "" ? "—" : value,
      fonts.regular,
      size,
      contentWidth - labelWidth,
    );
    for (let i = 0; i < Math.max(labelLines.length, valueLines.length); i++) {
      ensure(leading);
      draw(labelLines[i] ?? "", MARGIN.left, size, fonts.bold);
      draw(valueLines[i] ?? "", MARGIN.left + labelWidth, size, fonts.regular);
      y -= leading;
    }
    y -= 2;
  };

  const table = (columns: readonly TableColumn[], rows: readonly (readonly string[])[]) => {
    const size = 8.5;
    const leading = size * 1.3;
    const pad = 4;
    const widths = columns.map((c) => c.width * contentWidth);
    // Header words are never cut (« Taux d'exécuti/on »): the header's size shrinks until the
    // longest word of each column fits, down to 6.5 points.
    const longestWord = (text: string) =>
      Math.max(0, ...text.split(/\s+/).map((w) => fonts.bold.widthOfTextAtSize(w, size)));
    const headerSize = Math.max(
      6.5,
      Math.min(
        size,
        ...columns.map(
          (c, i) => (size * ((widths[i] ?? 0) - 2 * pad)) / Math.max(1, longestWord(c.header)),
        ),
      ),
    );
    const drawRow = (
      cells: readonly string[][],
      from: number,
      count: number,
      font: PDFFont,
      fill: boolean,
      textSize = size,
    ) => {
      const height = count * leading + 2 * pad;
      let x = MARGIN.left;
      columns.forEach((column, i) => {
        const width = widths[i] ?? 0;
        current().drawRectangle({
          x,
          y: y - height,
          width,
          height,
          borderColor: RULE,
          borderWidth: 0.5,
          ...(fill ? { color: HEADER_FILL } : {}),
        });
        (cells[i] ?? []).slice(from, from + count).forEach((line, n) => {
          const lineX = column.center
            ? x + (width - font.widthOfTextAtSize(line, textSize)) / 2
            : x + pad;
          current().drawText(line, {
            x: lineX,
            y: y - pad - (n + 1) * leading + 2.5,
            size: textSize,
            font,
            color: BLACK,
          });
        });
        x += width;
      });
      y -= height;
    };
    const wrapRow = (row: readonly string[], font: PDFFont, textSize = size) =>
      columns.map((_c, i) => wrapText(row[i] ?? "", font, textSize, (widths[i] ?? 0) - 2 * pad));
    const header = wrapRow(
      columns.map((c) => c.header),
      fonts.bold,
      headerSize,
    );
    const headerHeight = Math.max(...header.map((l) => l.length)) * leading + 2 * pad;
    const drawHeader = () =>
      drawRow(header, 0, Math.max(...header.map((l) => l.length)), fonts.bold, true, headerSize);
    const pageCapacity = A4[1] - MARGIN.top - MARGIN.bottom - headerHeight;

    ensure(headerHeight + leading + 2 * pad);
    drawHeader();
    for (const row of rows) {
      const cells = wrapRow(row, fonts.regular);
      const total = Math.max(1, ...cells.map((l) => l.length));
      // A row that fits on a page is never split; a longer one continues on the next pages.
      if (
        total * leading + 2 * pad > y - MARGIN.bottom &&
        total * leading + 2 * pad <= pageCapacity
      ) {
        newPage();
        drawHeader();
      }
      for (let from = 0; from < total;) {
        const fit = Math.floor((y - MARGIN.bottom - 2 * pad) / leading);
        if (fit < 1) {
          newPage();
          drawHeader();
          continue;
        }
        const count = Math.min(fit, total - from);
        drawRow(cells, from, count, fonts.regular, false);
        from += count;
      }
    }
    y -= 10;
  };

  return {
    pages,
    newPage: () => void newPage(),
    space: (points) => {
      y -= points;
    },
    text,
    heading: (value, size = 13) => {
      ensure(size * 1.4 * 2 + 40);
      text(value, { size, bold: true, after: 6 });
    },
    field,
    table,
  };
}

/** The footer of each page: the document's reference on the left, « Page X / N » on the right. */
export function drawFooters(
  pages: readonly PDFPage[],
  font: PDFFont,
  left: string,
  pageLabel: (index: number, total: number) => string,
): void {
  const size = 8;
  const oneLine = (text: string) => sanitizePdfText(text).replace(/\n/g, " ");
  const leftText = oneLine(left);
  pages.forEach((page, index) => {
    const label = oneLine(pageLabel(index, pages.length));
    page.drawLine({
      start: { x: MARGIN.left, y: 44 },
      end: { x: A4[0] - MARGIN.right, y: 44 },
      thickness: 0.5,
      color: RULE,
    });
    page.drawText(leftText, { x: MARGIN.left, y: 32, size, font, color: GRAY });
    page.drawText(label, {
      x: A4[0] - MARGIN.right - font.widthOfTextAtSize(label, size),
      y: 32,
      size,
      font,
      color: GRAY,
    });
  });
}
