import { AppError } from "@/lib/errors";
import { readZip, ZipFormatError, type ZipArchive } from "@/lib/exports/zip";
import type { CsvRecord } from "@/lib/imports/csv";
import { attributesOf, firstTag, NAMESPACE_PREFIX, section, tagPattern } from "@/lib/imports/xml";
import { parseSheet, richText } from "@/lib/imports/xlsx-sheet";

/**
 * Reads the first worksheet of an XLSX workbook as a header and records, like parseCsv: text as
 * text, numbers as plain decimals ("749.9"), dates as "YYYY-MM-DD", booleans as "true"/"false".
 * The XML is machine-written and flat: small regexes read the workbook, relationships, styles and
 * shared strings; the sheet itself, millions of tags, is walked with indexOf (see parseSheet).
 */
export function readXlsx(bytes: Uint8Array): { header: string[]; records: CsvRecord[] } {
  const zip = openArchive(bytes);
  const workbookPath = officeDocumentPath(zip);
  const workbook = textOf(zip, workbookPath);
  if (workbook === undefined) fail("ce fichier n'est pas un classeur Excel (.xlsx).");
  const date1904 = /^(1|true)$/.test(attributesOf(firstTag(workbook, "workbookPr") ?? "").date1904 ?? "");
  const rels = relationships(zip, workbookPath);

  const sheets = [...(section(workbook, "sheets") ?? "").matchAll(tagPattern("sheet"))].map((match) => relId(attributesOf(match[1] ?? "")));
  if (sheets.length === 0) fail("le classeur ne contient aucune feuille.");
  const firstWorksheet = sheets.map((id) => (id ? rels.get(id) : undefined)).find((rel) => rel?.type === "worksheet");
  if (!firstWorksheet) fail("le classeur ne contient aucune feuille de calcul.");
  const sheetXml = textOf(zip, firstWorksheet.path);
  if (sheetXml === undefined) fail(`la feuille « ${firstWorksheet.path} » est absente de l'archive.`);

  const relOfType = (type: string) => [...rels.values()].find((rel) => rel.type === type)?.path;
  const sharedStrings = parseSharedStrings(textOf(zip, relOfType("sharedStrings") ?? "xl/sharedStrings.xml"));
  const dateStyles = parseDateStyles(textOf(zip, relOfType("styles") ?? "xl/styles.xml"));
  return parseSheet(sheetXml, { sharedStrings, dateStyles, date1904 });
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

/** A part as text; part names are case-insensitive in a package, whatever the generator wrote. */
function textOf(zip: ZipArchive, path: string): string | undefined {
  let bytes: Uint8Array | undefined;
  const name = zip.has(path) ? path : zip.names.find((candidate) => candidate.toLowerCase() === path.toLowerCase());
  if (name === undefined) return undefined;
  try {
    bytes = zip.read(name);
  } catch (error) {
    if (error instanceof ZipFormatError) fail(error.reason);
    throw error;
  }
  if (!bytes) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/** The relationship id of a `<sheet>`: the attribute named `id` in the relationships namespace, whatever its prefix. */
function relId(attributes: Record<string, string>): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (/:id$/.test(key)) return value;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Package parts

function officeDocumentPath(zip: ZipArchive): string {
  const rootRels = textOf(zip, "_rels/.rels");
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

function relationships(zip: ZipArchive, partPath: string): Map<string, Relationship> {
  const slash = partPath.lastIndexOf("/");
  const dir = slash === -1 ? "" : partPath.slice(0, slash);
  const rels = new Map<string, Relationship>();
  const xml = textOf(zip, `${dir ? `${dir}/` : ""}_rels/${partPath.slice(slash + 1)}.rels`);
  if (!xml) return rels;
  for (const match of xml.matchAll(tagPattern("Relationship"))) {
    const rel = attributesOf(match[1] ?? "");
    if (!rel.Id || !rel.Target || rel.TargetMode === "External") continue;
    rels.set(rel.Id, { type: (rel.Type ?? "").split("/").pop() ?? "", path: resolvePath(dir, rel.Target) });
  }
  return rels;
}

function parseSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const items: string[] = [];
  const item = new RegExp(`<(${NAMESPACE_PREFIX}si)(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</\\1>)`, "g");
  for (const match of xml.matchAll(item)) items.push(match[2] === undefined ? "" : richText(match[2]));
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
