import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

/*
 * The font of the convention and commission PDFs: DejaVu Sans Condensed
 * (lib/conventions/pdf/fonts, Bitstream Vera licence, from Debian's fonts-dejavu-core 2.37),
 * embedded as a subset of the glyphs used: Latin (Łukasz Żółć, Nguyễn), Greek and Cyrillic
 * (Алексей) print as written. What it covers decides what `sanitizePdfText` keeps (pdf-text.ts).
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

/** The code points both faces draw. */
export function coveredCodePoints(): ReadonlySet<number> {
  return loadFontFiles().covered;
}

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
