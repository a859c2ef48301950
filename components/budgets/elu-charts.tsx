import type { EluView } from "@/lib/budgets/elu-view";
import { rateOf } from "@/lib/exports/data-table";
import { PER_PUPIL_RANGE, rangePositionOf } from "@/lib/budgets/figures";
import {
  BUDGET_CATEGORY_LABELS,
  BUDGET_FUNDING_LABELS,
  M57_CHAPTERS,
  SECTION_LABELS,
} from "@/lib/budgets/labels";
import { formatCents, formatInteger } from "@/lib/format";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import {
  FIGURE_SERIES,
  figureValues,
  votedMandated,
  VotedMandatedChart,
  figureRow,
} from "@/components/budgets/voted-mandated-chart";
import { LineChartWithTable } from "@/components/charts/line-chart-with-table";
import { formatChartValue, type ChartRow, tableOnly } from "@/components/charts/chart-types";

/*
 * The élu view's charts: the view's aggregates (bigint cents) turned into the plain numbers the
 * client charts take. Nothing is summed here.
 */

export function ChapitresChart({ view }: { view: EluView }) {
  const rows = view.byChapitre.map((c) =>
    figureRow(
      `${c.section}-${c.chapitre}`,
      `${c.chapitre}${M57_CHAPTERS[c.chapitre] ? ` – ${M57_CHAPTERS[c.chapitre]}` : ""} (${SECTION_LABELS[c.section].toLowerCase()})`,
      c,
      `Chap. ${c.chapitre}`,
    ),
  );
  return (
    <VotedMandatedChart
      caption={`Voté et mandaté par chapitre M57 en ${view.exercice}`}
      categoryHeader="Chapitre"
      by="chapitre"
      exercice={view.exercice}
      rows={rows}
      totals={view.totals}
    />
  );
}

export function CategoriesChart({ view }: { view: EluView }) {
  const rows = view.byCategory.map((c) =>
    figureRow(c.category, BUDGET_CATEGORY_LABELS[c.category], c),
  );
  return (
    <VotedMandatedChart
      caption={`Voté et mandaté par catégorie en ${view.exercice}`}
      categoryHeader="Catégorie"
      by="catégorie"
      exercice={view.exercice}
      rows={rows}
      totals={view.totals}
      orientation="bars"
    />
  );
}

const RANGE_REFERENCES = [
  { value: PER_PUPIL_RANGE.min * 100, label: `${PER_PUPIL_RANGE.min} € par élève` },
  { value: PER_PUPIL_RANGE.max * 100, label: `${PER_PUPIL_RANGE.max} € par élève` },
];

/** Every collège ranked by its estimated spending per pupil, against the field's range. */
export function CollegesChart({ view }: { view: EluView }) {
  const spending = view.spending;
  if (!spending) return null;
  const ranked = spending.items.filter((c) => c.perPupilCents !== null);
  const rows: ChartRow[] = spending.items.map((c) => ({
    key: c.uai,
    label: `${c.name} (${c.communeName}, ${c.uai})`,
    axisLabel: c.name,
    values: {
      perPupil: c.perPupilCents === null ? null : Number(c.perPupilCents),
      pupils: c.pupils,
      allocations: Number(c.allocationsCents),
      equipment: Number(c.equipmentCents),
      shared: Number(c.sharedCents),
      total: Number(c.totalCents),
    },
  }));
  const t = spending.totals;
  const count = (position: string) =>
    ranked.filter((c) => rangePositionOf(Number(c.perPupilCents) / 100) === position).length;
  const first = ranked[0];
  const last = ranked.at(-1);
  const summary =
    ranked.length === 0
      ? `Aucun collège de la collectivité n'a d'effectif connu en ${view.exercice}.`
      : `Graphique en barres horizontales, dépense estimée par élève de ${formatInteger(ranked.length)} collèges en ${view.exercice}, de ${formatCents(first!.perPupilCents!)} (${first!.name}) à ${formatCents(last!.perPupilCents!)} (${last!.name}) ; ` +
        `${count("SOUS")} en dessous, ${count("DANS")} dans et ${count("AU_DESSUS")} au-dessus de la fourchette de ${PER_PUPIL_RANGE.min} à ${PER_PUPIL_RANGE.max} € par élève.`;
  return (
    <BarChartWithTable
      caption={`Dépense numérique estimée par élève et par collège en ${view.exercice}, de la plus forte à la plus faible`}
      categoryHeader="Collège"
      series={[
        { key: "perPupil", label: "Euros par élève", kind: "cents" },
        tableOnly("pupils", "Élèves", "integer"),
        tableOnly("allocations", "Attributions", "cents"),
        tableOnly("equipment", "Équipements acquis", "cents"),
        tableOnly("shared", "Part des crédits communs", "cents"),
        tableOnly("total", "Total estimé", "cents"),
      ]}
      rows={rows}
      orientation="bars"
      summary={summary}
      references={RANGE_REFERENCES}
      total={{
        key: "total",
        label: "Ensemble de la collectivité",
        values: {
          perPupil: t.perPupilCents === null ? null : Number(t.perPupilCents),
          pupils: t.eleves,
          allocations: Number(t.allocationsCents),
          equipment: Number(t.equipmentCents),
          shared: Number(t.poolCents),
          total: Number(t.allocationsCents + t.equipmentCents + t.poolCents),
        },
      }}
    />
  );
}

