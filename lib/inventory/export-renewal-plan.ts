import "server-only";
import type { AccessContext, ScopeRef } from "@/lib/access/context";
import type { XlsxCell } from "@/lib/exports/xlsx";
import { spaceFileKey, type SpreadsheetExport } from "@/lib/download";
import { CATEGORY_LABELS, STATUS_LABELS } from "@/lib/inventory/labels";
import { getRenewalPlan, type PlanLine, type RenewalPlan } from "@/lib/inventory/renewal-plan";
import { listRenewalItems } from "@/lib/inventory/renewal-items";
import { RENEWAL_REASON_LABELS } from "@/lib/inventory/renewal-rules";
import { EQUIPMENT_DESCRIPTION_HEADER } from "@/lib/inventory/export-columns";

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
  ...EQUIPMENT_DESCRIPTION_HEADER,
  "Année de renouvellement",
  "Motif",
  "En retard",
  "Note de l'agent",
  "Coût estimé (€)",
];

/** …/inventaire/plan/export?vue=liste&<filtres>: every equipment of the chosen slot (not only one page). */
export async function renewalItemsExport(
  ctx: AccessContext,
  input: Record<string, string>,
  scope: ScopeRef,
): Promise<SpreadsheetExport> {
  const list = await listRenewalItems(ctx, input, { all: true });
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
  return {
    baseName: `plan-renouvellement-${spaceFileKey(scope)}-equipements`,
    sheetName: "Équipements",
    header: ITEM_HEADER,
    rows,
  };
}

/** …/inventaire/plan/export?vue=colleges|categories&<filtres>: a summary of the plan. */
export async function renewalSummaryExport(
  ctx: AccessContext,
  input: Record<string, string>,
  scope: ScopeRef,
  by: "colleges" | "categories",
): Promise<SpreadsheetExport> {
  const plan = await getRenewalPlan(ctx, input);
  const sheet = summarySheet(plan, by);
  return {
    baseName: `plan-renouvellement-${spaceFileKey(scope)}-${by === "colleges" ? "par-college" : "par-categorie"}-${plan.query.firstYear}`,
    sheetName: by === "colleges" ? "Par collège" : "Par catégorie",
    header: sheet.header,
    rows: sheet.rows,
  };
}
