import { rateOf, type DataTable } from "@/lib/exports/data-table";
import type { IndicatorValues } from "@/lib/inventory/indicator-math";
import type { IndicatorAggregate } from "@/lib/inventory/indicator-math";
import type { NationalReference, NationalReferenceKey } from "@/lib/inventory/national-references";
import { GAP_TARGET_LABELS, type GapLine, type GapResult } from "@/lib/inventory/gaps";
import { ALLOCATION_KIND_LABELS, ALLOCATION_KINDS } from "@/lib/budgets/labels";
import type { AmountsByKind } from "@/lib/budgets/allocations-per-pupil";
import { type MatrixRow } from "@/lib/conventions/content";
import {
  MATRIX_HOLDER_LABELS,
  MATRIX_HOLDERS,
  type MatrixHolder,
} from "@/lib/conventions/vocabulary";
import type { EtablissementExportKey } from "@/lib/dashboards/etablissement-schemas";
import { referenceNumber } from "@/lib/dashboards/reference-number";

/*
 * The collège dashboard's figures as the charts and the exports read them, from the data the
 * dashboard loaded: one pure function per chart, so the page, its data tables and the CSV/XLSX
 * downloads show the same numbers.
 */

export type EtablissementTable = DataTable<EtablissementExportKey>;

/** What the indicator charts need from getEtablissementIndicators. */
export interface IndicatorsInput {
  college: {
    name: string;
    terminaux: number;
    terminauxDates: number;
    terminauxPlus5Ans: number;
    indicators: IndicatorValues;
  };
  collectivite: { name: string; aggregate: Pick<IndicatorAggregate, "age" | "indicators"> };
  references: Record<NationalReferenceKey, NationalReference>;
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export interface ComparisonLine {
  key: string;
  label: string;
  college: number | null;
  average: number | null;
  reference: number | null;
  /** The year of the national reference, « — » when there is none. */
  referenceYear: string | null;
}

interface PerThousand {
  key: string;
  label: string;
  /** Per 1 000 pupils, from the ETIC values (terminals are counted per 100). */
  value: (i: IndicatorValues) => number | null;
  reference: NationalReferenceKey | null;
  referenceFactor: number;
}

const PER_THOUSAND: readonly PerThousand[] = [
  {
    key: "terminaux",
    label: "Terminaux",
    value: (i) => (i.terminauxPour100 === null ? null : i.terminauxPour100 * 10),
    reference: "terminauxPour100",
    referenceFactor: 10,
  },
  {
    key: "affichages",
    label: "Affichages interactifs (TNI/TBI, VPI, ENI)",
    value: (i) => i.affichagesPour1000,
    reference: "affichagesPour1000",
    referenceFactor: 1,
  },
  {
    key: "videoprojecteurs",
    label: "Vidéoprojecteurs",
    value: (i) => i.videoprojecteursPour1000,
    reference: "videoprojecteursPour1000",
    referenceFactor: 1,
  },
  {
    key: "classesMobiles",
    label: "Classes mobiles",
    value: (i) => i.classesMobilesPour1000,
    reference: null,
    referenceFactor: 1,
  },
];

/**
 * Equipment per 1 000 pupils of the collège, of its collectivité (weighted by pupils) and the
 * national reference, on one scale: terminals per 100 pupils read ×10 (33,8 → 338).
 */
export function equipmentComparison(data: IndicatorsInput): ComparisonLine[] {
  return PER_THOUSAND.map((line) => {
    const reference = line.reference ? data.references[line.reference] : undefined;
    const value = referenceNumber(reference);
    return {
      key: line.key,
      label: line.label,
      college: oneDecimal(line.value(data.college.indicators)),
      average: oneDecimal(line.value(data.collectivite.aggregate.indicators)),
      reference: value === null ? null : oneDecimal(value * line.referenceFactor),
      referenceYear: reference && value !== null ? reference.year : null,
    };
  });
}

export interface AgeLine {
  key: "college" | "moyenne" | "reference";
  label: string;
  /** Share of the dated terminals acquired more than 5 years ago, 0 to 1. */
  share: number | null;
  dated: number | null;
  old: number | null;
  undated: number | null;
}

const shareOf = (percent: number | null) =>
  percent === null ? null : Math.round(percent * 100) / 10_000;

/** The share of terminals older than 5 years: the collège, its collectivité and the national reference. */
export function ageComparison(data: IndicatorsInput): AgeLine[] {
  const { college, collectivite, references } = data;
  const reference = referenceNumber(references.partPlus5Ans);
  const age = collectivite.aggregate.age;
  return [
    {
      key: "college",
      label: college.name,
      share: shareOf(college.indicators.partPlus5Ans),
      dated: college.terminauxDates,
      old: college.terminauxPlus5Ans,
      undated: college.terminaux - college.terminauxDates,
    },
    {
      key: "moyenne",
      label: `Moyenne : ${collectivite.name}`,
      share: shareOf(collectivite.aggregate.indicators.partPlus5Ans),
      dated: age.terminauxDates,
      old: age.terminauxPlus5Ans,
      undated: age.terminauxSansDate,
    },
    {
      key: "reference",
      label: `Référence nationale (${references.partPlus5Ans.year})`,
      share: shareOf(reference),
      dated: null,
      old: null,
      undated: null,
    },
  ];
}

export type ReferentialLine = GapLine & { label: string };

/** Each target of the référentiel: required for the collège's pupils, in service, missing, beyond. */
export function referentialLines(gaps: GapResult | null): ReferentialLine[] {
  if (!gaps) return [];
  return Object.values(gaps.lines).map((line) => ({
    ...line,
    label: GAP_TARGET_LABELS[line.target],
  }));
}

export interface AllocationLine {
  key: string;
  label: string;
  cents: bigint;
  /** Share of the exercice's total, 0 to 1. */
  share: number | null;
}

/** The exercice's allocations by kind, with each kind's share of the total. */
export function allocationLines(figures: {
  totalCents: bigint;
  byKind: AmountsByKind;
}): AllocationLine[] {
  return ALLOCATION_KINDS.map((kind) => ({
    key: kind,
    label: ALLOCATION_KIND_LABELS[kind],
    cents: figures.byKind[kind],
    share: rateOf(figures.byKind[kind], figures.totalCents),
  }));
}

export interface MatrixGroup {
  holder: MatrixHolder;
  label: string;
  rows: MatrixRow[];
}

/** The responsibility matrix grouped by who holds each domain, in the matrix's order within a group. */
export function matrixByHolder(matrix: readonly MatrixRow[]): MatrixGroup[] {
  return MATRIX_HOLDERS.map((holder) => ({
    holder,
    label: MATRIX_HOLDER_LABELS[holder],
    rows: matrix.filter((r) => r.holder === holder),
  })).filter((g) => g.rows.length > 0);
}
