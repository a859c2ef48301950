import "server-only";
import type { AccessContext } from "@/lib/access/context";
import type { SpreadsheetExport } from "@/lib/download";
import type { XlsxCell } from "@/lib/exports/xlsx";
import { listAllBudgetLines, type BudgetLineItem } from "@/lib/budgets/list-budget-lines";
import {
  BUDGET_CATEGORY_LABELS,
  BUDGET_FUNDING_LABELS,
  M57_NATURES,
  SECTION_LABELS,
} from "@/lib/budgets/labels";

export const BUDGET_LINE_EXPORT_HEADER = [
  "Exercice",
  "Section",
  "Chapitre",
  "Fonction",
  "Nature",
  "Libellé de la nature",
  "Libellé",
  "Catégorie",
  "Financement",
  "AP / AE",
  "Budget primitif (€)",
  "Décisions modificatives (€)",
  "Voté (€)",
  "Engagé (€)",
  "Mandaté (€)",
  "Taux d'exécution (%)",
];

const euros = (cents: bigint) => Number(cents) / 100;

function row(line: BudgetLineItem): XlsxCell[] {
  return [
    line.exercice,
    SECTION_LABELS[line.section],
    line.chapitre,
    line.fonction,
    line.nature,
    M57_NATURES[line.nature] ?? "",
    line.label,
    BUDGET_CATEGORY_LABELS[line.category],
    BUDGET_FUNDING_LABELS[line.funding],
    line.autorisation?.numero ?? "",
    euros(line.bp),
    euros(line.dm),
    euros(line.voted),
    euros(line.engaged),
    euros(line.mandated),
    line.executionRate === null ? null : Math.round(line.executionRate * 1000) / 10,
  ];
}

/** /c/[code]/budgets/lignes/export?format=csv|xlsx&exercice=…&<filtres>: every line of the filter. */
export async function exportBudgetLines(
  ctx: AccessContext,
  input: Record<string, string>,
  code: string,
): Promise<SpreadsheetExport> {
  const { items, query } = await listAllBudgetLines(ctx, input);
  return {
    baseName: `budget-${code}-${query.exercice}`,
    sheetName: `Budget ${query.exercice}`,
    header: BUDGET_LINE_EXPORT_HEADER,
    rows: items.map(row),
  };
}
