import "server-only";
import { notFound } from "next/navigation";
import { exportBudgetLines } from "@/lib/budgets/export-budget-lines";
import {
  collectiviteAllocationsExport,
  etablissementAllocationsExport,
} from "@/lib/budgets/allocation-export";
import { commissionExport, eluTableExport, isEluExportKey } from "@/lib/budgets/elu-export";
import { getRouteAccessContext } from "@/app/_server/route-context";
import { downloadResponse, spreadsheetExportResponse } from "@/app/_http/download";

const collectivite = (code: string) => ({ type: "COLLECTIVITE" as const, code });

/** GET /c/[code]/budgets/lignes/export?format=csv|xlsx&exercice=…&<filtres>. */
export async function budgetLinesExportResponse(request: Request, code: string) {
  const ctx = await getRouteAccessContext(collectivite(code), "budget.read");
  const url = new URL(request.url);
  const input = Object.fromEntries(url.searchParams);
  return spreadsheetExportResponse(url.searchParams, await exportBudgetLines(ctx, input, code));
}

/** GET /c/[code]/budgets/dotations/export?format=csv|xlsx&exercice=…[&vue=attributions]. */
export async function collectiviteAllocationsExportResponse(request: Request, code: string) {
  const ctx = await getRouteAccessContext(collectivite(code), "budget.read", "allocation.read");
  const url = new URL(request.url);
  const input = Object.fromEntries(url.searchParams);
  const list = url.searchParams.get("vue") === "attributions";
  const sheet = await collectiviteAllocationsExport(ctx, input, code, list);
  return spreadsheetExportResponse(url.searchParams, sheet);
}

/** GET /e/[uai]/dotations/export?format=csv|xlsx&exercice=…: the collège's own allocations. */
export async function etablissementAllocationsExportResponse(request: Request, uai: string) {
  const ctx = await getRouteAccessContext({ type: "ETABLISSEMENT", uai }, "allocation.read");
  const url = new URL(request.url);
  const input = Object.fromEntries(url.searchParams);
  const sheet = await etablissementAllocationsExport(ctx, input, uai);
  return spreadsheetExportResponse(url.searchParams, sheet);
}

/** GET /c/[code]/budgets/export?tableau=…&format=csv|xlsx&exercice=…: one table of the élus' view. */
export async function eluTableExportResponse(request: Request, code: string, now = new Date()) {
  const ctx = await getRouteAccessContext(collectivite(code), "budget.read");
  const url = new URL(request.url);
  const key = url.searchParams.get("tableau");
  if (!isEluExportKey(key)) notFound();
  const exercice = url.searchParams.get("exercice") ?? undefined;
  const sheet = await eluTableExport(ctx, key, { exercice, code }, now);
  return spreadsheetExportResponse(url.searchParams, sheet);
}

/** GET /c/[code]/budgets/commission?format=pdf|xlsx&exercice=…: the export for the commission. */
export async function commissionExportResponse(request: Request, code: string, now = new Date()) {
  const ctx = await getRouteAccessContext(collectivite(code), "budget.read");
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "pdf";
  const exercice = url.searchParams.get("exercice") ?? undefined;
  return downloadResponse(await commissionExport(ctx, format, { exercice, code }, now));
}
