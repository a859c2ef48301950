import { Readable } from "node:stream";
import { CsvError, parse, type Options } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { AppError } from "@/lib/errors";
import {
  LIMIT_MESSAGES,
  MAX_CSV_RECORD_BYTES,
  MAX_IMPORT_CELLS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
} from "@/lib/imports/limits";

/** A parsed CSV record with the 1-based line number where it starts in the file. */
export interface CsvRecord {
  line: number;
  values: string[];
}

export interface ParsedCsv {
  separator: ";" | ",";
  header: string[];
  records: CsvRecord[];
}

/** Picks `;` or `,` from the header line, counting only separators outside quotes. */
export function detectSeparator(headerLine: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ";") semicolons += 1;
    else if (!quoted && char === ",") commas += 1;
  }
  return commas > semicolons ? "," : ";";
}

function fail(reason: string): never {
  const message = `Fichier CSV illisible : ${reason}`;
  throw new AppError("INVALID_INPUT", message, { file: message });
}

/**
 * csv-parse with the habits of French inventories: a `"` inside an unquoted field is a character
 * (« Dell 24" P2422H », the inch mark), not the start of a quoted field; quoted fields still
 * follow RFC 4180 (doubled quotes, separators and line breaks inside). `raw` gives each record's
 * source text, from which physical line numbers are counted.
 */
function csvOptions(separator: string): Options {
  return {
    delimiter: separator,
    record_delimiter: ["\r\n", "\n", "\r"],
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_CSV_RECORD_BYTES,
    raw: true,
  };
}

const LINE_BREAK = /\r\n|\n|\r/g;

function countLines(text: string): number {
  let count = 0;
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.exec(text) !== null) count += 1;
  return count;
}

/** Leading blank lines of a record's raw text (skipped empty lines are part of it). */
function leadingLines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10) count += 1;
    else if (code === 13) {
      count += 1;
      if (text.charCodeAt(i + 1) === 10) i += 1;
    } else break;
  }
  return count;
}

/** Collects records as they come, with line numbers, and stops at the first cap exceeded. */
class Collector {
  header: string[] | null = null;
  readonly records: CsvRecord[] = [];
  private linesBefore = 0;
  private cells = 0;

  add(record: string[], raw: string): void {
    const line = this.linesBefore + leadingLines(raw) + 1;
    this.linesBefore += countLines(raw);
    if (record.length > MAX_IMPORT_COLUMNS) fail(`ligne ${line} : ${LIMIT_MESSAGES.columns}`);
    this.cells += record.length;
    if (this.cells > MAX_IMPORT_CELLS) fail(LIMIT_MESSAGES.cells);
    if (this.header === null) {
      this.header = record.map((h) => h.trim());
      return;
    }
    if (this.records.length >= MAX_IMPORT_ROWS) fail(LIMIT_MESSAGES.rows);
    this.records.push({ line, values: record });
  }
}

/** csv-parse's errors, in French, with the line where they occur. */
function translate(error: unknown): never {
  if (error instanceof AppError) throw error;
  if (error instanceof CsvError) {
    const line =
      typeof (error as { lines?: unknown }).lines === "number"
        ? ` (ligne ${(error as unknown as { lines: number }).lines})`
        : "";
    switch (error.code) {
      case "CSV_MAX_RECORD_SIZE":
        fail(LIMIT_MESSAGES.record);
      case "CSV_QUOTE_NOT_CLOSED":
        fail(`un champ ouvert par un guillemet n'est jamais refermé${line}.`);
      case "CSV_INVALID_CLOSING_QUOTE":
      case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
        fail(
          `un champ entre guillemets est suivi d'autres caractères${line} : doublez les guillemets à l'intérieur d'un champ entre guillemets.`,
        );
      default:
        fail(`format non reconnu${line}.`);
    }
  }
  throw error;
}

function firstLine(text: string): string {
  const end = text.search(/\r\n|\n|\r/);
  return (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, "");
}

function result(separator: ";" | ",", collector: Collector): ParsedCsv {
  return { separator, header: collector.header ?? [], records: collector.records };
}

/**
 * Parses CSV text in one go (`;` or `,`, CRLF, LF or CR, BOM or not). Blank lines are skipped;
 * line numbers count physical lines so errors can name them. Columns, rows and cells are capped
 * (lib/imports/limits.ts): an absurd file is refused in French, never held in memory whole.
 */
export function parseCsv(text: string): ParsedCsv {
  const separator = detectSeparator(firstLine(text));
  const collector = new Collector();
  try {
    // With `raw`, on_record receives { record, raw }; returning nothing keeps parseSync from building a second copy.
    const onRecord = ({ record, raw }: { record: string[]; raw: string }) =>
      collector.add(record, raw);
    parseSync(text, { ...csvOptions(separator), on_record: onRecord } as unknown as Options<
      string[],
      string[]
    >);
  } catch (error) {
    translate(error);
  }
  return result(separator, collector);
}

const CHUNK_CHARS = 256 * 1024;

/**
 * parseCsv fed 256 K characters at a time with a turn of the event loop between chunks: a 20 Mo
 * file never holds the server for more than a few milliseconds at once, and the caps stop the
 * reading at the first record that exceeds them.
 */
export async function parseCsvAsync(text: string): Promise<ParsedCsv> {
  const separator = detectSeparator(firstLine(text));
  const collector = new Collector();
  async function* chunks() {
    for (let at = 0; at < text.length; at += CHUNK_CHARS) {
      yield text.slice(at, at + CHUNK_CHARS);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  const source = Readable.from(chunks(), { objectMode: false });
  const parser = parse(csvOptions(separator));
  source.pipe(parser);
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>)
      collector.add(record, raw);
  } catch (error) {
    translate(error);
  } finally {
    source.destroy();
    parser.destroy();
  }
  return result(separator, collector);
}

/** Folds a column name for matching across years: no accents, case, spaces or punctuation. */
export function foldColumnName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}
