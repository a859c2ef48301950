import { integerColumn, rateColumn, textColumn, type DataTable } from "@/lib/exports/data-table";
import { formatDate, formatMonth } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { AGE_COLUMNS } from "@/lib/dashboards/age-pyramid";
import { decimalColumn, round1 } from "@/lib/dashboards/collectivite-tables";
import {
  ASSISTANCE_DOMAIN_LABELS,
  ASSISTANCE_DOMAINS,
  HANDLER_PARTY_LABELS,
} from "@/lib/assistance/vocabulary";
import type { AssistanceMeasures, RateFigures } from "@/lib/assistance/measures";
import { BACKLOG_BUCKETS, MIN_MODEL_ITEMS } from "@/lib/assistance/measures-sql";
import type { AssistanceExportKey, MeasuresFilters } from "@/lib/assistance/measures-schemas";

/*
 * The assistance measures as tables, defined once for the CSV/XLSX exports and the panel's
 * accessible tables: each chart draws the same figures. Hours and ratios are rounded to a tenth
 * for reading; rates stay 0 to 1.
 */

export type AssistanceTable = DataTable<AssistanceExportKey>;

/** « Collectivité », or « toutes les files » for the row of every queue. */
export const queueLabel = (party: keyof typeof HANDLER_PARTY_LABELS | null) =>
  party ? HANDLER_PARTY_LABELS[party] : "Toutes les files";

/** What the figures are about: « d'avril 2025 à mars 2026, file Collectivité, niveau N2 ». */
export function filtersLabel(f: MeasuresFilters): string {
  const { from, to } = f.period;
  const months = from === to ? formatMonth(from) : `de ${formatMonth(from)} à ${formatMonth(to)}`;
  return [
    months,
    ...(f.party ? [`file ${HANDLER_PARTY_LABELS[f.party]}`] : []),
    ...(f.level ? [`niveau ${f.level}`] : []),
  ].join(", ");
}

/** The domains with incidents in the period, in the vocabulary's order. */
export const volumeDomains = (m: AssistanceMeasures) =>
  ASSISTANCE_DOMAINS.filter((d) => m.volume.domains.some((v) => v.domain === d));

export function volumeTable(m: AssistanceMeasures): AssistanceTable {
  const domains = volumeDomains(m);
  const total = Object.fromEntries(m.volume.domains.map((d) => [d.domain, d.count]));
  return {
    key: "assistance-volume",
    title: `Incidents et demandes signalés par mois et par domaine, ${filtersLabel(m.filters)}`,
    sheetName: "Volume",
    columns: [
      textColumn("Mois"),
      ...domains.map((d) => integerColumn(ASSISTANCE_DOMAIN_LABELS[d])),
      integerColumn("Total"),
    ],
    rows: [
      ...m.volume.months.map((v) => [
        formatMonth(v.month),
        ...domains.map((d) => v.byDomain[d] ?? 0),
        v.total,
      ]),
      ["Ensemble de la période", ...domains.map((d) => total[d] ?? 0), m.volume.total],
    ],
  };
}

export function delaysTable(m: AssistanceMeasures): AssistanceTable {
  return {
    key: "assistance-delais",
    title: `Délais de prise en charge et de résolution en heures ouvrées, et respect des engagements, ${filtersLabel(m.filters)}`,
    sheetName: "Délais",
    columns: [
      textColumn("File"),
      integerColumn("Signalés"),
      integerColumn("Pris en charge"),
      decimalColumn("Prise en charge, médiane (h)"),
      decimalColumn("Prise en charge, 90e centile (h)"),
      integerColumn("Prises en charge avec engagement"),
      rateColumn("Prises en charge dans le délai"),
      integerColumn("Résolus"),
      decimalColumn("Résolution, médiane (h)"),
      decimalColumn("Résolution, 90e centile (h)"),
      integerColumn("Résolutions avec engagement"),
      rateColumn("Résolutions dans le délai"),
    ],
    rows: m.delays.map((d) => [
      queueLabel(d.party),
      d.incidents,
      d.taken,
      round1(d.takeMedian),
      round1(d.takeP90),
      d.takeCommitted,
      d.takeRate,
      d.resolved,
      round1(d.resolveMedian),
      round1(d.resolveP90),
      d.resolveCommitted,
      d.resolveRate,
    ]),
  };
}

export function backlogTable(m: AssistanceMeasures): AssistanceTable {
  const levels = m.filters.level ? `, niveau ${m.filters.level}` : "";
  const party = m.filters.party ? `, file ${HANDLER_PARTY_LABELS[m.filters.party]}` : "";
  return {
    key: "assistance-stock",
    title: `Incidents ouverts au ${formatDate(m.now)} par ancienneté et par file${party}${levels}`,
    sheetName: "Stock",
    columns: [
      textColumn("File"),
      ...BACKLOG_BUCKETS.map((b) => integerColumn(b.label)),
      integerColumn("Ouverts"),
      integerColumn("Dont hors délai"),
    ],
    rows: m.backlog.map((b) => [
      queueLabel(b.party),
      ...BACKLOG_BUCKETS.map((bucket) => b[bucket.key]),
      b.open,
      b.overdue,
    ]),
  };
}

const rateCells = (r: RateFigures) => [r.items, r.incidents, r.failing, round1(r.per100)];
const RATE_COLUMNS = [
  integerColumn("Équipements"),
  integerColumn("Incidents"),
  integerColumn("Équipements touchés"),
  decimalColumn("Incidents pour 100 équipements"),
];

export function equipmentTable(m: AssistanceMeasures): AssistanceTable | null {
  const e = m.equipment;
  if (!e) return null;
  return {
    key: "assistance-equipements",
    title: `Incidents pour 100 équipements par catégorie et par âge, ${filtersLabel(m.filters)}`,
    sheetName: "Par équipement",
    columns: [textColumn("Regroupement"), textColumn("Valeur"), ...RATE_COLUMNS],
    rows: [
      ...e.byCategory.map((c) => ["Catégorie", CATEGORY_LABELS[c.category], ...rateCells(c)]),
      ...AGE_COLUMNS.flatMap((band) => {
        const row = e.byBand.find((b) => b.band === band.key);
        return row ? [["Âge", band.label, ...rateCells(row)]] : [];
      }),
      ["Ensemble", "Tous les équipements", ...rateCells(e.total)],
    ],
  };
}

export function modelsTable(m: AssistanceMeasures): AssistanceTable | null {
  const e = m.equipment;
  if (!e) return null;
  return {
    key: "assistance-modeles",
    title: `Modèles les plus touchés (au moins ${MIN_MODEL_ITEMS} équipements), ${filtersLabel(m.filters)}`,
    sheetName: "Modèles",
    columns: [
      textColumn("Fabricant"),
      textColumn("Modèle"),
      textColumn("Catégorie"),
      ...RATE_COLUMNS,
    ],
    rows: e.topModels.map((t) => [
      t.manufacturer,
      t.model,
      CATEGORY_LABELS[t.category],
      ...rateCells(t),
    ]),
  };
}

/** One export's table; null when the member does not see it (the equipment without inventory.read). */
export function assistanceTable(
  m: AssistanceMeasures,
  key: AssistanceExportKey,
): AssistanceTable | null {
  switch (key) {
    case "assistance-volume":
      return volumeTable(m);
    case "assistance-delais":
      return delaysTable(m);
    case "assistance-stock":
      return backlogTable(m);
    case "assistance-equipements":
      return equipmentTable(m);
    case "assistance-modeles":
      return modelsTable(m);
  }
}
