import { SaxesParser } from "saxes";
import { AppError } from "@/lib/errors";
import type { CsvRecord } from "@/lib/imports/csv";
import {
  LIMIT_MESSAGES,
  MAX_IMPORT_CELLS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  MAX_XLSX_COMPRESSION_RATIO,
  MAX_XLSX_DECOMPRESSED_BYTES,
  XLSX_RATIO_GRACE_BYTES,
} from "@/lib/imports/limits";
import {
  inflateEntries,
  listEntries,
  type InflateBudget,
  type PartSink,
} from "@/lib/imports/xlsx-archive";
import {
  builtInFormatKind,
  decodeExcelEscapes,
  formatKind,
  plainNumber,
  serialToIsoDate,
  serialToTime,
  type FormatKind,
} from "@/lib/imports/xlsx-values";

export { isDateFormatCode } from "@/lib/imports/xlsx-values";

/** One shared string or one cell: Excel stops at 32,767 characters; this leaves room for other producers. */
const MAX_TEXT_CHARS = 1024 * 1024;
/** Where Excel, LibreOffice and most libraries put the workbook's parts. */
const DEFAULT_PARTS = {
  workbook: "xl/workbook.xml",
  styles: "xl/styles.xml",
  sharedStrings: "xl/sharedStrings.xml",
} as const;
/** Excel's last column is XFD (16,384 columns). */
const MAX_COLUMNS = 16_384;

/**
 * Reads the first visible worksheet of an XLSX workbook as a header and records, like parseCsv:
 * text as text, numbers as plain decimals ("749.9"), dates as "YYYY-MM-DD", times as "HH:MM"
 * (or "HH:MM:SS"), booleans as "true"/"false".
 *
 * The archive is read by fflate (xlsx-archive.ts), the XML by saxes, both streaming: each part is
 * parsed as it inflates, counted against the caps of lib/imports/limits.ts (decompressed bytes,
 * compression ratio, rows, columns, cells), between turns of the event loop. A zip bomb is refused
 * after a few megabytes, and other requests are served meanwhile.
 *
 * A title row above the header (one text in cells merged across several columns) is skipped.
 */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ header: string[]; records: CsvRecord[] }> {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0xd0 &&
    bytes[1] === 0xcf &&
    bytes[2] === 0x11 &&
    bytes[3] === 0xe0
  ) {
    fail(
      "c'est un ancien classeur Excel (.xls) ; enregistrez-le au format .xlsx puis recommencez.",
    );
  }
  const names = listEntries(bytes);
  /** Part names are case-insensitive, whatever the producer wrote. */
  const byLowerName = new Map<string, string>();
  for (const name of names)
    if (!byLowerName.has(name.toLowerCase())) byLowerName.set(name.toLowerCase(), name);
  const entryOf = (path: string) => byLowerName.get(path.toLowerCase());
  const budget: InflateBudget = {
    used: 0,
    maxBytes: MAX_XLSX_DECOMPRESSED_BYTES,
    maxRatio: MAX_XLSX_COMPRESSION_RATIO,
    ratioGraceBytes: XLSX_RATIO_GRACE_BYTES,
    messages: { tooLarge: LIMIT_MESSAGES.decompressed, tooCompressed: LIMIT_MESSAGES.ratio },
  };
  /** Parses the given parts, each with its handlers, in one pass over the archive. */
  const parse = async (parts: readonly [path: string, handlers: XmlHandlers][]) => {
    const sinks = new Map<string, PartSink>();
    for (const [path, handlers] of parts) {
      const name = entryOf(path);
      if (name !== undefined) sinks.set(name, xmlSink(name, handlers));
    }
    await inflateEntries(bytes, sinks, budget);
  };

  // One pass for the small parts where producers put them; another only for those found elsewhere.
  const rootRels = relationshipsHandler("");
  let workbook = workbookHandler();
  let rels = relationshipsHandler(directoryOf(DEFAULT_PARTS.workbook));
  let styles = stylesHandler();
  let shared = sharedStringsHandler();
  await parse([
    ["_rels/.rels", rootRels.handlers],
    [DEFAULT_PARTS.workbook, workbook.handlers],
    [relsPathOf(DEFAULT_PARTS.workbook), rels.handlers],
    [DEFAULT_PARTS.styles, styles.handlers],
    [DEFAULT_PARTS.sharedStrings, shared.handlers],
  ]);
  const samePart = (a: string, b: string) => entryOf(a) === entryOf(b);

  const workbookPath =
    [...rootRels.rels.values()].find((rel) => rel.type === "officeDocument")?.path ??
    DEFAULT_PARTS.workbook;
  if (entryOf(workbookPath) === undefined) fail("ce fichier n'est pas un classeur Excel (.xlsx).");
  if (!samePart(workbookPath, DEFAULT_PARTS.workbook)) {
    workbook = workbookHandler();
    rels = relationshipsHandler(directoryOf(workbookPath));
    await parse([
      [workbookPath, workbook.handlers],
      [relsPathOf(workbookPath), rels.handlers],
    ]);
  }
  if (workbook.sheets.length === 0) fail("le classeur ne contient aucune feuille.");
  // The first worksheet shown to the user: a hidden sheet (lists for drop-downs, old data) is skipped.
  const worksheets = workbook.sheets.filter(
    (sheet) => sheet.relId !== undefined && rels.rels.get(sheet.relId)?.type === "worksheet",
  );
  const chosen = worksheets.find((sheet) => sheet.visible) ?? worksheets[0];
  if (!chosen) fail("le classeur ne contient aucune feuille de calcul.");
  const sheetPath = rels.rels.get(chosen.relId!)!.path;
  if (entryOf(sheetPath) === undefined)
    fail(`la feuille « ${sheetPath} » est absente de l'archive.`);

  const relOfType = (type: string) =>
    [...rels.rels.values()].find((rel) => rel.type === type)?.path;
  const stylesPath = relOfType("styles") ?? DEFAULT_PARTS.styles;
  const sharedPath = relOfType("sharedStrings") ?? DEFAULT_PARTS.sharedStrings;
  const elsewhere: [string, XmlHandlers][] = [];
  if (!samePart(stylesPath, DEFAULT_PARTS.styles)) {
    styles = stylesHandler();
    elsewhere.push([stylesPath, styles.handlers]);
  }
  if (!samePart(sharedPath, DEFAULT_PARTS.sharedStrings)) {
    shared = sharedStringsHandler();
    elsewhere.push([sharedPath, shared.handlers]);
  }
  await parse(elsewhere);

  const sheet = sheetHandler({
    sharedStrings: shared.items,
    styleKinds: styles.kinds(),
    date1904: workbook.date1904,
  });
  await parse([[sheetPath, sheet.handlers]]);
  return sheet.result();
}

