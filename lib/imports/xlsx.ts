import { AppError } from "@/lib/errors";
import { readZip, ZipFormatError, type InflateBudget, type ZipArchive } from "@/lib/exports/zip";
import type { CsvRecord } from "@/lib/imports/csv";
import { LIMIT_MESSAGES, MAX_IMPORT_CELLS, MAX_XLSX_COMPRESSION_RATIO, MAX_XLSX_DECOMPRESSED_BYTES, XLSX_RATIO_GRACE_BYTES } from "@/lib/imports/limits";
import { attributesOf, firstTag, NAMESPACE_PREFIX, section, tagPattern } from "@/lib/imports/xml";
import { createSheetParser, richText, type SheetContext } from "@/lib/imports/xlsx-sheet";

/** The small parts (workbook, relationships, styles) are read whole; none is near this. */
const MAX_SMALL_PART_BYTES = 16 * 1024 * 1024;

/**
 * Reads the first worksheet of an XLSX workbook as a header and records, like parseCsv: text as
 * text, numbers as plain decimals ("749.9"), dates as "YYYY-MM-DD", booleans as "true"/"false".
 * The XML is machine-written and flat: small regexes read the workbook, relationships, styles and
 * shared strings; the sheet itself, millions of tags, is walked with indexOf (see xlsx-sheet.ts).
 *
 * Every part inflates in zlib's thread pool, 64 Ko at a time, counted against the caps of
 * lib/imports/limits.ts (decompressed bytes, compression ratio), and the shared strings and the
 * sheet are parsed chunk by chunk between turns of the event loop (rows, columns and cells capped):
 * a zip bomb is refused after a few megabytes, and other requests are served meanwhile.
 */
export async function readXlsx(bytes: Uint8Array): Promise<{ header: string[]; records: CsvRecord[] }> {
  const zip = openArchive(bytes);
  const budget: InflateBudget = {
    used: 0,
    maxBytes: MAX_XLSX_DECOMPRESSED_BYTES,
    maxRatio: MAX_XLSX_COMPRESSION_RATIO,
    ratioGraceBytes: XLSX_RATIO_GRACE_BYTES,
    messages: { tooLarge: LIMIT_MESSAGES.decompressed, tooCompressed: LIMIT_MESSAGES.ratio },
  };
  const text = (path: string) => textOf(zip, path, budget);
  const workbookPath = await officeDocumentPath(text);
  const workbook = await text(workbookPath);
  if (workbook === undefined) fail("ce fichier n'est pas un classeur Excel (.xlsx).");
  const date1904 = /^(1|true)$/.test(attributesOf(firstTag(workbook, "workbookPr") ?? "").date1904 ?? "");
  const rels = await relationships(text, workbookPath);

  const sheets = [...(section(workbook, "sheets") ?? "").matchAll(tagPattern("sheet"))].map((match) => relId(attributesOf(match[1] ?? "")));
  if (sheets.length === 0) fail("le classeur ne contient aucune feuille.");
  const firstWorksheet = sheets.map((id) => (id ? rels.get(id) : undefined)).find((rel) => rel?.type === "worksheet");
  if (!firstWorksheet) fail("le classeur ne contient aucune feuille de calcul.");
  if (partName(zip, firstWorksheet.path) === undefined) fail(`la feuille « ${firstWorksheet.path} » est absente de l'archive.`);

  const relOfType = (type: string) => [...rels.values()].find((rel) => rel.type === type)?.path;
  const dateStyles = parseDateStyles(await text(relOfType("styles") ?? "xl/styles.xml"));
  const sharedStrings = await readSharedStrings(zip, relOfType("sharedStrings") ?? "xl/sharedStrings.xml", budget);
  const context: SheetContext = { sharedStrings, dateStyles, date1904 };
  const parser = createSheetParser(context);
  await eachText(zip, firstWorksheet.path, budget, (chunk) => parser.push(chunk));
  return parser.end();
}

function fail(reason: string): never {
  throw new AppError("INVALID_INPUT", `Fichier XLSX illisible : ${reason}`);
}

function openArchive(bytes: Uint8Array): ZipArchive {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    fail("c'est un ancien classeur Excel (.xls) ; enregistrez-le au format .xlsx puis recommencez.");
  }
  try {
    return readZip(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) fail(error.reason === "ce n'est pas une archive ZIP." ? "ce fichier n'est pas un classeur Excel (.xlsx)." : error.reason);
    throw error;
  }
}

/** The name a part has in the archive: part names are case-insensitive, whatever the generator wrote. */
function partName(zip: ZipArchive, path: string): string | undefined {
  return zip.has(path) ? path : zip.names.find((candidate) => candidate.toLowerCase() === path.toLowerCase());
}

/**
 * Streams a part's text to `onText`, decoded as it inflates (UTF-8, or UTF-16 after its BOM),
 * with a turn of the event loop after each chunk. False when the part is absent.
 */
