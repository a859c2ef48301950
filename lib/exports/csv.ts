import { stringify } from "csv-stringify/sync";

/** A text cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection). */
function neutralised(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** A cell of an exported CSV. */
export type CsvCell = string | number | bigint | boolean | Date | null | undefined;

/**
 * CSV as French spreadsheets open it: `;` separator, CRLF, UTF-8 with a BOM so accents survive.
 * csv-stringify quotes a cell holding the separator, a quote or a line break. Numbers get a
 * decimal comma (French spreadsheets read « 749.9 » as text), dates their ISO day, and texts that
 * would run as formulas a leading apostrophe; numbers are never neutralised (« -3 » stays a number).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows] as CsvCell[][], {
    bom: true,
    delimiter: ";",
    record_delimiter: "\r\n",
    // A line break of either kind, not only the CRLF that ends records.
    quoted_match: [/[\r\n]/],
    cast: {
      string: neutralised,
      number: (value) => String(value).replace(".", ","),
      bigint: (value) => String(value),
      boolean: (value) => String(value),
      date: (value) => value.toISOString().slice(0, 10),
    },
  });
}
