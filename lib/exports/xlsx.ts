import { zipSync, type Zippable } from "fflate";

/** A cell of an exported sheet: text, number, calendar date (written as a date), or empty. */
export type XlsxCell = string | number | Date | null | undefined;

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Style indexes in styles.xml's cellXfs. */
const STYLE_HEADER = 1;
const STYLE_DATE = 2;
/** Excel refuses longer cell texts. */
const MAX_CELL_CHARS = 32_767;
const DAY_MS = 86_400_000;
/** 1899-12-30 in UTC: serial 0 of the 1900 date system as Excel counts after 1900-02-28. */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);

// XML 1.0 forbids these characters even escaped; lone surrogates cannot be encoded in UTF-8.
const INVALID_XML_CHARS =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_ESCAPE = /[&<>"\r\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const EXCEL_ESCAPE = /_x[0-9A-Fa-f]{4}_/;

/** Text safe inside an XML element or a double-quoted attribute; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;");
}

/** A cell text: escaped for XML, and `_x0041_`-like runs kept literal (Excel would decode them). */
function escapeCellText(text: string): string {
  const escaped = escapeXml(text);
  return EXCEL_ESCAPE.test(escaped)
    ? escaped.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    : escaped;
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
  let short = cleaned
    .slice(0, 31)
    .replace(/[\uD800-\uDBFF]$/, "")
    .trim();
  if (short.toLowerCase() === "history") short = "Historique";
  return short === "" ? "Feuille1" : short;
}

/** A (0-based) column index as letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 1900-system serial of a date's UTC calendar day, or null before 1900-03-01 (Excel's fictional 1900-02-29). */
function dateSerial(date: Date): number | null {
  const day = Math.floor(date.getTime() / DAY_MS);
  const serial = day - Math.floor(EPOCH_1900_MS / DAY_MS);
  return serial >= 61 && serial <= 2_958_465 ? serial : null;
}

function truncate(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const cut = text.slice(0, MAX_CELL_CHARS);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function stringCell(ref: string, text: string, style?: number): string {
  const value = escapeCellText(truncate(text));
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${style ? ` s="${style}"` : ""} t="inlineStr"><is><t${space}>${value}</t></is></c>`;
}

/** Display length of a cell, for column widths. */
function cellLength(value: XlsxCell): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === "number") return String(value).length;
  const newline = value.indexOf("\n");
  return newline === -1 ? value.length : newline;
}

const utf8 = new TextEncoder();
const text = (xml: string) => utf8.encode(xml);

/** UTF-8 bytes appended piece by piece: a sheet of 100,000 rows never becomes one huge string. */
class ByteSink {
  private buffer = new Uint8Array(1 << 20);
  private length = 0;
  private readonly encoder = new TextEncoder();

  write(text: string): void {
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += this.encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Rows are encoded in batches: fewer, larger strings to encode, and little garbage held at once. */
const ROWS_PER_BATCH = 500;

function cellXml(ref: string, value: XlsxCell): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : "";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const serial = dateSerial(value);
    return serial === null
      ? stringCell(ref, value.toISOString().slice(0, 10))
      : `<c r="${ref}" s="${STYLE_DATE}"><v>${serial}</v></c>`;
  }
  return stringCell(ref, value);
}

function worksheetXml(
  header: readonly string[],
  rows: readonly (readonly XlsxCell[])[],
): Uint8Array {
  let width = header.length;
  for (const row of rows) if (row.length > width) width = row.length;
  const letters = Array.from({ length: width }, (_, i) => columnLetters(i));
  const lengths = Array.from({ length: width }, (_, c) => (header[c]?.length ?? 0) + 3); // room for the filter button
  for (const row of rows) {
    for (let c = 0; c < row.length; c += 1) {
      const length = cellLength(row[c]);
      if (length > lengths[c]!) lengths[c] = length;
    }
  }
  const lastRow = rows.length + 1;
  const range = width === 0 ? "A1" : `A1:${letters[width - 1]}${lastRow}`;

  const sink = new ByteSink();
  sink.write(
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${range}"/>`,
  );
  sink.write(
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>',
  );
  if (width > 0) {
    const cols = lengths.map(
      (length, c) =>
        `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, Math.max(8, length + 2))}" customWidth="1"/>`,
    );
    sink.write(`<cols>${cols.join("")}</cols>`);
  }
  sink.write(
    `<sheetData><row r="1">${header.map((name, i) => stringCell(`${letters[i]}1`, name, STYLE_HEADER)).join("")}</row>`,
  );
  // Pieces joined once per batch: flat strings encode fast, long chains of += do not.
  let batch: string[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r]!;
    const n = r + 2;
    batch.push(`<row r="${n}">`);
    for (let c = 0; c < row.length; c += 1) batch.push(cellXml(letters[c]! + n, row[c]));
    batch.push("</row>");
    if (r % ROWS_PER_BATCH === ROWS_PER_BATCH - 1) {
      sink.write(batch.join(""));
      batch = [];
    }
  }
  batch.push("</sheetData>");
  sink.write(batch.join(""));
  if (header.length > 0)
    sink.write(`<autoFilter ref="A1:${letters[header.length - 1]}${lastRow}"/>`);
  sink.write(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
  );
  return sink.bytes();
}

