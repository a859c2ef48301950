import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";

/*
 * Text and layout shared by the convention and commission PDFs. The text is set in DejaVu Sans Condensed
 * (lib/conventions/pdf/fonts, Bitstream Vera licence, from Debian's fonts-dejavu-core 2.37),
 * embedded as a subset of the glyphs used: Latin (Łukasz Żółć, Nguyễn), Greek and Cyrillic
 * (Алексей) print as written. Every string drawn or measured goes through `sanitizePdfText`,
 * which keeps what the font covers and approximates the rest.
 */

const FONT_DIR = path.join(process.cwd(), "lib", "conventions", "pdf", "fonts");

interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Code points both faces draw. */
  covered: ReadonlySet<number>;
}

let fontFiles: FontFiles | null = null;

/** The font files, read once; their character sets say what `sanitizePdfText` may keep. */
function loadFontFiles(): FontFiles {
  if (fontFiles) return fontFiles;
  const regular = new Uint8Array(readFileSync(path.join(FONT_DIR, "DejaVuSansCondensed.ttf")));
  const bold = new Uint8Array(readFileSync(path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf")));
  const boldSet = new Set(fontkit.create(bold).characterSet);
  const covered = new Set(
    fontkit.create(regular).characterSet.filter((codePoint) => boldSet.has(codePoint)),
  );
  fontFiles = { regular, bold, covered };
  return fontFiles;
}

// Spaces of every width become a plain space, invisible characters nothing, line separators "\n":
// they wrap and measure better, whatever the font.
const LAYOUT: Record<string, string> = {
  "\t": " ",
  "\u00a0": " ",
  "\u1680": " ",
  "\u202f": " ",
  "\u205f": " ",
  "\u3000": " ",
  "\u00ad": "",
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\u2060": "",
  "\ufeff": "",
  "\u2028": "\n",
  "\u2029": "\n",
  "\u0085": "\n",
  "\u000b": "\n",
  "\u000c": "\n",
  "\u2011": "-",
};

// What to draw instead of a character the font lacks.
const REPLACEMENTS: Record<string, string> = {
  "\u2010": "-",
  "\u2012": "-",
  "\u2015": "—",
  "\u2212": "-",
  "\u2043": "-",
  "\u201b": "’",
  "\u201f": "”",
  "\u2032": "'",
  "\u2033": '"',
  "\u2044": "/",
  "\u2215": "/",
  "≤": "<=",
  "≥": ">=",
  "≠": "!=",
  "≈": "~",
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "⇔": "<=>",
  "№": "N°",
};

function replaceCharacter(char: string, codePoint: number, covered: ReadonlySet<number>): string {
  if (char === "\n") return char;
  const layout = LAYOUT[char];
  if (layout !== undefined) return layout;
  if ((codePoint >= 0x2000 && codePoint <= 0x200a) || codePoint === 0x2007) return " ";
  // Variation selectors and emoji tags only style the character before them.
  if (
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0000 && codePoint <= 0xe007f)
  )
    return "";
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return "";
  if (covered.has(codePoint)) return char;
  const replacement = REPLACEMENTS[char];
  if (
    replacement !== undefined &&
    [...replacement].every((c) => covered.has(c.codePointAt(0) ?? 0))
  )
    return replacement;
  // « ﬁ » → « fi », a letter with an accent the font lacks → the bare letter.
  const decomposed = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  if (decomposed !== "" && [...decomposed].every((c) => covered.has(c.codePointAt(0) ?? 0)))
    return decomposed;
  return "?";
}

/**
 * Text the embedded font can draw: every character DejaVu Sans Condensed covers kept (French, other Latin
 * scripts, Greek, Cyrillic…); spaces of every width made plain; line breaks kept as "\n";
 * anything else approximated or replaced by « ? ». Never throws.
 */
export function sanitizePdfText(input: string): string {
  const { covered } = loadFontFiles();
  const text = String(input ?? "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
  let out = "";
  for (const char of text) out += replaceCharacter(char, char.codePointAt(0) ?? 0, covered);
  return out;
}

/** Cuts a word wider than the line into pieces that fit, character by character. */
function breakWord(word: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece !== "" && font.widthOfTextAtSize(piece + char, size) > maxWidth) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ").filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    if (font.widthOfTextAtSize(word, size) <= maxWidth) {
      line = word;
    } else {
      const pieces = breakWord(word, font, size, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? "";
    }
  }
  lines.push(line);
  return lines;
}

/** Lines of at most `maxWidth` points; each "\n" starts a new line, an empty one stays blank. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  return sanitizePdfText(text)
    .split("\n")
    .flatMap((paragraph) => wrapParagraph(paragraph, font, size, maxWidth));
}

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = { top: 56, right: 56, bottom: 64, left: 56 };
const BLACK = rgb(0, 0, 0);
const GRAY = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.6, 0.62, 0.66);
const HEADER_FILL = rgb(0.92, 0.93, 0.95);

export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * DejaVu Sans Condensed (about as wide as Helvetica), regular and bold, embedded as subsets (only the glyphs drawn: a few tens of Ko).
 * Fixed subset names instead of pdf-lib's random ones, and no ligatures, so that the same
 * document gives the same bytes and its text extracts letter by letter.
 */
export async function embedPdfFonts(doc: PDFDocument): Promise<PdfFonts> {
  const files = loadFontFiles();
  doc.registerFontkit(fontkit);
  const options = { subset: true, features: { liga: false, clig: false, dlig: false } };
  return {
    regular: withCachedWidths(
      await doc.embedFont(files.regular, { ...options, customName: "TRIPAR+DejaVuSansCondensed" }),
    ),
    bold: withCachedWidths(
      await doc.embedFont(files.bold, {
        ...options,
        customName: "TRIPAB+DejaVuSansCondensed-Bold",
      }),
    ),
  };
}

/**
 * pdf-lib measures a custom font's text by laying it out with fontkit on every call, and wrapping
 * measures each line word by word. Without ligatures each character is one glyph and pdf-lib adds
 * plain advance widths (no kerning), so the width of a text is the sum of its characters' widths:
 * measured once per character, then added up.
 */
function withCachedWidths(font: PDFFont): PDFFont {
  const widths = new Map<string, number>();
  const measure = font.widthOfTextAtSize.bind(font);
  font.widthOfTextAtSize = (text: string, size: number) => {
    let total = 0;
    for (const char of text) {
      let width = widths.get(char);
      if (width === undefined) {
        width = measure(char, 1000);
        widths.set(char, width);
      }
      total += width;
    }
    return (total * size) / 1000;
  };
  return font;
}

/** The former name, kept for the convention renderers: it embeds DejaVu Sans Condensed now, not Helvetica. */
export const embedHelvetica = embedPdfFonts;

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
