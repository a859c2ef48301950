import type { AssistanceMeasures, RateFigures } from "@/lib/assistance/measures";
import { BACKLOG_BUCKETS } from "@/lib/assistance/measures-sql";
import { ASSISTANCE_DOMAIN_LABELS, HANDLER_PARTY_LABELS } from "@/lib/assistance/vocabulary";
import {
  backlogTable,
  delaysTable,
  equipmentTable,
  modelsTable,
  queueLabel,
  volumeDomains,
  volumeTable,
} from "@/lib/assistance/measures-tables";
import { AGE_COLUMNS } from "@/lib/dashboards/age-pyramid";
import { formatMonth } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import {
  formatChartValue as say,
  tableOnly,
  type ChartRow,
  type ChartSeries,
} from "@/components/charts/chart-types";

/*
 * The « Assistance » panel's charts: the measures (lib/assistance/measures.ts) as the plain numbers
 * the client charts take. Nothing is computed here; captions are the exports' titles.
 */

/** Incidents per month (plotted) and per domain (in the table). */
export function VolumeChart({ m }: { m: AssistanceMeasures }) {
  const domains = volumeDomains(m);
  const rows: ChartRow[] = m.volume.months.map((v) => ({
    key: v.month,
    label: formatMonth(v.month),
    values: { total: v.total, ...Object.fromEntries(domains.map((d) => [d, v.byDomain[d] ?? 0])) },
  }));
  const byDomain = Object.fromEntries(m.volume.domains.map((d) => [d.domain, d.count]));
  return (
    <BarChartWithTable
      caption={volumeTable(m).title}
      categoryHeader="Mois"
      series={[
        { key: "total", label: "Incidents et demandes", kind: "integer" },
        ...domains.map((d) => tableOnly(d, ASSISTANCE_DOMAIN_LABELS[d], "integer")),
      ]}
      rows={rows}
      total={{
        key: "total",
        label: "Ensemble de la période",
        values: { total: m.volume.total, ...byDomain },
      }}
      summary={`Graphique en colonnes, incidents et demandes signalés par mois, ${say(m.volume.total, "integer")} sur la période. ${rows.map((r) => `${r.label} : ${say(r.values.total, "integer")}`).join(" ; ")}.`}
    />
  );
}

/** Median times to take charge and to resolve per queue (plotted), percentiles and rates in the table. */
export function DelaysChart({ m }: { m: AssistanceMeasures }) {
  const rows: ChartRow[] = m.delays.map((d) => ({
    key: d.party ?? "toutes",
    label: queueLabel(d.party),
    values: {
      incidents: d.incidents,
      takeMedian: d.takeMedian,
      resolveMedian: d.resolveMedian,
      takeP90: d.takeP90,
      takeRate: d.takeRate,
      resolveP90: d.resolveP90,
      resolveRate: d.resolveRate,
    },
  }));
  const series: ChartSeries[] = [
    { key: "takeMedian", label: "Prise en charge, médiane (heures ouvrées)", kind: "decimal" },
    { key: "resolveMedian", label: "Résolution, médiane (heures ouvrées)", kind: "decimal" },
    tableOnly("incidents", "Signalés", "integer"),
    tableOnly("takeP90", "Prise en charge, 90e centile (h)", "decimal"),
    tableOnly("takeRate", "Prises en charge dans le délai", "rate"),
    tableOnly("resolveP90", "Résolution, 90e centile (h)", "decimal"),
    tableOnly("resolveRate", "Résolutions dans le délai", "rate"),
  ];
  return (
    <BarChartWithTable
      caption={delaysTable(m).title}
      categoryHeader="File"
      orientation="bars"
      series={series}
      rows={rows}
      summary={`Graphique en barres horizontales, délais médians en heures ouvrées par file. ${rows.map((r) => `${r.label} : prise en charge ${say(r.values.takeMedian, "decimal")} h, résolution ${say(r.values.resolveMedian, "decimal")} h`).join(" ; ")}.`}
    />
  );
}

