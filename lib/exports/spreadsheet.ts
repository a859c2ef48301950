import type { DownloadFile } from "@/lib/download";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx, type XlsxCell } from "@/lib/exports/xlsx";

export type ExportFormat = "csv" | "xlsx";

/** A file to download, as lib builds it; the route handler turns it into an HTTP response. */
export type ExportFile = DownloadFile;

export const XLSX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `?format=xlsx` asks for a workbook; anything else, or nothing, for CSV. */
export function exportFormatOf(search: URLSearchParams): ExportFormat {
  return search.get("format") === "xlsx" ? "xlsx" : "csv";
}

/** A base name (no extension) made safe for a download header. */
export function safeFileName(baseName: string): string {
  return baseName.replace(/[^A-Za-z0-9._-]+/g, "-");
}

/**
 * A list as a file, in the format asked: CSV for French spreadsheets (see toCsv) or an XLSX
 * workbook of one sheet, numbers as numbers and dates as dates. `baseName` has no extension.
 */
export async function spreadsheetFile(
  format: ExportFormat,
  baseName: string,
  header: readonly string[],
  rows: readonly (readonly XlsxCell[])[],
  options: { sheetName?: string } = {},
): Promise<ExportFile> {
  const filename = `${safeFileName(baseName)}.${format}`;
  if (format === "csv")
    return { filename, contentType: "text/csv; charset=utf-8", body: toCsv(header, rows) };
  const body = await toXlsx(options.sheetName ?? "Export", header, rows);
  return { filename, contentType: XLSX_CONTENT_TYPE, body };
}
