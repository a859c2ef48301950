import type { CsvRecord } from "@/lib/imports/csv";
import {
  LIMIT_MESSAGES,
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
  directoryOf,
  relationshipsHandler,
  relsPathOf,
  sharedStringsHandler,
  stylesHandler,
  workbookHandler,
} from "@/lib/imports/xlsx-parts";
import { sheetHandler } from "@/lib/imports/xlsx-sheet";
import { fail, xmlSink, type XmlHandlers } from "@/lib/imports/xlsx-xml";

export { isDateFormatCode } from "@/lib/imports/xlsx-values";

/** Where Excel, LibreOffice and most libraries put the workbook's parts. */
const DEFAULT_PARTS = {
  workbook: "xl/workbook.xml",
  styles: "xl/styles.xml",
  sharedStrings: "xl/sharedStrings.xml",
} as const;

/**
 * Reads the first visible worksheet of an XLSX workbook as a header and records, like parseCsv:
 * text as text, numbers as plain decimals ("749.9"), dates as "YYYY-MM-DD", times as "HH:MM"
 * (or "HH:MM:SS"), booleans as "true"/"false".
 *
 * The archive is read by fflate (xlsx-archive.ts), the XML by saxes (xlsx-xml.ts), both streaming: each part is
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
