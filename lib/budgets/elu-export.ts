import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { toXlsxWorkbook } from "@/lib/exports/xlsx";
import { getEluView } from "@/lib/budgets/elu-view";
import { renderCommissionPdf } from "@/lib/budgets/commission-pdf";
import { spreadsheetHeader, spreadsheetRows } from "@/lib/exports/data-table";
import type { DownloadFile, SpreadsheetExport } from "@/lib/download";
import {
  COMMISSION_KEYS,
  ELU_EXPORT_KEYS,
  eluTable,
  type EluTableKey,
} from "@/lib/budgets/elu-tables";

export type EluExportKey = (typeof ELU_EXPORT_KEYS)[number];

export function isEluExportKey(value: string | null): value is EluExportKey {
  return (ELU_EXPORT_KEYS as readonly string[]).includes(value ?? "");
}

/** /c/[code]/budgets/export?tableau=chapitres|categories|financements|evolution|colleges|ap|campagnes&format=csv|xlsx&exercice=… */
export async function eluTableExport(
  ctx: AccessContext,
  key: EluExportKey,
  input: { exercice?: string; code: string },
  now: Date = new Date(),
): Promise<SpreadsheetExport> {
  const view = await getEluView(ctx, { exercice: input.exercice }, now);
  const t = eluTable(view, key);
  return {
    baseName: `budget-${key}-${input.code}-${view.exercice}`,
    sheetName: t.sheetName,
    header: spreadsheetHeader(t),
    rows: spreadsheetRows(t),
  };
}

/** The commission workbook's sheets: the PDF's tables and every collège's € per pupil. */
const WORKBOOK_KEYS: readonly EluTableKey[] = [...COMMISSION_KEYS, "colleges"];

/** /c/[code]/budgets/commission?format=pdf|xlsx&exercice=…: the export for the commission. */
export async function commissionExport(
  ctx: AccessContext,
  format: "pdf" | "xlsx",
  input: { exercice?: string; code: string },
  now: Date = new Date(),
): Promise<DownloadFile> {
  const view = await getEluView(ctx, { exercice: input.exercice }, now);
  const baseName = `budget-commission-${input.code.replace(/[^A-Za-z0-9]+/g, "-")}-${view.exercice}`;
  if (format === "xlsx") {
    const bytes = await toXlsxWorkbook(
      WORKBOOK_KEYS.map((key) => {
        const t = eluTable(view, key);
        return { name: t.sheetName, header: spreadsheetHeader(t), rows: spreadsheetRows(t) };
      }),
    );
    return {
      filename: `${baseName}.xlsx`,
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      body: bytes,
    };
  }
  const bytes = await renderCommissionPdf(view, now);
  return {
    filename: `${baseName}.pdf`,
    contentType: "application/pdf",
    body: new Uint8Array(bytes),
  };
}
