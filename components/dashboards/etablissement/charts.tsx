import { formatCents } from "@/lib/format";
import {
  ageComparison,
  allocationLines,
  equipmentComparison,
  referentialLines,
  type IndicatorsInput,
} from "@/lib/dashboards/etablissement-tables";
import type { GapResult } from "@/lib/inventory/gaps";
import type { AmountsByKind } from "@/lib/budgets/allocations-per-pupil";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import { formatChartValue, type ChartRow, tableOnly } from "@/components/charts/chart-types";
import { ExportLinks } from "@/components/ui/export-links";
import { exportHref } from "@/components/dashboards/etablissement/export-href";

/*
 * The collège dashboard's charts: the figures of lib/dashboards/etablissement-tables.ts (the same
 * the exports serve) as the plain numbers the charts take, each with its export links.
 */

const say = (value: number | null, kind: "integer" | "decimal" | "rate" | "cents") =>
  formatChartValue(value, kind);

export function EquipmentChart({ uai, data }: { uai: string; data: IndicatorsInput }) {
  const lines = equipmentComparison(data);
  const average = `Moyenne : ${data.collectivite.name}`;
  const rows: ChartRow[] = lines.map((l) => ({
    key: l.key,
    label: l.label,
    values: { college: l.college, average: l.average, reference: l.reference },
  }));
  const caption = `Équipements en service pour 1 000 élèves : ${data.college.name}, moyenne de ${data.collectivite.name} et références nationales`;
  const summary = `Graphique en barres groupées, équipements pour 1 000 élèves. ${lines
    .map(
      (l) =>
        `${l.label} : ${say(l.college, "decimal")} au collège, ${say(l.average, "decimal")} en moyenne, référence nationale ${say(l.reference, "decimal")}`,
    )
    .join(" ; ")}.`;
  return (
    <div className="space-y-1">
      <BarChartWithTable
        caption={caption}
        summary={summary}
        categoryHeader="Équipement pour 1 000 élèves"
        orientation="bars"
        valueLabels
        rows={rows}
        series={[
          { key: "college", label: data.college.name, kind: "decimal" },
          { key: "average", label: average, kind: "decimal" },
          { key: "reference", label: "Référence nationale (collèges)", kind: "decimal" },
        ]}
      />
      <p className="text-xs text-slate-700">
        Références nationales de l&apos;enquête ETIC (collèges publics) :{" "}
        {lines
          .filter((l) => l.referenceYear)
          .map((l) => `${l.label}, ${l.referenceYear}`)
          .join(" ; ")}
        . Les terminaux, comptés d&apos;ordinaire pour 100 élèves, sont ici rapportés à 1 000 élèves
        pour tenir sur la même échelle. « — » : pas de valeur.
      </p>
      <ExportLinks href={exportHref(uai, "equipements")} what="les équipements pour 1 000 élèves" />
    </div>
  );
}

export function AgeChart({ uai, data }: { uai: string; data: IndicatorsInput }) {
  const lines = ageComparison(data);
  const rows: ChartRow[] = lines.map((l) => ({
    key: l.key,
    label: l.label,
    values: { share: l.share, dated: l.dated, old: l.old, undated: l.undated },
  }));
  const summary = `Graphique en barres, part des terminaux de plus de 5 ans. ${lines.map((l) => `${l.label} : ${say(l.share, "rate")}`).join(" ; ")}.`;
  return (
    <div className="space-y-1">
      <BarChartWithTable
        caption={`Part des terminaux de plus de 5 ans : ${data.college.name}, moyenne de ${data.collectivite.name} et référence nationale`}
        summary={summary}
        categoryHeader="Série"
        orientation="bars"
        valueLabels
        rows={rows}
        series={[
          { key: "share", label: "Part des terminaux de plus de 5 ans", kind: "rate" },
          tableOnly("dated", "Terminaux datés", "integer"),
          tableOnly("old", "Terminaux de plus de 5 ans", "integer"),
          tableOnly("undated", "Terminaux sans date (exclus)", "integer"),
        ]}
      />
      <ExportLinks
        href={exportHref(uai, "anciennete")}
        what="la part des terminaux de plus de 5 ans"
      />
    </div>
  );
}

export function ReferentialChart({
  uai,
  gaps,
  collegeName,
  collectiviteName,
}: {
  uai: string;
  gaps: GapResult;
  collegeName: string;
  collectiviteName: string;
}) {
  const lines = referentialLines(gaps);
  const rows: ChartRow[] = lines.map((l) => ({
    key: l.target,
    label: l.label,
    values: {
      required: l.required,
      actual: l.actual,
      missing: l.missing,
      excess: l.excess,
      cost: l.missingCostCents,
    },
  }));
  const summary = `Graphique en barres groupées, équipements requis par le référentiel et en service. ${lines
    .map(
      (l) =>
        `${l.label} : ${say(l.required, "integer")} requis, ${say(l.actual, "integer")} en service, ${say(l.missing, "integer")} manquants`,
    )
    .join(" ; ")} ; coût estimé du manque ${formatCents(gaps.missingCostCents)}.`;
  return (
    <div className="space-y-1">
      <BarChartWithTable
        caption={`Équipements en service de ${collegeName} face au référentiel de ${collectiviteName} (${gaps.salles} salles estimées)`}
        summary={summary}
        categoryHeader="Équipement"
        rows={rows}
        total={{
          key: "total",
          label: "Total",
          values: {
            required: null,
            actual: null,
            missing: null,
            excess: null,
            cost: gaps.missingCostCents,
          },
        }}
        series={[
          { key: "required", label: "Requis par le référentiel", kind: "integer" },
          { key: "actual", label: "En service", kind: "integer" },
          tableOnly("missing", "Manquants", "integer"),
          tableOnly("excess", "Au-delà du référentiel", "integer"),
          tableOnly("cost", "Coût estimé du manque", "cents"),
        ]}
      />
      <ExportLinks href={exportHref(uai, "referentiel")} what="l'écart au référentiel" />
    </div>
  );
}

export function AllocationsChart({
  uai,
  exercice,
  figures,
}: {
  uai: string;
  exercice: number;
  figures: { totalCents: bigint; byKind: AmountsByKind };
}) {
  const lines = allocationLines(figures);
  const rows: ChartRow[] = lines.map((l) => ({
    key: l.key,
    label: l.label,
    values: { amount: Number(l.cents), share: l.share },
  }));
  const summary = `Graphique en barres, attributions de l'exercice ${exercice} par type. ${lines
    .map((l) => `${l.label} : ${formatCents(l.cents)}`)
    .join(" ; ")} ; total ${formatCents(figures.totalCents)}.`;
  return (
    <div className="space-y-1">
      <BarChartWithTable
        caption={`Attributions de l'exercice ${exercice} par type`}
        summary={summary}
        categoryHeader="Type d'attribution"
        orientation="bars"
        valueLabels
        rows={rows}
        total={{
          key: "total",
          label: "Total",
          values: { amount: Number(figures.totalCents), share: figures.totalCents > 0n ? 1 : null },
        }}
        series={[
          { key: "amount", label: "Montant", kind: "cents" },
          tableOnly("share", "Part du total", "rate"),
        ]}
      />
      <ExportLinks
        href={exportHref(uai, "dotations", { exercice })}
        what={`les attributions de l'exercice ${exercice} par type`}
      />
    </div>
  );
}
