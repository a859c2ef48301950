import {
  integerColumn,
  rateColumn,
  rateOf,
  textColumn,
  type DataCell,
  type DataColumn,
  type DataTable,
} from "@/lib/exports/data-table";
import {
  NATIONAL_REFERENCES,
  type NationalReferenceKey,
} from "@/lib/inventory/national-references";
import { effectifBasis } from "@/lib/inventory/schemas";
import type { AcademieChartKey } from "@/lib/dashboards/academie-schemas";
import type {
  AcademieDashboard,
  CollegeConventionState,
  CoverageFigures,
} from "@/lib/dashboards/academie-dashboard";
import {
  ageCells,
  collegesTable,
  departementsTable,
  displayCells,
  indicatorTable,
  terminauxCells,
} from "@/lib/dashboards/academie-indicator-tables";

/*
 * The académie dashboard's tables, defined once for the CSV/XLSX exports of each chart: counts
 * stay integers, shares 0 to 1, ratios rounded to one decimal as the indicator export does.
 */

export const COLLEGE_CONVENTION_LABELS: Record<CollegeConventionState, string> = {
  EN_VIGUEUR: "En vigueur",
  EN_SIGNATURE_ACADEMIE: "En signature, en attente de l'académie",
  EN_SIGNATURE: "En signature",
  BROUILLON: "En préparation (brouillon)",
  EXPIREE: "Expirée",
  AUCUNE: "Aucune",
};

export const decimal = (header: string): DataColumn => ({ header, kind: "decimal" });
export const round1 = (value: number | null) =>
  value === null ? null : Math.round(value * 10) / 10;
/** IndicatorValues' age share is 0–100; tables carry shares 0 to 1 with four decimals, as rateOf does. */
export const share = (percent: number | null) =>
  percent === null ? null : Math.round(percent * 100) / 10_000;

/** « 33,8 (2018-2019) », the reference row's cell. */
export const referenceCell = (key: NationalReferenceKey) =>
  `${NATIONAL_REFERENCES[key].value} (${NATIONAL_REFERENCES[key].year})`;

export const departementLabel = (d: { code: string; name: string }) => `${d.name} (${d.code})`;

export const coverageRate = (c: CoverageFigures) => rateOf(BigInt(c.inForce), BigInt(c.colleges));

export const TOTAL = "Académie";
/** « (effectifs de la rentrée 2021-2022) » after the title of a table of per-pupil ratios. */
export const basis = (d: AcademieDashboard) => ` (${effectifBasis(d.rentree)})`;
export const REFERENCE = "Référence nationale (enquête ETIC)";

function coverageTable(d: AcademieDashboard): DataTable<AcademieChartKey> {
  const cells = (c: CoverageFigures): DataCell[] => [
    c.colleges,
    c.inForce,
    coverageRate(c),
    c.inSignature,
    c.drafts,
  ];
  return {
    key: "couverture",
    title:
      "Collèges publics ouverts couverts par une convention tripartite en vigueur, par département",
    sheetName: "Couverture",
    columns: [
      textColumn("Département"),
      integerColumn("Collèges publics ouverts"),
      integerColumn("Convention en vigueur"),
      rateColumn("Couverture"),
      integerColumn("Convention en signature"),
      integerColumn("Convention en brouillon"),
    ],
    rows: [
      ...d.departements.map((x) => [departementLabel(x), ...cells(x.coverage)]),
      [TOTAL, ...cells(d.total.coverage)],
    ],
  };
}

function signaturesTable(d: AcademieDashboard): DataTable<AcademieChartKey> {
  const rows: DataCell[][] = d.departements.map((x) => [
    departementLabel(x),
    x.backlog.inSignature,
    x.backlog.awaitingAcademie,
  ]);
  if (d.cadres.inSignature > 0)
    rows.push([
      "Conventions-cadres (sans collège)",
      d.cadres.inSignature,
      d.cadres.awaitingAcademie,
    ]);
  rows.push([TOTAL, d.total.backlog.inSignature, d.total.backlog.awaitingAcademie]);
  return {
    key: "signatures",
    title:
      "Conventions en signature, dont celles qui attendent la signature de l'académie, par département",
    sheetName: "Signatures",
    columns: [
      textColumn("Département"),
      integerColumn("Conventions en signature"),
      integerColumn("Dont en attente de l'académie"),
    ],
    rows,
  };
}

function needsTable(d: AcademieDashboard): DataTable<AcademieChartKey> {
  return {
    key: "besoins",
    title: "Besoins des campagnes ouvertes en attente de l'avis de l'académie, par département",
    sheetName: "Besoins sans avis",
    columns: [textColumn("Département"), integerColumn("Besoins sans avis de l'académie")],
    rows: [
      ...d.departements.map((x) => [departementLabel(x), x.needsAwaitingOpinion]),
      [TOTAL, d.total.needsAwaitingOpinion],
    ],
  };
}

/** One chart's (or the summary's) table; null for the collèges' table without a département. */
export function academieTable(
  d: AcademieDashboard,
  key: AcademieChartKey,
): DataTable<AcademieChartKey> | null {
  switch (key) {
    case "departements":
      return departementsTable(d);
    case "couverture":
      return coverageTable(d);
    case "signatures":
      return signaturesTable(d);
    case "terminaux":
      return indicatorTable(
        d,
        key,
        `Terminaux en service pour 100 élèves et élèves par terminal, par département${basis(d)}`,
        "Terminaux",
        [
          integerColumn("Collèges publics ouverts"),
          integerColumn("Élèves (effectif connu)"),
          integerColumn("Terminaux en service (collèges à effectif connu)"),
          decimal("Terminaux pour 100 élèves"),
          decimal("Élèves par terminal"),
        ],
        terminauxCells,
        [null, null, null, referenceCell("terminauxPour100"), referenceCell("elevesParTerminal")],
      );
    case "anciennete":
      return indicatorTable(
        d,
        key,
        "Part des terminaux de plus de 5 ans, par département",
        "Ancienneté",
        [
          integerColumn("Terminaux datés"),
          integerColumn("Terminaux de plus de 5 ans"),
          rateColumn("Part des terminaux de plus de 5 ans"),
          integerColumn("Terminaux sans date d'acquisition"),
        ],
        ageCells,
        [null, null, referenceCell("partPlus5Ans"), null],
      );
    case "affichages":
      return indicatorTable(
        d,
        key,
        `Affichages interactifs (TNI/TBI, VPI, ENI) et vidéoprojecteurs pour 1 000 élèves, par département${basis(d)}`,
        "Affichages",
        [
          integerColumn("Élèves (effectif connu)"),
          integerColumn("Affichages interactifs"),
          decimal("Affichages interactifs pour 1 000 élèves"),
          integerColumn("Vidéoprojecteurs"),
          decimal("Vidéoprojecteurs pour 1 000 élèves"),
        ],
        displayCells,
        [
          null,
          null,
          referenceCell("affichagesPour1000"),
          null,
          referenceCell("videoprojecteursPour1000"),
        ],
      );
    case "besoins":
      return needsTable(d);
    case "colleges":
      return collegesTable(d);
  }
}
