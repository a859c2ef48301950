import type { CsvRecord } from "@/lib/imports/csv";
import {
  LIMIT_MESSAGES,
  MAX_IMPORT_CELLS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
} from "@/lib/imports/limits";
import { RichText } from "@/lib/imports/xlsx-parts";
import {
  decodeExcelEscapes,
  plainNumber,
  serialToIsoDate,
  serialToTime,
  type FormatKind,
} from "@/lib/imports/xlsx-values";
import { fail, MAX_TEXT_CHARS, TextBuffer, type XmlHandlers } from "@/lib/imports/xlsx-xml";

// The worksheet of an imported workbook, row by row as saxes reads it.

/** Excel's last column is XFD (16,384 columns). */
const MAX_COLUMNS = 16_384;

export interface SheetContext {
  sharedStrings: readonly string[];
  styleKinds: readonly FormatKind[];
  date1904: boolean;
}

/** "B12" → 1 (0-based column), -1 when there are no letters; "XFE1" → 16,384, refused by the caller. */
function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i += 1) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return i === 0 ? -1 : i === 4 && /^[A-Za-z]/.test(ref.slice(4)) ? MAX_COLUMNS + 1 : column - 1;
}

/** "A1:C2" → its top-left row and columns. */
function rangeOf(ref: string): { row: number; from: number; to: number } | null {
  const match = /^([A-Za-z]{1,3})(\d+):([A-Za-z]{1,3})(\d+)$/.exec(ref);
  return match
    ? { row: Number(match[2]), from: columnOf(match[1]!), to: columnOf(match[3]!) }
    : null;
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

function numberCell(raw: string, style: number, context: SheetContext): string {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value)) return raw;
  const kind = context.styleKinds[style];
  if (kind === "date") return dateText(value, context.date1904) ?? plainNumber(value);
  if (kind === "time" || kind === "time-seconds")
    return serialToTime(value, kind === "time-seconds") ?? plainNumber(value);
  return plainNumber(value);
}

function cellText(
  type: string | undefined,
  raw: string,
  style: number,
  context: SheetContext,
): string {
  if (raw === "") return "";
  switch (type) {
    case "s":
      return context.sharedStrings[Number(raw)] ?? "";
    case "str":
      return decodeExcelEscapes(raw);
    case "b":
      return raw.trim() === "1" || raw.trim() === "true" ? "true" : "false";
    case "e":
      return raw;
    case "d":
      return /^\d{4}-\d{2}-\d{2}/.test(raw.trim()) ? raw.trim().slice(0, 10) : raw;
    default:
      return numberCell(raw, style, context);
  }
}

/**
 * Rows and cells of `<sheetData>` as saxes reads them. Only the row being read is kept apart from
 * the records; columns, rows and cells are capped as they are read, so a sheet that expands to
 * millions of rows is refused after the first 200,000.
 */
export function sheetHandler(context: SheetContext) {
  let header: string[] | null = null;
  let headerLine = 0;
  const records: CsvRecord[] = [];
  const merges: { row: number; from: number; to: number }[] = [];
  let previousRow = 0;
  let cells = 0;

  // The row being read: cells kept as (column, text) until it proves non-empty.
  let line = 0;
  let columns: number[] = [];
  let texts: string[] = [];
  let column = -1;
  let last = -1;
  // The cell being read.
  let cellType: string | undefined;
  let cellStyle = 0;
  let inValue = false;
  let inInline = false;
  const value = new TextBuffer(MAX_TEXT_CHARS, "le contenu d'une cellule");
  const rich = new RichText();

  const endRow = () => {
    if (last === -1) return;
    if (last >= MAX_IMPORT_COLUMNS) fail(`ligne ${line} : ${LIMIT_MESSAGES.columns}`);
    const width: number = header === null ? last + 1 : Math.max(header.length, last + 1);
    cells += width;
    if (cells > MAX_IMPORT_CELLS) fail(LIMIT_MESSAGES.cells);
    const values: string[] = new Array<string>(width).fill("");
    for (let i = 0; i < columns.length; i += 1)
      if (columns[i]! < width) values[columns[i]!] = texts[i]!;
    if (header === null) {
      header = values.map((name) => name.trim());
      headerLine = line;
    } else {
      if (records.length >= MAX_IMPORT_ROWS) fail(LIMIT_MESSAGES.rows);
      records.push({ line, values });
    }
  };

  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (inInline) {
        rich.open(name);
        return;
      }
      switch (name) {
        case "row": {
          const ref = Number(attributes.r);
          line = Number.isInteger(ref) && ref > 0 ? ref : previousRow + 1;
          previousRow = line;
          columns = [];
          texts = [];
          column = -1;
          last = -1;
          break;
        }
        case "c": {
          const ref = attributes.r;
          const at = ref === undefined ? -1 : columnOf(ref);
          column = at === -1 ? column + 1 : at;
          if (column >= MAX_COLUMNS)
            fail(`la cellule ${ref ?? `n° ${column + 1}`} dépasse la dernière colonne d'Excel.`);
          cellType = attributes.t;
          cellStyle = attributes.s === undefined ? 0 : Number(attributes.s);
          break;
        }
        case "v":
          inValue = true;
          break;
        case "is":
          inInline = true;
          break;
        case "mergeCell": {
          const range = rangeOf(attributes.ref ?? "");
          if (range && merges.length < 100_000) merges.push(range);
          break;
        }
      }
    },
    close(name) {
      if (inInline) {
        if (name !== "is") {
          rich.close(name);
          return;
        }
        inInline = false;
        return;
      }
      switch (name) {
        case "v":
          inValue = false;
          break;
        case "c": {
          const text =
            cellType === "inlineStr"
              ? rich.take()
              : cellText(cellType, value.take(), cellStyle, context);
          if (text !== "") {
            columns.push(column);
            texts.push(text);
            if (column > last && text.trim() !== "") last = column;
          }
          break;
        }
        case "row":
          endRow();
          break;
      }
    },
    text(text) {
      if (inInline) rich.text(text);
      else if (inValue) value.add(text);
    },
  };

  const result = (): { header: string[]; records: CsvRecord[] } => {
    let names: string[] = header ?? [];
    // A title above the header: the row's only text, in cells merged across several columns.
    for (let skipped = 0; skipped < 5 && records.length > 0; skipped += 1) {
      const filled = names.flatMap((name, i) => (name === "" ? [] : [i]));
      const title =
        filled.length === 1 &&
        merges.some((m) => m.row === headerLine && m.from === filled[0] && m.to > m.from);
      if (!title) break;
      const next = records.shift()!;
      names = next.values.map((name) => name.trim());
      headerLine = next.line;
    }
    for (const record of records)
      if (record.values.length < names.length)
        record.values.push(...new Array<string>(names.length - record.values.length).fill(""));
    return { header: names, records };
  };
  return { handlers, result };
}
