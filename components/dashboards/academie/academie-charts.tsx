import type { AcademieDashboard, DepartementFigures } from "@/lib/dashboards/academie-dashboard";
import { coverageRate, departementLabel } from "@/lib/dashboards/academie-tables";
import { referenceNumber } from "@/lib/dashboards/reference-number";
import type { IndicatorAggregate } from "@/lib/inventory/indicator-math";
import type { NationalReferenceKey } from "@/lib/inventory/national-references";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import {
  formatChartValue,
  type ChartReference,
  type ChartRow,
  type ChartSeries,
  type ChartValueKind,
  tableOnly,
} from "@/components/charts/chart-types";

/*
 * The académie dashboard's charts: the dashboard's aggregates turned into the plain numbers the
 * client charts take (rates 0 to 1, ratios as decimals: 33,8 terminaux pour 100 élèves). Nothing
 * is summed here.
 */

export const rowOf = (d: DepartementFigures, values: ChartRow["values"]): ChartRow => ({
  key: d.code,
  label: departementLabel(d),
  axisLabel: d.name,
  values,
});
const percentToRate = (value: number | null | undefined) =>
  value === null || value === undefined ? null : value / 100;

/**
 * « Ille-et-Vilaine (35) : 33,3 % ; … », the chart image's accessible name after its subject, then
 * each reference line's label.
 */
export function summaryOf(
  subject: string,
  rows: readonly ChartRow[],
  key: string,
  kind: ChartValueKind,
  refs: readonly ChartReference[] = [],
): string {
  return `${subject}. ${rows.map((r) => `${r.label} : ${formatChartValue(r.values[key], kind)}`).join(" ; ")}.${refs.map((r) => ` ${r.label}.`).join("")}`;
}

/** The national reference as a line, in the chart's unit; none for a range. */
function reference(
  d: AcademieDashboard,
  key: NationalReferenceKey,
  toChart: (value: number) => number,
  name = "Référence nationale",
): ChartReference[] {
  const ref = d.references[key];
  const value = referenceNumber(ref);
  return value === null
    ? []
    : [{ value: toChart(value), label: `${name} : ${ref.value} (${ref.year})` }];
}

const perHundred = (value: number) => value / 100;
const same = (value: number) => value;

export function CoverageChart({ dashboard }: { dashboard: AcademieDashboard }) {
  const values = (c: DepartementFigures["coverage"]) => ({
    rate: coverageRate(c),
    colleges: c.colleges,
    inForce: c.inForce,
    inSignature: c.inSignature,
    drafts: c.drafts,
  });
  const rows = dashboard.departements.map((d) => rowOf(d, values(d.coverage)));
  const series: ChartSeries[] = [
    { key: "rate", label: "Couverture", kind: "rate" },
    tableOnly("colleges", "Collèges publics ouverts", "integer"),
    tableOnly("inForce", "Convention en vigueur", "integer"),
    tableOnly("inSignature", "Convention en signature", "integer"),
    tableOnly("drafts", "Convention en brouillon", "integer"),
  ];
  return (
    <BarChartWithTable
      caption="Collèges publics ouverts couverts par une convention tripartite en vigueur, par département"
      categoryHeader="Département"
      series={series}
      rows={rows}
      total={{ key: "total", label: "Académie", values: values(dashboard.total.coverage) }}
      summary={summaryOf(
        "Graphique en barres, part des collèges publics ouverts couverts par une convention en vigueur",
        rows,
        "rate",
        "rate",
      )}
    />
  );
}