export function FundingChart({ view }: { view: EluView }) {
  const rows: ChartRow[] = view.funding.map((f) => ({
    key: f.funding,
    label: BUDGET_FUNDING_LABELS[f.funding],
    values: {
      share: f.share,
      voted: Number(f.voted),
      mandated: Number(f.mandated),
      rate: f.executionRate,
    },
  }));
  return (
    <BarChartWithTable
      caption={`Financement des crédits votés en ${view.exercice}`}
      categoryHeader="Source de financement"
      orientation="bars"
      valueLabels
      series={[
        { key: "share", label: "Part du voté", kind: "rate" },
        tableOnly("voted", "Voté", "cents"),
        tableOnly("mandated", "Mandaté", "cents"),
        tableOnly("rate", "Taux d'exécution", "rate"),
      ]}
      rows={rows}
      summary={`Graphique en barres, part de chaque source de financement dans les crédits votés en ${view.exercice}. ${rows.map((r) => `${r.label} : ${formatChartValue(r.values.share, "rate")} (${formatChartValue(r.values.voted, "cents")})`).join(" ; ")}.`}
    />
  );
}

export function EvolutionChart({ view }: { view: EluView }) {
  const rows: ChartRow[] = view.evolution.map((y) => ({
    key: String(y.exercice),
    label: String(y.exercice),
    values: figureValues(y),
  }));
  return (
    <LineChartWithTable
      caption="Voté et mandaté par exercice"
      categoryHeader="Exercice"
      series={FIGURE_SERIES}
      rows={rows}
      summary={`Graphique en courbes, voté et mandaté par exercice de ${rows[0]?.label ?? ""} à ${rows.at(-1)?.label ?? ""}. ${rows.map(votedMandated).join(" ; ")}.`}
    />
  );
}

/** One AP/AE: its CP planned per exercice against the amounts mandated on its lines. */
export function AutorisationChart({ ap }: { ap: EluView["autorisations"][number] }) {
  const rows: ChartRow[] = ap.schedule.map((s) => ({
    key: String(s.exercice),
    label: String(s.exercice),
    values: {
      planned: Number(s.plannedCents),
      consumed: Number(s.consumedCents),
      rate: rateOf(s.consumedCents, s.plannedCents),
    },
  }));
  return (
    <BarChartWithTable
      caption={`${ap.numero} – ${ap.label} : crédits de paiement prévus et consommés par exercice`}
      categoryHeader="Exercice"
      series={[
        { key: "planned", label: "CP prévus", kind: "cents" },
        { key: "consumed", label: "CP consommés (mandatés)", kind: "cents" },
        tableOnly("rate", "Taux de consommation", "rate"),
      ]}
      rows={rows}
      height={260}
      total={{
        key: "total",
        label: "Total",
        values: {
          planned: Number(ap.cpPlannedCents),
          consumed: Number(ap.cpConsumedCents),
          rate: rateOf(ap.cpConsumedCents, ap.cpPlannedCents),
        },
      }}
      summary={`Graphique en barres groupées, ${ap.numero} : crédits de paiement prévus et consommés par exercice. ${rows.map((r) => `${r.label} : ${formatChartValue(r.values.planned, "cents")} prévus, ${formatChartValue(r.values.consumed, "cents")} consommés`).join(" ; ")}.`}
    />
  );
}

/** The collectivité's € per pupil (voted budget, and allocations to collèges) against the field's range and the reference collège. */
export function PerPupilChart({ view }: { view: EluView }) {
  const p = view.perPupil;
  const rows: ChartRow[] = [];
  if (p.pupils > 0 && view.lineCount > 0 && p.eurosPerPupil !== null) {
    rows.push({
      key: "budget",
      label: "Budget numérique voté, par élève",
      values: { perPupil: Math.round(p.eurosPerPupil * 100) },
    });
  }
  if (view.spending?.totals.allocationsPerPupilCents != null) {
    rows.push({
      key: "attributions",
      label: "Attributions aux collèges, par élève",
      values: { perPupil: Number(view.spending.totals.allocationsPerPupilCents) },
    });
  }
  if (rows.length === 0) return null;
  rows.push({
    key: "reference",
    label: "Collège de référence (400 élèves, 45 451 € par an)",
    values: { perPupil: 11_300 },
  });
  return (
    <BarChartWithTable
      caption={`Euros par élève en ${view.exercice}, comparés à la fourchette de ${PER_PUPIL_RANGE.min} à ${PER_PUPIL_RANGE.max} € observée sur le terrain`}
      categoryHeader="Indicateur"
      series={[{ key: "perPupil", label: "Euros par élève", kind: "cents" }]}
      rows={rows}
      orientation="bars"
      valueLabels
      references={RANGE_REFERENCES}
      summary={`Graphique en barres, euros par élève en ${view.exercice} comparés à la fourchette de ${PER_PUPIL_RANGE.min} à ${PER_PUPIL_RANGE.max} € par élève. ${rows.map((r) => `${r.label} : ${formatChartValue(r.values.perPupil, "cents")}`).join(" ; ")}.`}
    />
  );
}
