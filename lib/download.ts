import type { ScopeRef } from "@/lib/access/context";
import type { XlsxCell } from "@/lib/exports/xlsx";

/*
 * What lib hands to a route handler for a download. lib builds no HTTP response: the route
 * handler turns these into one (app/_http/).
 */

/** A list to download as CSV or XLSX (the format the URL asks for): `baseName` has no extension. */
export interface SpreadsheetExport {
  baseName: string;
  sheetName: string;
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
}

/** A file already built (a PDF, a workbook of several sheets). */
export interface DownloadFile {
  /** Safe for a Content-Disposition header: letters, digits, « . », « _ » and « - » only. */
  filename: string;
  contentType: string;
  body: string | Uint8Array<ArrayBuffer>;
}

/** The part of a download's name that says whose it is: the collectivité or académie code, the UAI. */
export function spaceFileKey(scope: ScopeRef): string {
  if (scope.type === "ETABLISSEMENT") return scope.uai;
  return scope.type === "PLATFORM" ? "plateforme" : scope.code;
}
