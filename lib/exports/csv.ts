/** One CSV cell: quoted when it holds the separator, a quote or a line break; formulas neutralised. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  // Numbers with a decimal comma: French spreadsheets read « 749.9 » as text.
  let text =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === "number"
        ? String(value).replace(".", ",")
        : String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  if (/^[=+\-@]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as French spreadsheets open it: `;` separator, CRLF, UTF-8 with a BOM so accents survive.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header.map(cell).join(";"), ...rows.map((row) => row.map(cell).join(";"))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