function fail(reason: string): never {
  throw new AppError("INVALID_INPUT", `Fichier XLSX illisible : ${reason}`);
}

// ---------------------------------------------------------------------------------------------
// XML, streamed through saxes

interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** The local part of a qualified name: parts are read whatever namespace prefix the producer chose. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** A sink decoding a part (UTF-8, or UTF-16 after its BOM) and feeding it to saxes as it inflates. */
function xmlSink(part: string, handlers: XmlHandlers): PartSink {
  const parser = new SaxesParser({ position: false });
  const invalid = () => fail(`la partie « ${part} » n'est pas du XML valide.`);
  parser.on("error", invalid);
  parser.on("opentag", (tag) =>
    handlers.open(localName(tag.name), tag.attributes as Record<string, string>),
  );
  parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  let decoder: TextDecoder | null = null;
  const write = (text: string) => {
    try {
      parser.write(text);
    } catch (error) {
      if (error instanceof AppError) throw error;
      invalid();
    }
  };
  return (chunk, final) => {
    if (decoder === null) {
      const encoding =
        chunk[0] === 0xff && chunk[1] === 0xfe
          ? "utf-16le"
          : chunk[0] === 0xfe && chunk[1] === 0xff
            ? "utf-16be"
            : "utf-8";
      decoder = new TextDecoder(encoding);
    }
    // saxes refuses a byte-order mark before the declaration; TextDecoder drops it.
    write(decoder.decode(chunk, { stream: !final }));
    if (final) {
      try {
        parser.close();
      } catch (error) {
        if (error instanceof AppError) throw error;
        invalid();
      }
    }
  };
}

/** Text gathered between an opening and a closing tag, capped. */
class TextBuffer {
  private text = "";
  constructor(
    private readonly limit: number,
    private readonly what: string,
  ) {}
  add(text: string): void {
    // Usually one piece per element: concatenation only when saxes splits the text (entities, chunk ends).
    this.text = this.text === "" ? text : this.text + text;
    if (this.text.length > this.limit) fail(`${this.what} est démesurément long.`);
  }
  take(): string {
    const text = this.text;
    this.text = "";
    return text;
  }
}

