import {
  integerColumn,
  rateColumn,
  textColumn,
  type DataCell,
  type DataColumn,
  type DataTable,
} from "@/lib/exports/data-table";
import type { IndicatorAggregate } from "@/lib/inventory/indicator-math";
import type { AcademieChartKey } from "@/lib/dashboards/academie-schemas";
import type {
  AcademieDashboard,
  CoverageFigures,
  DepartementFigures,
} from "@/lib/dashboards/academie-dashboard";
import {
  COLLEGE_CONVENTION_LABELS,
  REFERENCE,
  TOTAL,
  basis,
  coverageRate,
  decimal,
  departementLabel,
  referenceCell,
  round1,
  share,
} from "@/lib/dashboards/academie-tables";

/* The académie dashboard's tables of equipment ratios, per département and per collège. */

type IndicatorCells = (a: IndicatorAggregate | null) => DataCell[];

export function indicatorTable(
  d: AcademieDashboard,
  key: AcademieChartKey,
  title: string,
  sheetName: string,
  columns: DataColumn[],
  cells: IndicatorCells,
  reference: DataCell[],
): DataTable<AcademieChartKey> {
  return {
    key,
    title,
    sheetName,
    columns: [textColumn("Département"), ...columns],
    rows: [
      ...d.departements.map((x) => [departementLabel(x), ...cells(x.indicators)]),
      [TOTAL, ...cells(d.total.indicators)],
      [REFERENCE, ...reference],
    ],
  };
}

export const terminauxCells: IndicatorCells = (a) => [
  a?.colleges ?? 0,
  a?.eleves ?? null,
  a ? a.counts.terminaux : null,
  round1(a?.indicators.terminauxPour100 ?? null),
  round1(a?.indicators.elevesParTerminal ?? null),
];
export const ageCells: IndicatorCells = (a) => [
  a ? a.age.terminauxDates : null,
  a ? a.age.terminauxPlus5Ans : null,
  share(a?.indicators.partPlus5Ans ?? null),
  a ? a.age.terminauxSansDate : null,
];
export const displayCells: IndicatorCells = (a) => [
  a?.eleves ?? null,
  a ? a.counts.affichages : null,
  round1(a?.indicators.affichagesPour1000 ?? null),
  a ? a.counts.videoprojecteurs : null,
  round1(a?.indicators.videoprojecteursPour1000 ?? null),
];

/** Every département's figures in one row: the dashboard's summary table. */
export function departementsTable(d: AcademieDashboard): DataTable<AcademieChartKey> {
  const cells = (
    c: CoverageFigures,
    b: DepartementFigures["backlog"],
    a: IndicatorAggregate | null,
    needs: number,
  ): DataCell[] => [
    c.colleges,
    c.inForce,
    coverageRate(c),
    b.inSignature,
    b.awaitingAcademie,
    round1(a?.indicators.terminauxPour100 ?? null),
    round1(a?.indicators.elevesParTerminal ?? null),
    share(a?.indicators.partPlus5Ans ?? null),
    round1(a?.indicators.affichagesPour1000 ?? null),
    round1(a?.indicators.videoprojecteursPour1000 ?? null),
    needs,
  ];
  return {
    key: "departements",
    title: `Les départements de l'académie côte à côte${basis(d)}`,
    sheetName: "Départements",
    columns: [
      textColumn("Département"),
      integerColumn("Collèges publics ouverts"),
      integerColumn("Convention en vigueur"),
      rateColumn("Couverture"),
      integerColumn("Conventions en signature"),
      integerColumn("Dont en attente de l'académie"),
      decimal("Terminaux pour 100 élèves"),
      decimal("Élèves par terminal"),
      rateColumn("Part des terminaux de plus de 5 ans"),
      decimal("Affichages interactifs pour 1 000 élèves"),
      decimal("Vidéoprojecteurs pour 1 000 élèves"),
      integerColumn("Besoins sans avis de l'académie"),
    ],
    rows: [
      ...d.departements.map((x) => [
        departementLabel(x),
        ...cells(x.coverage, x.backlog, x.indicators, x.needsAwaitingOpinion),
      ]),
      [
        TOTAL,
        ...cells(
          d.total.coverage,
          d.total.backlog,
          d.total.indicators,
          d.total.needsAwaitingOpinion,
        ),
      ],
      [
        REFERENCE,
        null,
        null,
        null,
        null,
        null,
        referenceCell("terminauxPour100"),
        referenceCell("elevesParTerminal"),
        referenceCell("partPlus5Ans"),
        referenceCell("affichagesPour1000"),
        referenceCell("videoprojecteursPour1000"),
        null,
      ],
    ],
  };
}

export function collegesTable(d: AcademieDashboard): DataTable<AcademieChartKey> | null {
  if (!d.drill) return null;
  return {
    key: "colleges",
    title: `Collèges publics de ${departementLabel(d.drill)}${basis(d)}`,
    sheetName: `Collèges ${d.drill.code}`,
    columns: [
      textColumn("UAI"),
      textColumn("Collège"),
      textColumn("Commune"),
      integerColumn("Élèves"),
      integerColumn("Terminaux en service"),
      decimal("Terminaux pour 100 élèves"),
      decimal("Élèves par terminal"),
      rateColumn("Part des terminaux de plus de 5 ans"),
      decimal("Affichages interactifs pour 1 000 élèves"),
      textColumn("Convention tripartite"),
      integerColumn("Besoins sans avis de l'académie"),
    ],
    rows: d.drill.colleges.map((c) => [
      c.uai,
      c.name,
      c.communeName,
      c.eleves,
      c.terminaux,
      round1(c.indicators.terminauxPour100),
      round1(c.indicators.elevesParTerminal),
      share(c.indicators.partPlus5Ans),
      round1(c.indicators.affichagesPour1000),
      COLLEGE_CONVENTION_LABELS[c.convention],
      c.needsAwaitingOpinion,
    ]),
  };
}
