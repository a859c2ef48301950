import type { DataTable } from "@/lib/exports/data-table";
import type { ExportFormat } from "@/lib/exports/spreadsheet";

/**
 * One chart's table as a download, for the route handler to send as CSV or XLSX: lib/ says what
 * the file holds and how it is named, the edge (app/) answers the HTTP request.
 */
export interface DashboardExport {
  format: ExportFormat;
  /** The file's name without its extension. */
  baseName: string;
  table: DataTable;
}
