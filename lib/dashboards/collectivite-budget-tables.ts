import "server-only";
import {
  centsColumn,
  integerColumn,
  rateColumn,
  rateOf,
  textColumn,
  type DataCell,
} from "@/lib/exports/data-table";
import { formatDate } from "@/lib/format";
import { effectifBasis } from "@/lib/inventory/schemas";
import { AUTORISATION_STATE_LABELS, SECTION_LABELS } from "@/lib/budgets/labels";
import { type BudgetSummary } from "@/lib/budgets/budget-summary";
import type { BudgetFigures } from "@/lib/budgets/figures";
import { type EluView } from "@/lib/budgets/elu-view";
import { PHASE_LABELS } from "@/lib/campaigns/labels";
import { type OpenCampaign } from "@/lib/dashboards/collectivite-campaigns";
import { type Equity } from "@/lib/dashboards/equity-map";
import {
  type Table,
  decimalColumn,
  equityLabel,
  round1,
} from "@/lib/dashboards/collectivite-tables";

/* The collectivité dashboard's tables of campaigns, budget execution, AP and equity (CSV/XLSX). */

export function campaignsTable(campaigns: readonly OpenCampaign[]): Table {
  return {
    key: "campagne",
    title: "Campagnes de recensement des besoins en cours",
    sheetName: "Campagnes",
    columns: [
      textColumn("Campagne"),
      textColumn("État"),
      textColumn("Clôture des dépôts"),
      integerColumn("Collèges ayant déposé"),
      integerColumn("Collèges publics ouverts"),
      rateColumn("Part des collèges"),
      integerColumn("Besoins"),
      centsColumn("Montant demandé"),
      centsColumn("Enveloppe"),
      centsColumn("Montant accepté"),
    ],
    rows: campaigns.map((c) => [
      c.title,
      PHASE_LABELS[c.phase],
      formatDate(c.closesOn),
      c.colleges,
      c.collegesTotal,
      rateOf(BigInt(c.colleges), BigInt(c.collegesTotal)),
      c.needs,
      c.requestedCents,
      c.envelopeCents,
      c.acceptedCents,
    ]),
  };
}

const FIGURE_COLUMNS = [
  centsColumn("Voté"),
  centsColumn("Engagé"),
  centsColumn("Mandaté"),
  rateColumn("Taux d'exécution"),
];
const figureCells = (f: BudgetFigures): DataCell[] => [
  f.voted,
  f.engaged,
  f.mandated,
  f.executionRate,
];

export function executionTable(summary: BudgetSummary): Table {
  return {
    key: "execution",
    title: `Exécution du budget ${summary.exercice} par section`,
    sheetName: "Exécution",
    columns: [textColumn("Section"), ...FIGURE_COLUMNS],
    rows: [
      ...summary.bySection.map((s) => [SECTION_LABELS[s.section], ...figureCells(s)]),
      ["Total", ...figureCells(summary.totals)],
    ],
  };
}

export function autorisationsTable(view: EluView): Table {
  return {
    key: "ap",
    title: "Autorisations de programme et d'engagement : enveloppe et crédits de paiement",
    sheetName: "AP-CP",
    columns: [
      textColumn("AP / AE"),
      textColumn("Libellé"),
      textColumn("État"),
      centsColumn("Montant de l'AP / AE"),
      centsColumn("CP prévus"),
      centsColumn("CP consommés (mandatés)"),
      rateColumn("Taux de consommation des CP"),
      centsColumn("Reste sur l'enveloppe"),
    ],
    rows: view.autorisations.map((ap) => [
      ap.numero,
      ap.label,
      AUTORISATION_STATE_LABELS[ap.state],
      ap.amountCents,
      ap.cpPlannedCents,
      ap.cpConsumedCents,
      rateOf(ap.cpConsumedCents, ap.cpPlannedCents),
      ap.remainingCents,
    ]),
  };
}

export function equityTable(
  equity: Equity,
  withCoordinates = false,
  rentree: number | null = null,
): Table {
  const basis = ` (${effectifBasis(rentree)})`;
  return {
    key: withCoordinates ? "carte" : "equite",
    title: withCoordinates
      ? `Carte des collèges : terminaux pour 100 élèves et coordonnées${basis}`
      : `Terminaux pour 100 élèves par collège, du mieux au moins bien équipé${basis}`,
    sheetName: withCoordinates ? "Carte" : "Équité",
    columns: [
      integerColumn("Rang"),
      textColumn("UAI"),
      textColumn("Collège"),
      textColumn("Commune"),
      integerColumn("Élèves"),
      integerColumn("Terminaux en service"),
      decimalColumn("Terminaux pour 100 élèves"),
      textColumn("Classe"),
      ...(withCoordinates ? [decimalColumn("Latitude"), decimalColumn("Longitude")] : []),
    ],
    rows: equity.ranked.map((c) => [
      c.rank,
      c.uai,
      c.name,
      c.communeName,
      c.eleves,
      c.terminaux,
      round1(c.terminauxPour100),
      equityLabel(c.equityClass),
      ...(withCoordinates ? [c.latitude, c.longitude] : []),
    ]),
  };
}
