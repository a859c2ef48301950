import { expect } from "vitest";
import { unzipSync } from "fflate";
import type { AccessContext, ScopeRef } from "@/lib/access/context";
import type { DashboardExport } from "@/lib/dashboards/dashboard-export";
import { dashboardExportResponse } from "@/app/_http/dashboard-export-response";

/** The lines of a CSV export's body, without its BOM (Excel's cue for UTF-8). */
export const csvLines = async (response: Response, separator: string | RegExp = "\r\n") =>
  (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split(separator);

/** The export is downloaded under this file name. */
export const expectAttachment = (response: Response, name: string) =>
  expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${name}"`);

/** The lines of a CSV export, once checked that it is downloaded under this file name. */
export async function csvAttachmentLines(response: Response, name: string): Promise<string[]> {
  expectAttachment(response, name);
  return csvLines(response);
}

/** The export is an XLSX workbook with at least one sheet. */
export async function expectWorkbook(response: Response): Promise<void> {
  expect(response.headers.get("Content-Type")).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  expect(Object.keys(unzipSync(new Uint8Array(await response.arrayBuffer())))).toContain(
    "xl/worksheets/sheet1.xml",
  );
}

/**
 * A space's dashboard export route handler (app/…/tableau-de-bord/export/route.ts) on a fixed
 * day: the response to `url`, for the member signed in, in `scope`.
 */
export const dashboardExportRoute =
  (
    now: Date,
    load: (
      ctx: AccessContext,
      search: URLSearchParams,
      now: Date,
    ) => Promise<DashboardExport | null>,
  ) =>
  (scope: ScopeRef, url: string) =>
    dashboardExportResponse(scope, new Request(url), (ctx, search) => load(ctx, search, now));
