import type { AgePyramid } from "@/lib/dashboards/age-pyramid";
import { AGE_COLUMNS } from "@/lib/dashboards/age-pyramid";
import type { Fleet, RenewalDue } from "@/lib/dashboards/collectivite-fleet";
import type { OpenCampaign } from "@/lib/dashboards/collectivite-campaigns";
import type { Equity } from "@/lib/dashboards/equity-map";
import { conventionStatusRows } from "@/lib/dashboards/collectivite-tables";
import type { ConventionsOverview } from "@/lib/dashboards/collectivite-conventions";
import type { BudgetSummary } from "@/lib/budgets/budget-summary";
import type { EluView } from "@/lib/budgets/elu-view";
import { SECTION_LABELS } from "@/lib/budgets/labels";
import { rateOf } from "@/lib/exports/data-table";
import { formatDate, formatDecimal } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { effectifBasis, schoolYearOf } from "@/lib/inventory/schemas";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import { figureRow, VotedMandatedChart } from "@/components/budgets/voted-mandated-chart";
import {
  formatChartValue,
  type ChartRow,
  type ChartSeries,
  tableOnly,
} from "@/components/charts/chart-types";

/*
 * The collectivité dashboard's charts: the dashboard's aggregates turned into the plain numbers the
 * client charts take (cents, integers, rates 0–1). Nothing is summed here; each chart's figures are
 * also those of its export (lib/dashboards/collectivite-tables.ts).
 */

const say = formatChartValue;

/** Equipment in service by age band (rows) and family (bars): the fleet's age pyramid. */
export function AgePyramidChart({ pyramid }: { pyramid: AgePyramid }) {
  const rows: ChartRow[] = AGE_COLUMNS.map((band) => ({
    key: band.key,
    label: band.label,
    values: {
      ...Object.fromEntries(pyramid.byFamily.map((f) => [f.family, f.counts[band.key]])),
      total: pyramid.totals[band.key],
    },
  }));
  const series: ChartSeries[] = [
    ...pyramid.byFamily.map((f) => ({ key: f.family, label: f.label, kind: "integer" as const })),
    tableOnly("total", "Ensemble", "integer"),
  ];
  const total: ChartRow = {
    key: "total",
    label: "Total",
    values: {
      ...Object.fromEntries(pyramid.byFamily.map((f) => [f.family, f.total])),
      total: pyramid.total,
    },
  };
  return (
    <BarChartWithTable
      caption={`Équipements en service par tranche d'âge et par famille au ${formatDate(pyramid.today)}`}
      categoryHeader="Tranche d'âge"
      series={series}
      rows={rows}
      total={total}
      orientation="bars"
      summary={`Pyramide des âges en barres horizontales groupées, ${say(pyramid.total, "integer")} équipements en service. ${rows.map((r) => `${r.label} : ${say(r.values.total, "integer")}`).join(" ; ")}.`}
    />
  );
}

/** The collèges furthest from the référentiel, by the estimated cost of what they lack. */
export function GapsChart({ fleet }: { fleet: Fleet }) {
  const rows: ChartRow[] = fleet.furthest.map((c) => {
    const l = c.gaps!.lines;
    return {
      key: c.uai,
      label: `${c.name} (${c.communeName}, ${c.uai})`,
      axisLabel: c.name,
      values: {
        cost: c.gaps!.missingCostCents,
        terminaux: l.terminaux.missing,
        affichages: l.affichages.missing,
        classesMobiles: l.classesMobiles.missing,
        bornesWifi: l.bornesWifi.missing,
      },
    };
  });
  return (
    <BarChartWithTable
      caption={`Les ${rows.length} collèges les plus éloignés du référentiel, par coût estimé du manque`}
      categoryHeader="Collège"
      orientation="bars"
      valueLabels
      series={[
        { key: "cost", label: "Coût estimé du manque", kind: "cents" },
        tableOnly("terminaux", "Terminaux manquants", "integer"),
        tableOnly("affichages", "Affichages interactifs manquants", "integer"),
        tableOnly("classesMobiles", "Classes mobiles manquantes", "integer"),
        tableOnly("bornesWifi", "Bornes Wi-Fi manquantes", "integer"),
      ]}
      rows={rows}
      summary={`Graphique en barres horizontales, coût estimé du manque des ${rows.length} collèges les plus éloignés du référentiel. ${rows.map((r) => `${r.axisLabel} : ${say(r.values.cost, "cents")}`).join(" ; ")}.`}
    />
  );
}

