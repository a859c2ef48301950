import { PassThrough } from "node:stream";
import { finished } from "node:stream/promises";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { cellValue, columnWidths, uniqueSheetNames, type XlsxCell } from "@/lib/exports/xlsx-cells";

export { sanitiseSheetName, type XlsxCell } from "@/lib/exports/xlsx-cells";

/** One sheet of a workbook: its tab name, header row and rows. */
export interface XlsxSheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
}

/** The styles of body cells, one object per kind of value (never changed: ExcelJS caches by object). */
const TEXT_STYLE: Partial<ExcelJS.Style> = Object.freeze({});
const NUMBER_STYLE: Partial<ExcelJS.Style> = Object.freeze({});
const DATE_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/** The date written in the document properties and on every ZIP entry: none of the export's own. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * An XLSX workbook of one sheet per entry, in order, each like toXlsx's: bold header row, frozen
 * and filterable, columns sized to their content; numbers as numbers, dates as dates. At least one
 * sheet (an empty list gives one empty sheet). The same input gives the same bytes.
 *
 * ExcelJS writes the workbook (its streaming writer: rows are serialised as they are added; texts
 * as shared strings, where Excel and LibreOffice both decode `_x005F_` escapes); fflate then
 * repacks the parts with fixed dates, because ExcelJS's ZIP stamps each entry with the current time.
 */
export async function toXlsxWorkbook(
  sheets: readonly XlsxSheet[],
): Promise<Uint8Array<ArrayBuffer>> {
  const list: readonly XlsxSheet[] =
    sheets.length > 0 ? sheets : [{ name: "Feuille1", header: [], rows: [] }];
  const names = uniqueSheetNames(list.map((sheet) => sheet.name));
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: true,
    useStyles: true,
    // Stored, not deflated: fflate compresses once, below.
    zip: { store: true },
  });
  workbook.creator = "Tripartite";
  workbook.lastModifiedBy = "Tripartite";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const filters = list.map((sheet, i) => writeSheet(workbook, names[i]!, sheet));
  await workbook.commit();
  await finished(output);
  return repack(new Uint8Array(Buffer.concat(chunks)), filters);
}

/** Writes one sheet; returns its filtered range (`'Name'!$A$1:$C$10`), null without a header. */
function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  { header, rows }: XlsxSheet,
): string | null {
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  const widths = columnWidths(header, rows);
  if (widths.length > 0) worksheet.columns = widths.map((width) => ({ width }));
  if (header.length > 0)
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: rows.length + 1, column: header.length },
    };
  const headerRow = worksheet.addRow(header.map((name) => cellValue(name)));
  // The body's font (Calibri 11), in bold: a bare « bold » reads as the theme's heading font in LibreOffice.
  headerRow.font = { bold: true, name: "Calibri", size: 11, family: 2 };
  headerRow.commit();
  for (const row of rows) {
    const added = worksheet.addRow(row.map(cellValue));
    // ExcelJS gives each cell a style object of its own and recognises a style by its object: a
    // shared one per kind of value saves it working out the same style for every cell.
    added.eachCell((cell) => {
      cell.style =
        cell.value instanceof Date
          ? DATE_STYLE
          : typeof cell.value === "number"
            ? NUMBER_STYLE
            : TEXT_STYLE;
    });
    added.commit();
  }
  const lastColumn = header.length > 0 ? worksheet.getColumn(header.length).letter : null;
  worksheet.commit();
  return lastColumn === null
    ? null
    : `'${name.replace(/'/g, "''")}'!$A$1:$${lastColumn}$${rows.length + 1}`;
}

/**
 * Excel's hidden name for each sheet's filtered range (`_xlnm._FilterDatabase`, local to its
 * sheet): LibreOffice shows the filter buttons only when it is there, and ExcelJS cannot write a
 * name local to a sheet. It goes right after `<sheets>`, where the schema puts `<definedNames>`.
 */
function withFilterNames(workbookXml: string, filters: readonly (string | null)[]): string {
  const names = filters
    .map((range, i) =>
      range === null
        ? ""
        : `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${range.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</definedName>`,
    )
    .join("");
  return names === ""
    ? workbookXml
    : workbookXml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
}

/**
 * The same parts in the same order, dated 1980-01-01, the filter names added to the workbook part;
 * the sheets (most of the bytes) at the fastest level.
 */
function repack(zip: Uint8Array, filters: readonly (string | null)[]): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    const part =
      name === "xl/workbook.xml" ? strToU8(withFilterNames(strFromU8(data), filters)) : data;
    files[name] = [part, { level: name.startsWith("xl/worksheets/") ? 1 : 6 }];
  }
  // Local time, as ZIP stores it: the same wall-clock date on every server.
  const mtime = new Date(
    FIXED_DATE.getUTCFullYear(),
    FIXED_DATE.getUTCMonth(),
    FIXED_DATE.getUTCDate(),
  );
  return zipSync(files, { mtime });
}

/**
 * An XLSX workbook of one sheet: bold header row, frozen and filterable; numbers as numbers, dates
 * (their UTC calendar day) as dates, everything else as text. The same input gives the same bytes.
 */
export function toXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly XlsxCell[])[],
): Promise<Uint8Array<ArrayBuffer>> {
  return toXlsxWorkbook([{ name: sheetName, header, rows }]);
}
