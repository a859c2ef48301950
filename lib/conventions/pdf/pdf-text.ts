import type { PDFFont } from "pdf-lib";
import { coveredCodePoints } from "@/lib/conventions/pdf/pdf-fonts";

/*
 * Text of the convention and commission PDFs: every string drawn or measured goes through
 * `sanitizePdfText`, which keeps what the embedded font covers (pdf-fonts.ts) and approximates
 * the rest; `wrapText` cuts it into lines of a given width.
 */

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
  const covered = coveredCodePoints();
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