/** Renewal due in the plan's first two years, by category: cost plotted, counts in the table. */
export function RenewalChart({ renewal }: { renewal: RenewalDue }) {
  const [y1, y2] = renewal.years;
  const values = (cells: RenewalDue["cells"]) => ({
    cost1: cells[0].costCents,
    count1: cells[0].count,
    cost2: cells[1].costCents,
    count2: cells[1].count,
  });
  const rows: ChartRow[] = renewal.byCategory.map((c) => ({
    key: c.category,
    label: CATEGORY_LABELS[c.category],
    values: values(c.cells),
  }));
  return (
    <BarChartWithTable
      caption={`Renouvellements dus en ${y1} et en ${y2} par catégorie, au coût unitaire du référentiel`}
      categoryHeader="Catégorie"
      orientation="bars"
      series={[
        { key: "cost1", label: `Coût ${y1}`, kind: "cents" },
        { key: "cost2", label: `Coût ${y2}`, kind: "cents" },
        tableOnly("count1", `Équipements ${y1}`, "integer"),
        tableOnly("count2", `Équipements ${y2}`, "integer"),
      ]}
      rows={rows}
      total={{ key: "total", label: "Total", values: values(renewal.cells) }}
      summary={`Graphique en barres groupées, coût des renouvellements dus par catégorie en ${y1} (${say(renewal.cells[0].costCents, "cents")} au total) et en ${y2} (${say(renewal.cells[1].costCents, "cents")}). ${rows.map((r) => `${r.label} : ${say(r.values.cost1, "cents")} en ${y1}, ${say(r.values.cost2, "cents")} en ${y2}`).join(" ; ")}.`}
    />
  );
}

/** Conventions by status, as the list's tabs count them. */
export function ConventionsChart({ overview }: { overview: ConventionsOverview }) {
  const rows: ChartRow[] = conventionStatusRows(overview)
    .filter((r) => r.tab !== "toutes")
    .map((r) => ({ key: r.tab, label: r.label, values: { count: r.count } }));
  return (
    <BarChartWithTable
      caption="Conventions par statut"
      categoryHeader="Statut"
      orientation="bars"
      valueLabels
      series={[{ key: "count", label: "Conventions", kind: "integer" }]}
      rows={rows}
      total={{
        key: "toutes",
        label: "Toutes, avenants compris",
        values: { count: overview.counts.toutes },
      }}
      summary={`Graphique en barres, conventions par statut. ${rows.map((r) => `${r.label} : ${say(r.values.count, "integer")}`).join(" ; ")}.`}
    />
  );
}

/** Each open campaign's envelope against what the collèges requested and what was accepted. */
export function CampaignsChart({ campaigns }: { campaigns: readonly OpenCampaign[] }) {
  const rows: ChartRow[] = campaigns.map((c) => ({
    key: c.id,
    label: c.title,
    values: {
      envelope: Number(c.envelopeCents),
      requested: Number(c.requestedCents),
      accepted: Number(c.acceptedCents),
      colleges: c.colleges,
      total: c.collegesTotal,
      share: rateOf(BigInt(c.colleges), BigInt(c.collegesTotal)),
      needs: c.needs,
    },
  }));
  return (
    <BarChartWithTable
      caption="Campagnes en cours : enveloppe, montant demandé et montant accepté"
      categoryHeader="Campagne"
      orientation="bars"
      series={[
        { key: "envelope", label: "Enveloppe", kind: "cents" },
        { key: "requested", label: "Montant demandé", kind: "cents" },
        { key: "accepted", label: "Montant accepté", kind: "cents" },
        tableOnly("colleges", "Collèges ayant déposé", "integer"),
        tableOnly("total", "Collèges publics ouverts", "integer"),
        tableOnly("share", "Part des collèges", "rate"),
        tableOnly("needs", "Besoins déposés", "integer"),
      ]}
      rows={rows}
      summary={`Graphique en barres groupées, enveloppe, montant demandé et montant accepté des campagnes en cours. ${rows.map((r) => `${r.label} : enveloppe ${say(r.values.envelope, "cents")}, demandé ${say(r.values.requested, "cents")}, accepté ${say(r.values.accepted, "cents")}`).join(" ; ")}.`}
    />
  );
}

