import {
  centsColumn,
  integerColumn,
  rateColumn,
  textColumn,
  type DataColumn,
} from "@/lib/exports/data-table";
import { type GapResult } from "@/lib/inventory/gaps";
import type { AmountsByKind } from "@/lib/budgets/allocations-per-pupil";
import { type MatrixRow } from "@/lib/conventions/content";
import {
  type EtablissementTable,
  type IndicatorsInput,
  ageComparison,
  allocationLines,
  equipmentComparison,
  matrixByHolder,
  referentialLines,
} from "@/lib/dashboards/etablissement-tables";

/* The collège dashboard's charts as tables, for its CSV/XLSX exports. */

const decimal = (header: string): DataColumn => ({ header, kind: "decimal" });

export function equipmentTable(data: IndicatorsInput): EtablissementTable {
  return {
    key: "equipements",
    title: `Équipements en service pour 1 000 élèves : ${data.college.name}, moyenne de ${data.collectivite.name} et références nationales`,
    sheetName: "Équipements pour 1000 élèves",
    columns: [
      textColumn("Équipement"),
      decimal(data.college.name),
      decimal(`Moyenne : ${data.collectivite.name}`),
      decimal("Référence nationale"),
      textColumn("Année de la référence"),
    ],
    rows: equipmentComparison(data).map((l) => [
      l.label,
      l.college,
      l.average,
      l.reference,
      l.referenceYear,
    ]),
  };
}

export function ageTable(data: IndicatorsInput): EtablissementTable {
  return {
    key: "anciennete",
    title: `Part des terminaux de plus de 5 ans : ${data.college.name}, moyenne de ${data.collectivite.name} et référence nationale`,
    sheetName: "Terminaux de plus de 5 ans",
    columns: [
      textColumn("Série"),
      rateColumn("Part des terminaux de plus de 5 ans"),
      integerColumn("Terminaux datés"),
      integerColumn("Terminaux de plus de 5 ans"),
      integerColumn("Terminaux sans date (exclus)"),
    ],
    rows: ageComparison(data).map((l) => [l.label, l.share, l.dated, l.old, l.undated]),
  };
}

export function referentialTable(
  gaps: GapResult | null,
  collegeName: string,
  collectiviteName: string,
): EtablissementTable {
  const lines = referentialLines(gaps);
  return {
    key: "referentiel",
    title: `Équipements en service de ${collegeName} face au référentiel de ${collectiviteName}`,
    sheetName: "Référentiel",
    columns: [
      textColumn("Équipement"),
      integerColumn("Requis par le référentiel"),
      integerColumn("En service"),
      integerColumn("Manquants"),
      integerColumn("Au-delà du référentiel"),
      centsColumn("Coût unitaire"),
      centsColumn("Coût estimé du manque"),
    ],
    rows: [
      ...lines.map((l) => [
        l.label,
        l.required,
        l.actual,
        l.missing,
        l.excess,
        BigInt(l.unitCostCents),
        BigInt(l.missingCostCents),
      ]),
      ...(gaps ? [["Total", null, null, null, null, null, BigInt(gaps.missingCostCents)]] : []),
    ],
  };
}

export function allocationsTable(data: {
  exercice: number;
  figures: { name: string; totalCents: bigint; byKind: AmountsByKind };
}): EtablissementTable {
  return {
    key: "dotations",
    title: `Attributions de l'exercice ${data.exercice} par type : ${data.figures.name}`,
    sheetName: `Attributions ${data.exercice}`,
    columns: [
      textColumn("Type d'attribution"),
      centsColumn("Montant"),
      rateColumn("Part du total"),
    ],
    rows: [
      ...allocationLines(data.figures).map((l) => [l.label, l.cents, l.share]),
      ["Total", data.figures.totalCents, data.figures.totalCents > 0n ? 1 : null],
    ],
  };
}

export function matrixTable(convention: {
  reference: string;
  matrix: readonly MatrixRow[];
}): EtablissementTable {
  return {
    key: "matrice",
    title: `Matrice des responsabilités de la convention ${convention.reference}`,
    sheetName: "Matrice des responsabilités",
    columns: [
      textColumn("Responsable"),
      textColumn("Domaine"),
      textColumn("Niveau de maintenance"),
      textColumn("Précision"),
    ],
    rows: matrixByHolder(convention.matrix).flatMap((g) =>
      g.rows.map((r) => [g.label, r.domain, r.level || null, r.detail || null]),
    ),
  };
}
