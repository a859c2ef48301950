import type { XlsxCell } from "@/lib/exports/xlsx";
import { spreadsheetFile, type ExportFile, type ExportFormat } from "@/lib/exports/spreadsheet";
import { formatCents, formatDecimal, formatInteger } from "@/lib/format";

/*
 * A table of figures defined once for every output: the page's data table, CSV, XLSX and PDF.
 * Cents stay bigint and rates stay 0 to 1 here; each output formats them its own way.
 */

export type DataColumnKind = "text" | "year" | "integer" | "decimal" | "cents" | "rate";
export type DataCell = string | number | bigint | null;

export interface DataColumn {
  header: string;
  kind: DataColumnKind;
}

export interface DataTable<K extends string = string> {
  key: K;
  title: string;
  /** At most 31 characters, no []:*?/\ (an XLSX sheet name). */
  sheetName: string;
  columns: DataColumn[];
  rows: DataCell[][];
}

export const textColumn = (header: string): DataColumn => ({ header, kind: "text" });
export const centsColumn = (header: string): DataColumn => ({ header, kind: "cents" });
export const integerColumn = (header: string): DataColumn => ({ header, kind: "integer" });
export const rateColumn = (header: string): DataColumn => ({ header, kind: "rate" });

/** Part over whole, 0 to 1 (four decimals), null without a whole. */
export function rateOf(part: bigint, whole: bigint): number | null {
  return whole > 0n ? Number((part * 10_000n) / whole) / 10_000 : null;
}

/** Spreadsheet header: amounts in euros, rates in percent. */
export function spreadsheetHeader(t: DataTable): string[] {
  return t.columns.map((c) =>
    c.kind === "cents" ? `${c.header} (€)` : c.kind === "rate" ? `${c.header} (%)` : c.header,
  );
}

/** Spreadsheet rows: euros and percents as numbers, so the sheet can compute with them. */
export function spreadsheetRows(t: DataTable): XlsxCell[][] {
  return t.rows.map((row) =>
    row.map((value, i) => {
      if (value === null) return null;
      const kind = t.columns[i]?.kind;
      if (kind === "cents" && typeof value === "bigint") return Number(value) / 100;
      if (kind === "rate" && typeof value === "number") return Math.round(value * 1000) / 10;
      return typeof value === "bigint" ? Number(value) : value;
    }),
  );
}

/** A cell as people read it: « 1 234,56 € », « 42,5 % », « 1 234 », « 12,3 »; « — » when empty. */
export function formatDataCell(value: DataCell, kind: DataColumnKind): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  switch (kind) {
    case "cents":
      return formatCents(value);
    case "rate":
      return `${formatDecimal(Number(value) * 100)} %`;
    case "integer":
      return formatInteger(Number(value));
    case "decimal":
      return formatDecimal(Number(value));
    default:
      return String(value);
  }
}

/** One table as a CSV or XLSX file named `baseName` (no extension). */
export function dataTableFile(
  format: ExportFormat,
  baseName: string,
  t: DataTable,
): Promise<ExportFile> {
  return spreadsheetFile(format, baseName, spreadsheetHeader(t), spreadsheetRows(t), {
    sheetName: t.sheetName,
  });
}
