import "server-only";
import { notFound } from "next/navigation";
import { getAccessContext, type AccessContext } from "@/lib/access/context";
import { exportFormatOf } from "@/lib/exports/spreadsheet";
import { toXlsxWorkbook } from "@/lib/exports/xlsx";
import { getEluView } from "@/lib/budgets/elu-view";
import { renderCommissionPdf } from "@/lib/budgets/commission-pdf";
import { dataTableResponse, spreadsheetHeader, spreadsheetRows } from "@/lib/exports/data-table";
import {
  COMMISSION_KEYS,
  ELU_EXPORT_KEYS,
  eluTable,
  type EluTableKey,
} from "@/lib/budgets/elu-tables";

async function readerContext(code: string): Promise<AccessContext> {
  const ctx = await getAccessContext({ type: "COLLECTIVITE", code });
  if (!ctx || !ctx.permissions.has("budget.read")) notFound();
  return ctx;
}

function isExportKey(value: string | null): value is (typeof ELU_EXPORT_KEYS)[number] {
  return (ELU_EXPORT_KEYS as readonly string[]).includes(value ?? "");
}

/** GET /c/[code]/budgets/export?tableau=chapitres|categories|financements|evolution|colleges|ap|campagnes&format=csv|xlsx&exercice=… */
export async function eluTableExportResponse(
  request: Request,
  code: string,
  now: Date = new Date(),
): Promise<Response> {
  const ctx = await readerContext(code);
  const url = new URL(request.url);
  const key = url.searchParams.get("tableau");
  if (!isExportKey(key)) notFound();
  const view = await getEluView(
    ctx,
    { exercice: url.searchParams.get("exercice") ?? undefined },
    now,
  );
  const t = eluTable(view, key);
  return dataTableResponse(
    exportFormatOf(url.searchParams),
    `budget-${key}-${code}-${view.exercice}`,
    t,
  );
}

/** The commission workbook's sheets: the PDF's tables and every collège's € per pupil. */
const WORKBOOK_KEYS: readonly EluTableKey[] = [...COMMISSION_KEYS, "colleges"];

/** GET /c/[code]/budgets/commission?format=pdf|xlsx&exercice=…: the export for the commission. */
export async function commissionExportResponse(
  request: Request,
  code: string,
  now: Date = new Date(),
): Promise<Response> {
  const ctx = await readerContext(code);
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "pdf";
  const view = await getEluView(
    ctx,
    { exercice: url.searchParams.get("exercice") ?? undefined },
    now,
  );
  const baseName = `budget-commission-${code.replace(/[^A-Za-z0-9]+/g, "-")}-${view.exercice}`;
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="${baseName}.${format}"`,
  };
  if (format === "xlsx") {
    const bytes = await toXlsxWorkbook(
      WORKBOOK_KEYS.map((key) => {
        const t = eluTable(view, key);
        return { name: t.sheetName, header: spreadsheetHeader(t), rows: spreadsheetRows(t) };
      }),
    );
    return new Response(bytes, {
      headers: {
        ...headers,
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    });
  }
  const bytes = await renderCommissionPdf(view, now);
  return new Response(new Uint8Array(bytes), {
    headers: { ...headers, "Content-Type": "application/pdf" },
  });
}
