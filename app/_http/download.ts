import { exportFormatOf, spreadsheetFile } from "@/lib/exports/spreadsheet";
import { dataTableFile, type DataTable } from "@/lib/exports/data-table";
import type { ExportFormat } from "@/lib/exports/spreadsheet";
import type { DownloadFile, SpreadsheetExport } from "@/lib/download";

/** A list built by lib, as the CSV or XLSX download the URL asks for (`?format=`). */
export async function spreadsheetExportResponse(
  search: URLSearchParams,
  sheet: SpreadsheetExport,
): Promise<Response> {
  const file = await spreadsheetFile(
    exportFormatOf(search),
    sheet.baseName,
    sheet.header,
    sheet.rows,
    { sheetName: sheet.sheetName },
  );
  return downloadResponse(file);
}

/** One table of figures (a chart's data) as a CSV or XLSX download named `baseName`. */
export async function dataTableResponse(
  format: ExportFormat,
  baseName: string,
  table: DataTable,
): Promise<Response> {
  return downloadResponse(await dataTableFile(format, baseName, table));
}

/** A file built by lib: saved under its name (or shown, for a PDF opened `inline`), never cached. */
export function downloadResponse(
  { filename, contentType, body }: DownloadFile,
  options: { inline?: boolean; cacheControl?: string } = {},
): Response {
  return new Response(body, {
    headers: {
      "Cache-Control": options.cacheControl ?? "no-store",
      "Content-Disposition": `${options.inline ? "inline" : "attachment"}; filename="${filename}"`,
      "Content-Type": contentType,
    },
  });
}

/** A short French message as plain text (a 404 of a download, a 422 on a wrong filter). */
export function textResponse(message: string, status: number): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** Letters, digits, « . », « _ » and « - »: what a Content-Disposition header carries safely. */
export const safeDownloadName = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .slice(0, 120) || "piece-jointe";

/**
 * A file a member stored (an incident's, a dossier's, a meeting's): under its cleaned name, never
 * cached; shown in the browser unless `inline` is false (a workbook downloads).
 */
export function storedFileResponse(
  file: { fileName: string; contentType: string; data: Uint8Array },
  inline = true,
): Response {
  return downloadResponse(
    {
      filename: safeDownloadName(file.fileName),
      contentType: file.contentType,
      body: new Uint8Array(file.data),
    },
    { inline, cacheControl: "private, no-store" },
  );
}