export function SignaturesChart({ dashboard }: { dashboard: AcademieDashboard }) {
  const values = (b: DepartementFigures["backlog"]) => ({
    inSignature: b.inSignature,
    awaiting: b.awaitingAcademie,
  });
  const rows = dashboard.departements.map((d) => rowOf(d, values(d.backlog)));
  if (dashboard.cadres.inSignature > 0)
    rows.push({
      key: "cadres",
      label: "Conventions-cadres (sans collège)",
      axisLabel: "Cadres",
      values: values(dashboard.cadres),
    });
  return (
    <BarChartWithTable
      caption="Conventions en signature, dont celles qui attendent la signature de l'académie"
      categoryHeader="Département"
      series={[
        { key: "inSignature", label: "En signature", kind: "integer" },
        { key: "awaiting", label: "Dont en attente de l'académie", kind: "integer" },
      ]}
      rows={rows}
      total={{ key: "total", label: "Académie", values: values(dashboard.total.backlog) }}
      summary={`Graphique en barres groupées, conventions en signature et en attente de l'académie. ${rows
        .map(
          (r) =>
            `${r.label} : ${formatChartValue(r.values.inSignature, "integer")} en signature, dont ${formatChartValue(r.values.awaiting, "integer")} en attente de l'académie`,
        )
        .join(" ; ")}.`}
    />
  );
}

type IndicatorValuesOf = (a: IndicatorAggregate | null) => ChartRow["values"];

function IndicatorChart({
  dashboard,
  caption,
  subject,
  series,
  values,
  refs,
}: {
  dashboard: AcademieDashboard;
  caption: string;
  subject: string;
  series: ChartSeries[];
  values: IndicatorValuesOf;
  refs: ChartReference[];
}) {
  const rows = dashboard.departements.map((d) => rowOf(d, values(d.indicators)));
  const main = series[0]!;
  return (
    <BarChartWithTable
      caption={caption}
      categoryHeader="Département"
      series={series}
      rows={rows}
      references={refs}
      total={{ key: "total", label: "Académie", values: values(dashboard.total.indicators) }}
      summary={summaryOf(subject, rows, main.key, main.kind, refs)}
    />
  );
}

export function TerminauxChart({ dashboard }: { dashboard: AcademieDashboard }) {
  return (
    <IndicatorChart
      dashboard={dashboard}
      caption="Terminaux en service pour 100 élèves, par département"
      subject="Graphique en barres, terminaux pour 100 élèves"
      series={[
        { key: "per100", label: "Terminaux pour 100 élèves", kind: "decimal" },
        tableOnly("eleves", "Élèves (effectif connu)", "integer"),
        tableOnly("terminaux", "Terminaux en service", "integer"),
      ]}
      values={(a) => ({
        per100: a?.indicators.terminauxPour100 ?? null,
        eleves: a && a.collegesAvecEffectif > 0 ? a.eleves : null,
        terminaux: a?.counts.terminaux ?? null,
      })}
      refs={reference(dashboard, "terminauxPour100", same)}
    />
  );
}

export function AncienneteChart({ dashboard }: { dashboard: AcademieDashboard }) {
  return (
    <IndicatorChart
      dashboard={dashboard}
      caption="Part des terminaux de plus de 5 ans, par département"
      subject="Graphique en barres, part des terminaux de plus de 5 ans"
      series={[
        { key: "share", label: "Terminaux de plus de 5 ans", kind: "rate" },
        tableOnly("dated", "Terminaux datés", "integer"),
        tableOnly("old", "Terminaux de plus de 5 ans (nombre)", "integer"),
        tableOnly("undated", "Terminaux sans date (exclus)", "integer"),
      ]}
      values={(a) => ({
        share: percentToRate(a?.indicators.partPlus5Ans),
        dated: a?.age.terminauxDates ?? null,
        old: a?.age.terminauxPlus5Ans ?? null,
        undated: a?.age.terminauxSansDate ?? null,
      })}
      refs={reference(dashboard, "partPlus5Ans", perHundred)}
    />
  );
}

export function AffichagesChart({ dashboard }: { dashboard: AcademieDashboard }) {
  return (
    <IndicatorChart
      dashboard={dashboard}
      caption="Affichages interactifs (TNI/TBI, VPI, ENI) et vidéoprojecteurs pour 1 000 élèves, par département"
      subject="Graphique en barres groupées, affichages interactifs pour 1 000 élèves"
      series={[
        { key: "displays", label: "Affichages interactifs pour 1 000 élèves", kind: "decimal" },
        { key: "projectors", label: "Vidéoprojecteurs pour 1 000 élèves", kind: "decimal" },
        tableOnly("displayCount", "Affichages interactifs (nombre)", "integer"),
        tableOnly("projectorCount", "Vidéoprojecteurs (nombre)", "integer"),
      ]}
      values={(a) => ({
        displays: a?.indicators.affichagesPour1000 ?? null,
        projectors: a?.indicators.videoprojecteursPour1000 ?? null,
        displayCount: a?.counts.affichages ?? null,
        projectorCount: a?.counts.videoprojecteurs ?? null,
      })}
      refs={[
        ...reference(dashboard, "affichagesPour1000", same, "Référence nationale TNI / ENI"),
        ...reference(
          dashboard,
          "videoprojecteursPour1000",
          same,
          "Référence nationale vidéoprojecteurs",
        ),
      ]}
    />
  );
}

/** The drill-down's collèges, each against the national reference. */
export function CollegesChart({ dashboard }: { dashboard: AcademieDashboard }) {
  const drill = dashboard.drill;
  if (!drill || drill.colleges.length === 0) return null;
  const where = departementLabel(drill);
  const rows: ChartRow[] = drill.colleges.map((c) => ({
    key: c.uai,
    label: `${c.name} (${c.communeName}, ${c.uai})`,
    axisLabel: c.name,
    values: {
      per100: c.indicators.terminauxPour100,
      eleves: c.eleves,
      terminaux: c.terminaux,
      needs: c.needsAwaitingOpinion,
    },
  }));
  const refs = reference(dashboard, "terminauxPour100", same);
  return (
    <BarChartWithTable
      caption={`Terminaux pour 100 élèves des collèges publics, ${where}`}
      categoryHeader="Collège"
      orientation="bars"
      series={[
        { key: "per100", label: "Terminaux pour 100 élèves", kind: "decimal" },
        tableOnly("eleves", "Élèves", "integer"),
        tableOnly("terminaux", "Terminaux en service", "integer"),
        tableOnly("needs", "Besoins sans avis", "integer"),
      ]}
      rows={rows}
      references={refs}
      summary={summaryOf(
        `Graphique en barres horizontales, terminaux pour 100 élèves des collèges publics, ${where}`,
        rows,
        "per100",
        "decimal",
        refs,
      )}
    />
  );
}