/** Voted against mandated by section for the exercice. */
export function ExecutionChart({ summary }: { summary: BudgetSummary }) {
  const rows = summary.bySection.map((s) => figureRow(s.section, SECTION_LABELS[s.section], s));
  return (
    <VotedMandatedChart
      caption={`Exécution du budget ${summary.exercice} par section`}
      categoryHeader="Section"
      by="section"
      exercice={summary.exercice}
      rows={rows}
      totals={summary.totals}
      height={260}
    />
  );
}

/** Each AP/AE: its envelope, the CP planned over its life and the CP consumed. */
export function AutorisationsChart({ view }: { view: EluView }) {
  const rows: ChartRow[] = view.autorisations.map((ap) => ({
    key: ap.id,
    label: `${ap.numero} – ${ap.label}`,
    axisLabel: ap.numero,
    values: {
      amount: Number(ap.amountCents),
      planned: Number(ap.cpPlannedCents),
      consumed: Number(ap.cpConsumedCents),
      rate: rateOf(ap.cpConsumedCents, ap.cpPlannedCents),
      remaining: Number(ap.remainingCents),
    },
  }));
  return (
    <BarChartWithTable
      caption="Autorisations de programme et d'engagement : enveloppe, crédits de paiement prévus et consommés"
      categoryHeader="AP / AE"
      orientation="bars"
      series={[
        { key: "amount", label: "Montant de l'AP / AE", kind: "cents" },
        { key: "planned", label: "CP prévus", kind: "cents" },
        { key: "consumed", label: "CP consommés (mandatés)", kind: "cents" },
        tableOnly("rate", "Taux de consommation des CP", "rate"),
        tableOnly("remaining", "Reste sur l'enveloppe", "cents"),
      ]}
      rows={rows}
      summary={`Graphique en barres groupées, enveloppe et crédits de paiement de ${rows.length} autorisations. ${rows.map((r) => `${r.label} : ${say(r.values.amount, "cents")}, ${say(r.values.planned, "cents")} de CP prévus, ${say(r.values.consumed, "cents")} consommés`).join(" ; ")}.`}
    />
  );
}

/** « 33,8 », the way terminaux pour 100 élèves are written. */
export const per100 = (value: number | null) =>
  value === null ? "non calculable" : formatDecimal(value);

/** Every collège ranked by terminaux pour 100 élèves, against the national level. */
export function EquityChart({ equity, fleet }: { equity: Equity; fleet: Fleet }) {
  const reference = fleet.references.terminauxPour100;
  const rows: ChartRow[] = equity.ranked.map((c) => ({
    key: c.uai,
    label: `${c.name} (${c.communeName}, ${c.uai})`,
    axisLabel: c.name,
    values: { rate: c.terminauxPour100, eleves: c.eleves, terminaux: c.terminaux },
  }));
  const measured = equity.ranked.filter((c) => c.rank !== null);
  const first = measured[0];
  const last = measured.at(-1);
  const overall = fleet.aggregate.indicators.terminauxPour100;
  const summary =
    !first || !last
      ? `Aucun collège n'a d'effectif connu${fleet.rentree === null ? "" : ` pour la rentrée ${schoolYearOf(fleet.rentree)}`} : le taux d'équipement ne peut pas être calculé.`
      : `Graphique en barres horizontales, terminaux pour 100 élèves de ${measured.length} collèges, de ${per100(first.terminauxPour100)} (${first.name}) à ${per100(last.terminauxPour100)} (${last.name}) ; ensemble de la collectivité : ${per100(overall)} ; niveau national ${reference.year} : ${reference.value}.`;
  return (
    <BarChartWithTable
      caption={`Taux d'équipement par collège : terminaux pour 100 élèves (${effectifBasis(fleet.rentree)}), du mieux au moins bien équipé`}
      categoryHeader="Collège"
      orientation="bars"
      series={[
        { key: "rate", label: "Terminaux pour 100 élèves", kind: "decimal" },
        tableOnly("eleves", "Élèves", "integer"),
        tableOnly("terminaux", "Terminaux en service", "integer"),
      ]}
      rows={rows}
      references={[
        {
          value: Number(reference.value.replace(",", ".")),
          label: `Niveau national ${reference.year} : ${reference.value}`,
        },
      ]}
      total={{
        key: "total",
        label: "Ensemble de la collectivité",
        values: {
          rate: overall,
          eleves: fleet.aggregate.eleves,
          terminaux: fleet.aggregate.counts.terminaux,
        },
      }}
      summary={summary}
    />
  );
}