/** Open incidents by age (rows), one bar per queue. */
export function BacklogChart({ m }: { m: AssistanceMeasures }) {
  const queues = m.backlog.filter((b) => b.party !== null);
  const all = m.backlog.find((b) => b.party === null);
  const rows: ChartRow[] = BACKLOG_BUCKETS.map((bucket) => ({
    key: bucket.key,
    label: bucket.label,
    values: {
      ...Object.fromEntries(queues.map((q) => [q.party!, q[bucket.key]])),
      total: all?.[bucket.key] ?? 0,
    },
  }));
  return (
    <BarChartWithTable
      caption={backlogTable(m).title}
      categoryHeader="Ancienneté"
      series={[
        ...queues.map((q) => ({
          key: q.party!,
          label: HANDLER_PARTY_LABELS[q.party!],
          kind: "integer" as const,
        })),
        tableOnly("total", "Toutes les files", "integer"),
      ]}
      rows={rows}
      total={{
        key: "total",
        label: "Ouverts",
        values: {
          ...Object.fromEntries(queues.map((q) => [q.party!, q.open])),
          total: all?.open ?? 0,
        },
      }}
      summary={`Graphique en colonnes groupées, ${say(all?.open ?? 0, "integer")} incidents ouverts par ancienneté, dont ${say(all?.overdue ?? 0, "integer")} hors délai. ${rows.map((r) => `${r.label} : ${say(r.values.total, "integer")}`).join(" ; ")}.`}
    />
  );
}

const rateValues = ({ items, incidents, failing, per100 }: RateFigures) => ({
  items,
  incidents,
  failing,
  per100,
});
const RATE_SERIES: ChartSeries[] = [
  { key: "per100", label: "Incidents pour 100 équipements", kind: "decimal" },
  tableOnly("items", "Équipements", "integer"),
  tableOnly("incidents", "Incidents", "integer"),
  tableOnly("failing", "Équipements touchés", "integer"),
];

function RatesChart({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: string;
  rows: ChartRow[];
}) {
  return (
    <BarChartWithTable
      caption={caption}
      categoryHeader={header}
      orientation="bars"
      valueLabels
      series={RATE_SERIES}
      rows={rows}
      summary={`Graphique en barres horizontales, incidents pour 100 équipements par ${header.toLowerCase()}. ${rows.map((r) => `${r.label} : ${say(r.values.per100, "decimal")}`).join(" ; ")}.`}
    />
  );
}

/** Incidents per 100 items by category and by age band of the equipment, and the models that fail most. */
export function EquipmentCharts({ m }: { m: AssistanceMeasures }) {
  const e = m.equipment!;
  const title = equipmentTable(m)!.title;
  const bands = AGE_COLUMNS.flatMap((band) => {
    const row = e.byBand.find((b) => b.band === band.key);
    return row ? [{ key: band.key, label: band.label, values: rateValues(row) }] : [];
  });
  return (
    <>
      <RatesChart
        caption={`${title} : par catégorie`}
        header="Catégorie"
        rows={e.byCategory.map((c) => ({
          key: c.category,
          label: CATEGORY_LABELS[c.category],
          values: rateValues(c),
        }))}
      />
      <RatesChart caption={`${title} : par âge de l'équipement`} header="Âge" rows={bands} />
      {e.topModels.length > 0 ? (
        <RatesChart
          caption={modelsTable(m)!.title}
          header="Modèle"
          rows={e.topModels.map((t) => ({
            key: `${t.manufacturer}|${t.model}`,
            label: `${t.manufacturer} ${t.model} (${CATEGORY_LABELS[t.category]})`,
            axisLabel: `${t.manufacturer} ${t.model}`,
            values: rateValues(t),
          }))}
        />
      ) : null}
    </>
  );
}