async function eachText(zip: ZipArchive, path: string, budget: InflateBudget, onText: (text: string) => void): Promise<boolean> {
  const name = partName(zip, path);
  if (name === undefined) return false;
  let decoder: TextDecoder | null = null;
  try {
    const chunks = zip.stream(name, budget);
    if (!chunks) return false;
    for await (const chunk of chunks) {
      if (decoder === null) {
        const encoding = chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8";
        decoder = new TextDecoder(encoding);
      }
      onText(decoder.decode(chunk, { stream: true }));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    if (error instanceof ZipFormatError) fail(error.reason);
    throw error;
  }
  if (decoder) onText(decoder.decode());
  return true;
}

/** A small part as text (workbook, relationships, styles). */
async function textOf(zip: ZipArchive, path: string, budget: InflateBudget): Promise<string | undefined> {
  const parts: string[] = [];
  let length = 0;
  const found = await eachText(zip, path, budget, (text) => {
    length += text.length;
    if (length > MAX_SMALL_PART_BYTES) fail(`la partie « ${path} » est démesurément longue.`);
    parts.push(text);
  });
  return found ? parts.join("") : undefined;
}

/** The relationship id of a `<sheet>`: the attribute named `id` in the relationships namespace, whatever its prefix. */
function relId(attributes: Record<string, string>): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (/:id$/.test(key)) return value;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Package parts

type PartText = (path: string) => Promise<string | undefined>;

async function officeDocumentPath(text: PartText): Promise<string> {
  const rootRels = await text("_rels/.rels");
  if (rootRels) {
    for (const match of rootRels.matchAll(tagPattern("Relationship"))) {
      const rel = attributesOf(match[1] ?? "");
      if (rel.Type?.endsWith("/officeDocument") && rel.Target && rel.TargetMode !== "External") return resolvePath("", rel.Target);
    }
  }
  return "xl/workbook.xml";
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
  /** Last segment of the relationship type: worksheet, chartsheet, sharedStrings, styles… */
  type: string;
  path: string;
}

async function relationships(text: PartText, partPath: string): Promise<Map<string, Relationship>> {
  const slash = partPath.lastIndexOf("/");
  const dir = slash === -1 ? "" : partPath.slice(0, slash);
  const rels = new Map<string, Relationship>();
  const xml = await text(`${dir ? `${dir}/` : ""}_rels/${partPath.slice(slash + 1)}.rels`);
  if (!xml) return rels;
  for (const match of xml.matchAll(tagPattern("Relationship"))) {
    const rel = attributesOf(match[1] ?? "");
    if (!rel.Id || !rel.Target || rel.TargetMode === "External") continue;
    rels.set(rel.Id, { type: (rel.Type ?? "").split("/").pop() ?? "", path: resolvePath(dir, rel.Target) });
  }
  return rels;
}

const SHARED_STRING_ITEM = new RegExp(`<(${NAMESPACE_PREFIX}si)(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</\\1>)`, "g");

/** The shared strings, read item by item as the part inflates; as many as cells at most. */
async function readSharedStrings(zip: ZipArchive, path: string, budget: InflateBudget): Promise<string[]> {
  const items: string[] = [];
  let pending = "";
  let itemOpen: string | null = null;
  const readItems = (xml: string) => {
    for (const match of xml.matchAll(SHARED_STRING_ITEM)) {
      if (items.length >= MAX_IMPORT_CELLS) fail(LIMIT_MESSAGES.cells);
      items.push(match[2] === undefined ? "" : richText(match[2]));
    }
  };
  await eachText(zip, path, budget, (text) => {
    pending += text;
    if (itemOpen === null) {
      const root = /<([A-Za-z_][\w.-]*:)?sst[\s>]/.exec(pending);
      if (!root) return;
      itemOpen = `<${root[1] ?? ""}si`;
    }
    // Items do not nest: everything before the last <si starts complete items.
    const cut = pending.lastIndexOf(itemOpen);
    if (cut > 0) {
      readItems(pending.slice(0, cut));
      pending = pending.slice(cut);
    }
    if (pending.length > MAX_SMALL_PART_BYTES) fail(`la partie « ${path} » contient un texte démesurément long.`);
  });
  readItems(pending);
  return items;
}

/** Built-in number formats that show dates (and times): 14–22, 27–36, 45–47, 50–58. */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A custom format shows a date when d, m or y appear outside quoted text, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/AM\/PM|A\/P/gi, "");
  if (/^\s*general\s*$/i.test(bare)) return false;
  return /[dmy]/i.test(bare);
}

/** For each cell style index (cellXfs order), whether its number format shows a date. */
function parseDateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const match of (section(xml, "numFmts") ?? "").matchAll(tagPattern("numFmt"))) {
    const attributes = attributesOf(match[1] ?? "");
    custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
  }
  return [...(section(xml, "cellXfs") ?? "").matchAll(tagPattern("xf"))].map((match) => {
    const id = Number(attributesOf(match[1] ?? "").numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id);
  });
}
