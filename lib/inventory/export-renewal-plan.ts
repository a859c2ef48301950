import "server-only";
import { notFound } from "next/navigation";
import { getAccessContext, type ScopeRef } from "@/lib/access/context";
import { exportFormatOf, spreadsheetResponse } from "@/lib/exports/spreadsheet";
import type { XlsxCell } from "@/lib/exports/xlsx";
import { isAppError } from "@/lib/errors";
import { CATEGORY_LABELS, STATUS_LABELS } from "@/lib/inventory/labels";
import {
  getRenewalPlan,
  listRenewalItems,
  type PlanLine,
  type RenewalPlan,
} from "@/lib/inventory/renewal-plan";
import { RENEWAL_REASON_LABELS } from "@/lib/inventory/renewal-rules";

const euros = (cents: number) => cents / 100;

/** The plan's tables as sheets: the same columns as on the page, counts and costs side by side. */
function lineHeader(plan: RenewalPlan): string[] {
  const last = plan.query.years.at(-1)!;
  return [
    ...plan.query.years.flatMap((year) => [`${year} – équipements`, `${year} – coût estimé (€)`]),
    `Total ${plan.query.firstYear}-${last} – équipements`,
    `Total ${plan.query.firstYear}-${last} – coût estimé (€)`,
    `dont en retard (compté en ${plan.query.firstYear}) – équipements`,
    `Au-delà de ${last} – équipements`,
    "Non planifiables – équipements",
  ];
}

function lineCells(line: PlanLine): XlsxCell[] {
  return [
    ...line.perYear.flatMap((cell) => [cell.count, euros(cell.costCents)]),
    line.total.count,
    euros(line.total.costCents),
    line.overdue.count,
    line.beyond.count,
    line.unplannable.count,
  ];
}

function summarySheet(plan: RenewalPlan, by: "colleges" | "categories") {
  if (by === "colleges") {
    return {
      header: ["UAI", "Collège", ...lineHeader(plan)],
      rows: [
        ...plan.byCollege.map((line) => [line.uai, line.name, ...lineCells(line)]),
        ["", "Total", ...lineCells(plan.all)],
      ],
    };
  }
  return {
    header: ["Catégorie", ...lineHeader(plan)],
    rows: [
      ...plan.byCategory.map((line) => [CATEGORY_LABELS[line.category], ...lineCells(line)]),
      ["Total", ...lineCells(plan.all)],
    ],
  };
}

const ITEM_HEADER = [
  "UAI",
  "Collège",
  "Catégorie",
  "Fabricant",
  "Modèle",
  "Numéro de série",
  "Numéro d'inventaire",
  "Date d'acquisition",
  "Fin de garantie",
  "Statut",
  "Année de renouvellement",
  "Motif",
  "En retard",
  "Note de l'agent",
  "Coût estimé (€)",
];

/**
 * GET …/inventaire/plan/export?vue=colleges|categories|liste&format=csv|xlsx&<filtres>: a summary
 * of the plan, or every equipment of the chosen slot (not only one page).
 */
export async function renewalPlanExportResponse(
  request: Request,
  scope: ScopeRef,
): Promise<Response> {
  const ctx = await getAccessContext(scope);
  if (!ctx || !ctx.permissions.has("inventory.read")) notFound();
  const url = new URL(request.url);
  const input = Object.fromEntries(url.searchParams);
  const format = exportFormatOf(url.searchParams);
  const key =
    scope.type === "ETABLISSEMENT"
      ? scope.uai
      : scope.type === "PLATFORM"
        ? "plateforme"
        : scope.code;
  const vue = url.searchParams.get("vue");
  if (vue === "liste") {
    const list = await listRenewalItems(ctx, input, { all: true }).catch((error: unknown) => {
      if (isAppError(error) && error.code === "INVALID_INPUT") return error;
      throw error;
    });
    if (isAppError(list))
      return new Response(list.message, {
        status: 422,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    const rows = list.items.map((item): XlsxCell[] => [
      item.uai,
      item.etablissementName,
      CATEGORY_LABELS[item.category],
      item.manufacturer,
      item.model,
      item.serialNumber,
      item.inventoryNumber,
      item.acquiredOn,
      item.warrantyEndsOn,
      STATUS_LABELS[item.status],
      item.dueYear,
      item.reason ? RENEWAL_REASON_LABELS[item.reason] : "Dates manquantes",
      item.overdue ? "oui" : "non",
      item.renewalNote,
      euros(item.unitCostCents),
    ]);
    return spreadsheetResponse(
      format,
      `plan-renouvellement-${key}-equipements`,
      ITEM_HEADER,
      rows,
      { sheetName: "Équipements" },
    );
  }
  const plan = await getRenewalPlan(ctx, input);
  const by = vue === "categories" ? "categories" : "colleges";
  const sheet = summarySheet(plan, by);
  return spreadsheetResponse(
    format,
    `plan-renouvellement-${key}-${by === "colleges" ? "par-college" : "par-categorie"}-${plan.query.firstYear}`,
    sheet.header,
    sheet.rows,
    { sheetName: by === "colleges" ? "Par collège" : "Par catégorie" },
  );
}
