// What goes into an exported sheet, made acceptable to Excel before ExcelJS writes it (xlsx.ts).

/** A cell of an exported sheet: text, number, calendar date (written as a date), or empty. */
export type XlsxCell = string | number | Date | null | undefined;

/** Excel refuses longer cell texts. */
const MAX_CELL_CHARS = 32_767;
const DAY_MS = 86_400_000;
/** 1900-03-01 in UTC: before it, Excel's fictional 1900-02-29 makes a serial ambiguous. */
const FIRST_UNAMBIGUOUS_DAY_MS = Date.UTC(1900, 2, 1);
/** 9999-12-31, Excel's last day. */
const LAST_DAY_MS = Date.UTC(9999, 11, 31);

// XML 1.0 forbids these characters even escaped; lone surrogates cannot be encoded in UTF-8.
const INVALID_XML_CHARS =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A text cut at `max` characters, never between the two halves of a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const short = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(short) ? short.slice(0, -1) : short;
}

/**
 * A cell text as Excel should show it: characters XML forbids dropped, line breaks as Excel
 * writes them (LF: an XML reader turns a bare CR into LF anyway), `_x0041_`-like runs escaped so
 * that readers do not decode them, and at most 32,767 characters.
 */
export function cellText(text: string): string {
  const clean = cut(text.replace(INVALID_XML_CHARS, "").replace(/\r\n?/g, "\n"), MAX_CELL_CHARS);
  return clean.includes("_x") ? clean.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") : clean;
}

/**
 * The value ExcelJS writes for a cell: numbers as numbers (not NaN or infinities), dates as their
 * UTC calendar day at midnight (ExcelJS writes the serial, and the sheet shows the day in the
 * short date format of the reader's locale), a date Excel cannot hold unambiguously as ISO text.
 */
export function cellValue(value: XlsxCell): string | number | Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return null;
    const day = Math.floor(time / DAY_MS) * DAY_MS;
    return day >= FIRST_UNAMBIGUOUS_DAY_MS && day <= LAST_DAY_MS
      ? new Date(day)
      : value.toISOString().slice(0, 10);
  }
  return cellText(value);
}

/** Display length of a cell, for column widths. */
function cellLength(value: XlsxCell): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === "number") return String(value).length;
  const newline = value.indexOf("\n");
  return newline === -1 ? value.length : newline;
}

/** Column widths in characters: the longest cell (or header, with room for the filter button) + 2, from 8 to 60. */
export function columnWidths(
  header: readonly string[],
  rows: readonly (readonly XlsxCell[])[],
): number[] {
  let width = header.length;
  for (const row of rows) if (row.length > width) width = row.length;
  const lengths = Array.from({ length: width }, (_, c) => (header[c]?.length ?? 0) + 3);
  for (const row of rows)
    for (let c = 0; c < row.length; c += 1) {
      const length = cellLength(row[c]);
      if (length > lengths[c]!) lengths[c] = length;
    }
  return lengths.map((length) => Math.min(60, Math.max(8, length + 2)));
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with '. */
export function sanitiseSheetName(name: string): string {
  const cleaned = name
    .replace(INVALID_XML_CHARS, "")
    .replace(/[[\]:*?/\\\r\n\t]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  let short = cut(cleaned, 31).trim();
  if (short.toLowerCase() === "history") short = "Historique";
  return short === "" ? "Feuille1" : short;
}

/** Sheet names made acceptable to Excel and unique (case-insensitively), « Nom (2) » for a repeat. */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = sanitiseSheetName(raw);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${cut(base, 31 - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