// ---------------------------------------------------------------------------------------------
// Package parts

function directoryOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

function relsPathOf(path: string): string {
  const dir = directoryOf(path);
  return `${dir ? `${dir}/` : ""}_rels/${path.slice(path.lastIndexOf("/") + 1)}.rels`;
}

/** A relationship target resolved against the directory of the part that holds it. */
function resolvePath(baseDir: string, target: string): string {
  const segments = target.startsWith("/") ? [] : baseDir.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

interface Relationship {
  /** Last segment of the relationship type: officeDocument, worksheet, sharedStrings, styles… */
  type: string;
  path: string;
}

function relationshipsHandler(dir: string) {
  const rels = new Map<string, Relationship>();
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (
        name !== "Relationship" ||
        !attributes.Id ||
        !attributes.Target ||
        attributes.TargetMode === "External"
      )
        return;
      if (rels.size >= 10_000) fail("les relations du classeur sont démesurément nombreuses.");
      rels.set(attributes.Id, {
        type: (attributes.Type ?? "").split("/").pop() ?? "",
        path: resolvePath(dir, attributes.Target),
      });
    },
    close() {},
    text() {},
  };
  return { rels, handlers };
}

interface SheetEntry {
  relId: string | undefined;
  visible: boolean;
}

function workbookHandler() {
  const state = { sheets: [] as SheetEntry[], date1904: false };
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name === "workbookPr") state.date1904 = /^(1|true)$/.test(attributes.date1904 ?? "");
      if (name === "sheet") {
        if (state.sheets.length >= 10_000) fail("le classeur contient démesurément de feuilles.");
        // The relationship id is the attribute named `id` in the relationships namespace, whatever its prefix.
        const relId = Object.entries(attributes).find(([key]) => key.endsWith(":id"))?.[1];
        state.sheets.push({ relId, visible: (attributes.state ?? "visible") === "visible" });
      }
    },
    close() {},
    text() {},
  };
  return {
    get sheets() {
      return state.sheets;
    },
    get date1904() {
      return state.date1904;
    },
    handlers,
  };
}

/** For each cell style index (cellXfs order), how its number format shows a value. */
function stylesHandler() {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name === "numFmt") custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        if (formats.length >= 100_000) fail("les styles du classeur sont démesurément nombreux.");
        formats.push(Number(attributes.numFmtId ?? 0));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  };
  const kinds = (): FormatKind[] =>
    formats.map((id) => {
      const code = custom.get(id);
      return code !== undefined ? formatKind(code) : builtInFormatKind(id);
    });
  return { handlers, kinds };
}

/** The text of a string item (`<si>` or `<is>`): its runs concatenated, phonetic guides left out. */
class RichText {
  private depthInPhonetic = 0;
  private inText = false;
  private readonly buffer = new TextBuffer(MAX_TEXT_CHARS, "un texte du classeur");

  open(name: string): void {
    if (name === "rPh") this.depthInPhonetic += 1;
    else if (name === "t" && this.depthInPhonetic === 0) this.inText = true;
  }
  close(name: string): void {
    if (name === "rPh") this.depthInPhonetic -= 1;
    else if (name === "t") this.inText = false;
  }
  text(text: string): void {
    if (this.inText) this.buffer.add(text);
  }
  take(): string {
    this.depthInPhonetic = 0;
    this.inText = false;
    return decodeExcelEscapes(this.buffer.take());
  }
}

/** The shared strings, item by item as the part inflates; as many as cells at most. */
function sharedStringsHandler() {
  const items: string[] = [];
  const rich = new RichText();
  let inItem = false;
  const handlers: XmlHandlers = {
    open(name) {
      if (name === "si") {
        if (items.length >= MAX_IMPORT_CELLS) fail(LIMIT_MESSAGES.cells);
        inItem = true;
      } else if (inItem) rich.open(name);
    },
    close(name) {
      if (name === "si") {
        items.push(rich.take());
        inItem = false;
      } else if (inItem) rich.close(name);
    },
    text(text) {
      if (inItem) rich.text(text);
    },
  };
  return { items, handlers };
}

// ---------------------------------------------------------------------------------------------
// The worksheet

interface SheetContext {
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
function sheetHandler(context: SheetContext) {
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