const STYLES_XML = `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>`;

const contentTypesXml = (
  sheets: number,
) => `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
${Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>`;

const ROOT_RELS_XML = `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">\
<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** Sheets are rId1…rIdN, the styles rId(N+1). */
const workbookRelsXml = (
  sheets: number,
) => `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">\
${Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}\
<Relationship Id="rId${sheets + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;

function workbookXml(sheets: readonly { name: string; filterRange: string | null }[]): string {
  const names = sheets.map((sheet) => escapeXml(sheet.name));
  const filters = sheets
    .map((sheet, i) =>
      sheet.filterRange
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${names[i]!.replace(/'/g, "''")}'!${sheet.filterRange}</definedName>`
        : "",
    )
    .join("");
  return `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>\
<sheets>${names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>\
${filters === "" ? "" : `<definedNames>${filters}</definedNames>`}</workbook>`;
}

/** One sheet of a workbook: its tab name, header row and rows. */
export interface XlsxSheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
}

/** Sheet names made acceptable to Excel and unique (case-insensitively), « Nom (2) » for a repeat. */
function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = sanitiseSheetName(raw);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${base
        .slice(0, 31 - suffix.length)
        .replace(/[\uD800-\uDBFF]$/, "")
        .trimEnd()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * An XLSX workbook of one sheet per entry, in order, each like toXlsx's: bold header row, frozen
 * and filterable; numbers as numbers, dates as dates. At least one sheet (an empty list gives one
 * empty sheet). The same input gives the same bytes.
 */
export function toXlsxWorkbook(sheets: readonly XlsxSheet[]): Uint8Array<ArrayBuffer> {
  const list: readonly XlsxSheet[] =
    sheets.length > 0 ? sheets : [{ name: "Feuille1", header: [], rows: [] }];
  const names = uniqueSheetNames(list.map((sheet) => sheet.name));
  const entries = list.map((sheet, i) => ({
    name: names[i]!,
    filterRange:
      sheet.header.length > 0
        ? `$A$1:$${columnLetters(sheet.header.length - 1)}$${sheet.rows.length + 1}`
        : null,
  }));
  const files: Zippable = {
    "[Content_Types].xml": text(contentTypesXml(list.length)),
    "_rels/.rels": text(ROOT_RELS_XML),
    "xl/workbook.xml": text(workbookXml(entries)),
    "xl/_rels/workbook.xml.rels": text(workbookRelsXml(list.length)),
    "xl/styles.xml": text(STYLES_XML),
  };
  // The sheets are most of the bytes: the fastest level keeps a 100,000-row export within a couple of seconds.
  list.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = [
      worksheetXml(sheet.header, sheet.rows),
      { level: 1 },
    ];
  });
  // fflate writes the ZIP; a fixed date (1980-01-01 00:00, local time as ZIP stores it) makes the bytes reproducible.
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) }) as Uint8Array<ArrayBuffer>;
}

/**
 * An XLSX workbook of one sheet: bold header row, frozen and filterable; numbers as numbers, dates
 * (their UTC calendar day) as dates, everything else as text. The same input gives the same bytes.
 */
export function toXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly XlsxCell[])[],
): Uint8Array<ArrayBuffer> {
  return toXlsxWorkbook([{ name: sheetName, header, rows }]);
}
