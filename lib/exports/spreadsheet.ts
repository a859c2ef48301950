import { toCsv } from "@/lib/exports/csv";
import { toXlsx, type XlsxCell } from "@/lib/exports/xlsx";

export type ExportFormat = "csv" | "xlsx";

/** `?format=xlsx` asks for a workbook; anything else, or nothing, for CSV. */
export function exportFormatOf(search: URLSearchParams): ExportFormat {
  return search.get("format") === "xlsx" ? "xlsx" : "csv";
}

/**
 * A list as a download, in the format asked: CSV for French spreadsheets (see toCsv) or an XLSX
 * workbook of one sheet, numbers as numbers and dates as dates. `baseName` has no extension.
 */
export function spreadsheetResponse(
  format: ExportFormat,
  baseName: string,
  header: readonly string[],
  rows: readonly (readonly XlsxCell[])[],
  options: { sheetName?: string } = {},
): Response {
  const safeName = baseName.replace(/[^A-Za-z0-9._-]+/g, "-");
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="${safeName}.${format}"`,
  };
  if (format === "csv")
    return new Response(toCsv(header, rows), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  const bytes = toXlsx(options.sheetName ?? "Export", header, rows);
  return new Response(bytes, {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  });
}
