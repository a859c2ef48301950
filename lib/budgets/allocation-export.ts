import "server-only";
import type { AccessContext } from "@/lib/access/context";
import type { XlsxCell } from "@/lib/exports/xlsx";
import type { SpreadsheetExport } from "@/lib/download";
import { ALLOCATION_KIND_LABELS, ALLOCATION_KINDS, M57_NATURES } from "@/lib/budgets/labels";
import { resolveDotationsQuery } from "@/lib/budgets/allocation-exercices";
import {
  getEtablissementAllocations,
  listAllocationsPerCollege,
} from "@/lib/budgets/allocations-per-pupil";
import { listAllocations } from "@/lib/budgets/list-allocations";

interface Sheet {
  exercice: number;
  name: string;
  header: string[];
  rows: XlsxCell[][];
}

const euros = (cents: bigint | null) => (cents === null ? null : Number(cents) / 100);
const natureOf = (nature: string) =>
  M57_NATURES[nature] ? `${nature} – ${M57_NATURES[nature]}` : nature;

/** The per-collège table of one exercice, every row, filtered and sorted like the page. */
export async function allocationsPerCollegeSheet(
  ctx: AccessContext,
  input: unknown,
): Promise<Sheet> {
  const { query } = await resolveDotationsQuery(ctx, input);
  const data = await listAllocationsPerCollege(ctx, query, { all: true });
  const header = [
    "Exercice",
    "UAI",
    "Collège",
    "Commune",
    "Élèves",
    "Rentrée de l'effectif",
    "Source de l'effectif",
    ...ALLOCATION_KINDS.map((kind) => `${ALLOCATION_KIND_LABELS[kind]} (€)`),
    "Total attribué (€)",
    "Euros par élève",
  ];
  const rows: XlsxCell[][] = data.items.map((r) => [
    query.exercice,
    r.uai,
    r.name,
    r.communeName,
    r.effectif?.total ?? null,
    r.effectif?.rentree ?? null,
    r.effectif?.source ?? null,
    ...ALLOCATION_KINDS.map((kind) => euros(r.byKind[kind])),
    euros(r.totalCents),
    euros(r.perPupilCents),
  ]);
  rows.push([
    query.exercice,
    null,
    "Ensemble de la collectivité",
    null,
    data.totals.eleves,
    null,
    null,
    ...ALLOCATION_KINDS.map((kind) => euros(data.totals.byKind[kind])),
    euros(data.totals.totalCents),
    euros(data.totals.perPupilCents),
  ]);
  return { exercice: query.exercice, name: "Par collège", header, rows };
}

/** The allocation list of one exercice (of one collège when the URL says so), every row. */
export async function allocationListSheet(ctx: AccessContext, input: unknown): Promise<Sheet> {
  const { query } = await resolveDotationsQuery(ctx, input);
  const data = await listAllocations(ctx, query, { all: true });
  const header = [
    "Exercice",
    "UAI",
    "Collège",
    "Type",
    "Libellé",
    "Montant (€)",
    "Chapitre",
    "Nature",
    "Ligne budgétaire",
    "Saisie le",
  ];
  const rows: XlsxCell[][] = data.items.map((a) => [
    a.exercice,
    a.etablissement.uai,
    a.etablissement.name,
    ALLOCATION_KIND_LABELS[a.kind],
    a.label,
    euros(a.amountCents),
    a.budgetLine?.chapitre ?? null,
    a.budgetLine ? natureOf(a.budgetLine.nature) : null,
    a.budgetLine?.label ?? null,
    a.createdAt,
  ]);
  return { exercice: query.exercice, name: "Attributions", header, rows };
}

/** A collège's own allocations of one exercice, with its total and €/élève. */
export async function etablissementAllocationSheet(
  ctx: AccessContext,
  input: unknown,
): Promise<Sheet> {
  const { query } = await resolveDotationsQuery(ctx, input);
  const { figures, items } = await getEtablissementAllocations(ctx, query);
  const header = ["Exercice", "Type", "Libellé", "Montant (€)", "Chapitre", "Nature", "Saisie le"];
  const rows: XlsxCell[][] = items.map((a) => [
    a.exercice,
    ALLOCATION_KIND_LABELS[a.kind],
    a.label,
    euros(a.amountCents),
    a.budgetLine?.chapitre ?? null,
    a.budgetLine ? natureOf(a.budgetLine.nature) : null,
    a.createdAt,
  ]);
  rows.push([query.exercice, null, "Total attribué", euros(figures.totalCents), null, null, null]);
  rows.push([
    query.exercice,
    null,
    `Euros par élève (${figures.effectif ? `${figures.effectif.total} élèves, rentrée ${figures.effectif.rentree}` : "effectif inconnu"})`,
    euros(figures.perPupilCents),
    null,
    null,
    null,
  ]);
  return { exercice: query.exercice, name: "Dotations", header, rows };
}

/** /c/[code]/budgets/dotations/export?format=csv|xlsx&exercice=…[&vue=attributions]. */
export async function collectiviteAllocationsExport(
  ctx: AccessContext,
  input: Record<string, string>,
  code: string,
  list: boolean,
): Promise<SpreadsheetExport> {
  const sheet = list
    ? await allocationListSheet(ctx, input)
    : await allocationsPerCollegeSheet(ctx, input);
  return asExport(`${list ? "attributions" : "dotations-par-college"}-${code}`, sheet);
}

/** /e/[uai]/dotations/export?format=csv|xlsx&exercice=…: the collège's own allocations. */
export async function etablissementAllocationsExport(
  ctx: AccessContext,
  input: Record<string, string>,
  uai: string,
): Promise<SpreadsheetExport> {
  return asExport(`dotations-${uai.toUpperCase()}`, await etablissementAllocationSheet(ctx, input));
}

function asExport(name: string, sheet: Sheet): SpreadsheetExport {
  return {
    baseName: `${name}-${sheet.exercice}`,
    sheetName: sheet.name,
    header: sheet.header,
    rows: sheet.rows,
  };
}
