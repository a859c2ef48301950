import { AppError } from "@/lib/errors";
import type { CsvRecord } from "@/lib/imports/csv";
import { decodeXml, NAMESPACE_PREFIX } from "@/lib/imports/xml";
import { LIMIT_MESSAGES, MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/imports/limits";

// The cells of an XLSX worksheet as text: strings, plain decimals, ISO dates (readXlsx in xlsx.ts opens the package).

// ---------------------------------------------------------------------------------------------
// Text

/** Spreadsheet text: XML entities, then Excel's own `_xHHHH_` escapes. */
function decodeCellText(raw: string): string {
  const text = decodeXml(raw);
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const PHONETIC_RUN = new RegExp(`<(${NAMESPACE_PREFIX}rPh)(?=[\\s>])[^>]*>[\\s\\S]*?</\\1>`, "g");
const TEXT_RUN = new RegExp(`<${NAMESPACE_PREFIX}t(?:\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${NAMESPACE_PREFIX}t>)`, "g");

/** The text of a string item (`<si>` or `<is>`): its runs concatenated, phonetic guides left out. */
export function richText(xml: string): string {
  // The usual item is one plain <t>: read it without a regex.
  const open = xml.startsWith("<t>") ? 3 : xml.startsWith('<t xml:space="preserve">') ? 24 : -1;
  if (open !== -1 && xml.endsWith("</t>") && xml.indexOf("<", open) === xml.length - 4) return decodeCellText(xml.slice(open, -4));
  const body = xml.includes("rPh") ? xml.replace(PHONETIC_RUN, "") : xml;
  let text = "";
  for (const match of body.matchAll(TEXT_RUN)) text += match[1] ?? "";
  return decodeCellText(text);
}

// ---------------------------------------------------------------------------------------------
// Values

/** A number as plain decimal text: no exponent, no trailing ".0", shortest round-trip digits. */
export function plainNumber(value: number): string {
  if (Object.is(value, -0)) return "0";
  const text = String(value);
  const exponent = text.indexOf("e");
  if (exponent === -1) return text;
  const negative = text.startsWith("-");
  const mantissa = text.slice(negative ? 1 : 0, exponent);
  const power = Number(text.slice(exponent + 1));
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const integerDigits = (point === -1 ? mantissa.length : point) + power;
  let result: string;
  if (integerDigits <= 0) result = `0.${"0".repeat(-integerDigits)}${digits}`;
  else if (integerDigits >= digits.length) result = digits + "0".repeat(integerDigits - digits.length);
  else result = `${digits.slice(0, integerDigits)}.${digits.slice(integerDigits)}`;
  return negative ? `-${result}` : result;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial as "YYYY-MM-DD"; the 1900 system counts Lotus's 1900-02-29 (serial 60). */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const day = Math.floor(serial);
  if (day < 0 || day > 2_958_465) return null;
  if (!date1904 && day === 60) return "1900-02-29";
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  // Serials before the fictional 29 February are one day off from the real calendar.
  const offset = !date1904 && day < 60 ? day + 1 : day;
  return new Date(epoch + offset * DAY_MS).toISOString().slice(0, 10);
}

export interface SheetContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** Excel's last column is XFD (16,384 columns). */
const MAX_COLUMNS = 16_384;

/** The attributes of a `<c>` or `<row>` tag that matter, read in place. */
interface TagAttributes {
  /** `r`: the row number of a row; the 0-based column of a cell (-1 when absent). */
  ref: number;
  /** Where `r`'s value sits in the XML, to quote it in a message. */
  refFrom: number;
  refTo: number;
  /** `s`: the cell's style index. */
  style: number;
  /** `t`: the cell's type. */
  type: string | undefined;
}

/** The `t` of a cell as one of a few constant strings: no substring for the common types. */
function cellType(xml: string, from: number, to: number): string {
  const length = to - from;
  const first = xml.charCodeAt(from);
  if (length === 1) {
    if (first === 115) return "s";
    if (first === 110) return "n";
    if (first === 98) return "b";
    if (first === 101) return "e";
    if (first === 100) return "d";
  }
  if (length === 3 && xml.startsWith("str", from)) return "str";
  if (length === 9 && xml.startsWith("inlineStr", from)) return "inlineStr";
  return xml.slice(from, to);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Reads r, s and t between `from` and `to` (the inside of a tag) without cutting the XML into
 * substrings: a 100,000-row sheet has millions of cells. `r` is a column for cells, a number for rows.
 */
function scanAttributes(xml: string, from: number, to: number, isCell: boolean, out: TagAttributes): void {
  out.ref = -1;
  out.refFrom = 0;
  out.refTo = 0;
  out.style = 0;
  out.type = undefined;
  let i = from;
  while (i < to) {
    while (i < to && (isSpace(xml.charCodeAt(i)) || xml.charCodeAt(i) === 47)) i += 1;
    const nameStart = i;
    while (i < to && xml.charCodeAt(i) !== 61 && !isSpace(xml.charCodeAt(i))) i += 1;
    const nameEnd = i;
    while (i < to && xml.charCodeAt(i) !== 61) i += 1;
    i += 1;
    while (i < to && isSpace(xml.charCodeAt(i))) i += 1;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return;
    const valueStart = i + 1;
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
    if (valueEnd === -1 || valueEnd > to) return;
    i = valueEnd + 1;
    if (nameEnd - nameStart !== 1) continue;
    const name = xml.charCodeAt(nameStart);
    if (name === 114) {
      // r: "AB12" for a cell (column letters), "12" for a row.
      out.refFrom = valueStart;
      out.refTo = valueEnd;
      let value = 0;
      let j = valueStart;
      for (; j < valueEnd; j += 1) {
        const code = xml.charCodeAt(j);
        if (isCell) {
          const lower = code | 0x20;
          if (lower < 97 || lower > 122) break;
          value = value * 26 + (lower - 96);
        } else {
          if (code < 48 || code > 57) break;
          value = value * 10 + (code - 48);
        }
      }
      out.ref = j === valueStart ? -1 : isCell ? value - 1 : value;
    } else if (name === 115) {
      out.style = Number(xml.slice(valueStart, valueEnd)) || 0;
    } else if (name === 116) {
      out.type = cellType(xml, valueStart, valueEnd);
    }
  }
}

interface CellPatterns {
  value: RegExp;
  inline: RegExp;
  /** `<v>`, `</v>`, `<is><t>`, `</t></is>` with the document's prefix. */
  vOpen: string;
  vClose: string;
  isOpen: string;
  isClose: string;
}

function cellPatterns(prefix: string): CellPatterns {
  const p = prefix.replace(/[.]/g, "\\.");
  return {
    value: new RegExp(`<${p}v(?:\\s[^>]*)?>([\\s\\S]*?)</${p}v>`),
    inline: new RegExp(`<${p}is(?:\\s[^>]*)?>([\\s\\S]*?)</${p}is>`),
    vOpen: `<${prefix}v>`,
    vClose: `</${prefix}v>`,
    isOpen: `<${prefix}is><${prefix}t>`,
    isClose: `</${prefix}t></${prefix}is>`,
  };
}

/** The text of `xml[from, to)` when it is exactly `open` text `close` (the usual cell), else null. */
function simpleElement(xml: string, from: number, to: number, open: string, close: string): string | null {
  if (!xml.startsWith(open, from)) return null;
  const textEnd = xml.indexOf("<", from + open.length);
  return textEnd + close.length === to && xml.startsWith(close, textEnd) ? xml.slice(from + open.length, textEnd) : null;
}

const isoDates = new Map<number, string>();

/** serialToIsoDate, remembered: a column of dates repeats the same few thousand days. */
function dateText(serial: number, date1904: boolean): string | null {
  const key = date1904 ? -1 - Math.floor(serial) : Math.floor(serial);
  const known = isoDates.get(key);
  if (known !== undefined) return known;
  const text = serialToIsoDate(serial, date1904);
  if (text !== null && isoDates.size < 100_000) isoDates.set(key, text);
  return text;
}

/** The value of the cell whose content is `xml[from, to)`. */
function cellValue(type: string | undefined, style: number, xml: string, from: number, to: number, patterns: CellPatterns, context: SheetContext): string {
  if (type === "inlineStr") {
    const plain = simpleElement(xml, from, to, patterns.isOpen, patterns.isClose);
    if (plain !== null) return decodeCellText(plain);
    const is = patterns.inline.exec(xml.slice(from, to));
    return is ? richText(is[1] ?? "") : "";
  }
  let raw = simpleElement(xml, from, to, patterns.vOpen, patterns.vClose);
  if (raw === null) {
    const v = patterns.value.exec(xml.slice(from, to));
    if (!v) return "";
    raw = v[1] ?? "";
  }
  switch (type) {
    case "s":
      return context.sharedStrings[Number(raw)] ?? "";
    case "str":
      return decodeCellText(raw);
    case "b":
      return raw.trim() === "1" || raw.trim() === "true" ? "true" : "false";
    case "e":
      return decodeXml(raw);
    case "d":
      return /^\d{4}-\d{2}-\d{2}/.test(raw.trim()) ? raw.trim().slice(0, 10) : decodeXml(raw);
    default: {
      const value = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(value)) return decodeXml(raw);
      if (context.dateStyles[style]) return dateText(value, context.date1904) ?? plainNumber(value);
      return plainNumber(value);
    }
  }
}

/** The next element `<name` at or after `from`, before `end` (a real tag, not `<name…` prefixing a longer name). */
function nextTag(xml: string, open: string, from: number, end: number): number {
  for (let at = xml.indexOf(open, from); at !== -1 && at < end; at = xml.indexOf(open, at + 1)) {
    const next = xml.charCodeAt(at + open.length);
    if (isSpace(next) || next === 62 || next === 47) return at;
  }
  return -1;
}

export interface SheetParser {
  /** Feeds the next piece of the worksheet's XML; complete rows are read at once, the rest waits. */
  push(text: string): void;
  /** The header and records, once the whole worksheet has been pushed. */
  end(): { header: string[]; records: CsvRecord[] };
}

/** What may wait for the end of a row: one real row is a few kilobytes. */
const MAX_PENDING_CHARS = 8 * 1024 * 1024;

function refuse(reason: string): never {
  throw new AppError("INVALID_INPUT", `Fichier XLSX illisible : ${reason}`);
}

/**
 * Reads the rows and cells of `<sheetData>` as the XML arrives, with indexOf: a sheet of 100,000
 * rows holds millions of tags, and regexes with lazy bodies scan it several times slower. Only the
 * row being received is kept as text; columns, rows and cells are capped as they are read, so a
 * sheet that expands to millions of rows is refused after the first 200,000.
 */
export function createSheetParser(context: SheetContext): SheetParser {
  let buffer = "";
  let phase: "preamble" | "data" | "done" = "preamble";
  let prefix: string | null = null;
  let rowOpen = "";
  let rowClose = "";
  let cellOpen = "";
  let cellClose = "";
  let patterns: CellPatterns = cellPatterns("");
  const attributes: TagAttributes = { ref: -1, refFrom: 0, refTo: 0, style: 0, type: undefined };

  let header: string[] | null = null;
  const records: CsvRecord[] = [];
  let previousRow = 0;
  let cells = 0;

  const usePrefix = (value: string) => {
    prefix = value;
    rowOpen = `<${prefix}row`;
    rowClose = `</${prefix}row>`;
    cellOpen = `<${prefix}c`;
    cellClose = `</${prefix}c>`;
    patterns = cellPatterns(prefix);
  };

  /** Reads every row that starts in `xml[from, dataEnd)`. */
  const readRows = (xml: string, from: number, dataEnd: number) => {
    for (let rowAt = nextTag(xml, rowOpen, from, dataEnd); rowAt !== -1; ) {
      const tagEnd = xml.indexOf(">", rowAt);
      if (tagEnd === -1) break;
      scanAttributes(xml, rowAt + rowOpen.length, tagEnd, false, attributes);
      const line = attributes.ref > 0 ? attributes.ref : previousRow + 1;
      previousRow = line;
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        rowAt = nextTag(xml, rowOpen, tagEnd + 1, dataEnd);
        continue;
      }
      const closeAt = xml.indexOf(rowClose, tagEnd);
      const rowEnd = closeAt === -1 || closeAt > dataEnd ? dataEnd : closeAt;

      // Cells are kept as (column, text) until the row proves non-empty: a blank row far to the right costs nothing.
      const columns: number[] = [];
      const texts: string[] = [];
      let column = -1;
      let last = -1;
      for (let cellAt = nextTag(xml, cellOpen, tagEnd + 1, rowEnd); cellAt !== -1; ) {
        const cellTagEnd = xml.indexOf(">", cellAt);
        if (cellTagEnd === -1 || cellTagEnd > rowEnd) break;
        scanAttributes(xml, cellAt + cellOpen.length, cellTagEnd, true, attributes);
        column = attributes.ref === -1 ? column + 1 : attributes.ref;
        if (column >= MAX_COLUMNS) refuse(`la cellule ${xml.slice(attributes.refFrom, attributes.refTo)} dépasse la dernière colonne d'Excel.`);
        let next = cellTagEnd + 1;
        if (xml.charCodeAt(cellTagEnd - 1) !== 47) {
          const closeCell = xml.indexOf(cellClose, cellTagEnd);
          const innerEnd = closeCell === -1 || closeCell > rowEnd ? rowEnd : closeCell;
          next = innerEnd + cellClose.length;
          const value = innerEnd > cellTagEnd + 1 ? cellValue(attributes.type, attributes.style, xml, cellTagEnd + 1, innerEnd, patterns, context) : "";
          if (value !== "") {
            columns.push(column);
            texts.push(value);
            if (column > last && value.trim() !== "") last = column;
          }
        }
        cellAt = nextTag(xml, cellOpen, next, rowEnd);
      }
      rowAt = nextTag(xml, rowOpen, rowEnd, dataEnd);

      if (last === -1) continue;
      if (last >= MAX_IMPORT_COLUMNS) refuse(`ligne ${line} : ${LIMIT_MESSAGES.columns}`);
      const width: number = header === null ? last + 1 : Math.max(header.length, last + 1);
      cells += width;
      if (cells > MAX_IMPORT_CELLS) refuse(LIMIT_MESSAGES.cells);
      const values: string[] = new Array<string>(width).fill("");
      for (let i = 0; i < columns.length; i += 1) if (columns[i]! < width) values[columns[i]!] = texts[i]!;
      if (header === null) header = values.map((name) => name.trim());
      else {
        if (records.length >= MAX_IMPORT_ROWS) refuse(LIMIT_MESSAGES.rows);
        records.push({ line, values });
      }
    }
  };

  const push = (text: string) => {
    if (phase === "done") return;
    buffer += text;
    if (phase === "preamble") {
      if (prefix === null) {
        const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(buffer);
        if (root) usePrefix(root[1] ?? "");
        else if (buffer.length > MAX_PENDING_CHARS) usePrefix("");
        else return;
      }
      const dataStart = nextTag(buffer, `<${prefix}sheetData`, 0, buffer.length);
      const dataTagEnd = dataStart === -1 ? -1 : buffer.indexOf(">", dataStart);
      if (dataTagEnd === -1) {
        // Keep only what could be the start of a split <sheetData> tag.
        if (dataStart === -1 && buffer.length > 4096) buffer = buffer.slice(-256);
        return;
      }
      if (buffer.charCodeAt(dataTagEnd - 1) === 47) {
        phase = "done";
        buffer = "";
        return;
      }
      phase = "data";
      buffer = buffer.slice(dataTagEnd + 1);
    }
    const dataClose = buffer.indexOf(`</${prefix}sheetData>`);
    if (dataClose !== -1) {
      readRows(buffer, 0, dataClose);
      phase = "done";
      buffer = "";
      return;
    }
    // Rows do not nest and text holds no raw « < »: everything before the last <row starts complete rows.
    const cut = buffer.lastIndexOf(rowOpen);
    if (cut > 0) {
      readRows(buffer, 0, cut);
      buffer = buffer.slice(cut);
    }
    if (buffer.length > MAX_PENDING_CHARS) refuse(`la ligne qui suit la ligne ${previousRow} est démesurément longue.`);
  };

  return {
    push,
    end() {
      if (phase === "data") readRows(buffer, 0, buffer.length);
      buffer = "";
      phase = "done";
      return { header: header ?? [], records };
    },
  };
}

/** A whole worksheet already in memory (tests, small parts). */
export function parseSheet(xml: string, context: SheetContext): { header: string[]; records: CsvRecord[] } {
  const parser = createSheetParser(context);
  parser.push(xml);
  return parser.end();
}
