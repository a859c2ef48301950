import "server-only";
import { notFound } from "next/navigation";
import { can, getAccessContext, type AccessContext } from "@/lib/access/context";
import {
  centsColumn,
  dataTableResponse,
  integerColumn,
  rateColumn,
  rateOf,
  textColumn,
  type DataCell,
  type DataColumn,
  type DataTable,
} from "@/lib/exports/data-table";
import { exportFormatOf } from "@/lib/exports/spreadsheet";
import { formatDate } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { describeReference } from "@/lib/inventory/national-references";
import { effectifBasis } from "@/lib/inventory/schemas";
import { AUTORISATION_STATE_LABELS, SECTION_LABELS } from "@/lib/budgets/labels";
import { getBudgetSummary, type BudgetSummary } from "@/lib/budgets/budget-summary";
import type { BudgetFigures } from "@/lib/budgets/figures";
import { getEluView, type EluView } from "@/lib/budgets/elu-view";
import { eluTable } from "@/lib/budgets/elu-tables";
import { PHASE_LABELS } from "@/lib/campaigns/labels";
import {
  AGE_COLUMNS,
  EQUIPMENT_FAMILIES,
  familyOf,
  getAgePyramid,
  type AgePyramid,
} from "@/lib/dashboards/age-pyramid";
import {
  dashboardFrameOf,
  EXPIRING_DAYS,
  getConventionsOverview,
  getEquity,
  getFleet,
  getOpenCampaigns,
  getRenewalDue,
  type ConventionsOverview,
  type Fleet,
  type OpenCampaign,
  type RenewalDue,
} from "@/lib/dashboards/collectivite-dashboard";
import { EQUITY_CLASSES, type Equity } from "@/lib/dashboards/equity-map";
import {
  COLLECTIVITE_EXPORT_PERMISSIONS,
  collectiviteExportKeySchema,
  type CollectiviteExportKey,
} from "@/lib/dashboards/collectivite-schemas";

/*
 * The collectivité dashboard's tables, defined once for the CSV/XLSX exports: each chart of the
 * page draws the same figures. Cents stay bigint and rates 0 to 1 here.
 */

type Table = DataTable<CollectiviteExportKey>;

const decimalColumn = (header: string): DataColumn => ({ header, kind: "decimal" });
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const equityLabel = (key: string) => EQUITY_CLASSES.find((c) => c.key === key)!.label;

export function indicatorsTable(fleet: Fleet): Table {
  const { aggregate: a, references: r } = fleet;
  return {
    key: "indicateurs",
    title: `Indicateurs du parc des collèges publics comparés aux références nationales (${effectifBasis(fleet.rentree)})`,
    sheetName: "Indicateurs",
    columns: [
      textColumn("Indicateur"),
      decimalColumn("Collectivité"),
      textColumn("Référence nationale"),
    ],
    rows: [
      ["Collèges publics ouverts", a.colleges, null],
      ["Collèges dont l'effectif est connu", a.collegesAvecEffectif, null],
      ["Élèves de ces collèges", a.eleves, null],
      ["Terminaux en service de ces collèges", a.counts.terminaux, null],
      [
        r.terminauxPour100.label,
        round1(a.indicators.terminauxPour100),
        describeReference(r.terminauxPour100),
      ],
      [
        r.elevesParTerminal.label,
        round1(a.indicators.elevesParTerminal),
        describeReference(r.elevesParTerminal),
      ],
      [
        `${r.partPlus5Ans.label} (%)`,
        round1(a.indicators.partPlus5Ans),
        describeReference(r.partPlus5Ans),
      ],
      [
        r.affichagesPour1000.label,
        round1(a.indicators.affichagesPour1000),
        describeReference(r.affichagesPour1000),
      ],
      [
        r.videoprojecteursPour1000.label,
        round1(a.indicators.videoprojecteursPour1000),
        describeReference(r.videoprojecteursPour1000),
      ],
    ],
  };
}

export function pyramidTable(pyramid: AgePyramid): Table {
  return {
    key: "pyramide",
    title: `Équipements en service par tranche d'âge et par famille au ${formatDate(pyramid.today)}`,
    sheetName: "Pyramide des âges",
    columns: [
      textColumn("Tranche d'âge"),
      ...EQUIPMENT_FAMILIES.map((f) => integerColumn(f.label)),
      integerColumn("Ensemble"),
    ],
    rows: [
      ...AGE_COLUMNS.map((band) => [
        band.label,
        ...pyramid.byFamily.map((f) => f.counts[band.key]),
        pyramid.totals[band.key],
      ]),
      ["Total", ...pyramid.byFamily.map((f) => f.total), pyramid.total],
    ],
  };
}

export function pyramidCategoriesTable(pyramid: AgePyramid): Table {
  const familyLabel = (key: string) => EQUIPMENT_FAMILIES.find((f) => f.key === key)!.label;
  return {
    key: "pyramide-categories",
    title: `Équipements en service par catégorie et par tranche d'âge au ${formatDate(pyramid.today)}`,
    sheetName: "Âges par catégorie",
    columns: [
      textColumn("Catégorie"),
      textColumn("Famille"),
      ...AGE_COLUMNS.map((b) => integerColumn(b.label)),
      integerColumn("Total"),
    ],
    rows: [
      ...pyramid.byCategory.map((c) => [
        CATEGORY_LABELS[c.category],
        familyLabel(familyOf(c.category)),
        ...AGE_COLUMNS.map((b) => c.counts[b.key]),
        c.total,
      ]),
      ["Total", null, ...AGE_COLUMNS.map((b) => pyramid.totals[b.key]), pyramid.total],
    ],
  };
}

export function gapsTable(fleet: Fleet): Table {
  return {
    key: "ecarts",
    title: `Les ${fleet.furthest.length} collèges les plus éloignés du référentiel, par coût estimé du manque`,
    sheetName: "Écarts au référentiel",
    columns: [
      textColumn("UAI"),
      textColumn("Collège"),
      textColumn("Commune"),
      integerColumn("Élèves"),
      integerColumn("Terminaux manquants"),
      integerColumn("Affichages interactifs manquants"),
      integerColumn("Classes mobiles manquantes"),
      integerColumn("Bornes Wi-Fi manquantes"),
      centsColumn("Coût estimé du manque"),
    ],
    rows: fleet.furthest.map((c) => {
      const l = c.gaps!.lines;
      return [
        c.uai,
        c.name,
        c.communeName,
        c.effectif?.total ?? null,
        l.terminaux.missing,
        l.affichages.missing,
        l.classesMobiles.missing,
        l.bornesWifi.missing,
        BigInt(c.gaps!.missingCostCents),
      ];
    }),
  };
}

export function renewalTable(renewal: RenewalDue): Table {
  const [y1, y2] = renewal.years;
  const cells = (pair: RenewalDue["cells"]): DataCell[] => [
    pair[0].count,
    BigInt(pair[0].costCents),
    pair[1].count,
    BigInt(pair[1].costCents),
  ];
  return {
    key: "renouvellement",
    title: `Renouvellements dus en ${y1} et en ${y2}, par catégorie, au coût du référentiel`,
    sheetName: "Renouvellement",
    columns: [
      textColumn("Catégorie"),
      integerColumn(`Équipements ${y1}`),
      centsColumn(`Coût ${y1}`),
      integerColumn(`Équipements ${y2}`),
      centsColumn(`Coût ${y2}`),
    ],
    rows: [
      ...renewal.byCategory.map((c) => [CATEGORY_LABELS[c.category], ...cells(c.cells)]),
      ["Total", ...cells(renewal.cells)],
      [
        `dont échus avant ${y1}, comptés en ${y1}`,
        renewal.overdue.count,
        BigInt(renewal.overdue.costCents),
        null,
        null,
      ],
    ],
  };
}

/** The rows of the conventions' status table: each a tab of the conventions list, `what` naming its link. */
export function conventionStatusRows(
  overview: ConventionsOverview,
): { tab: string; label: string; what: string; count: number }[] {
  const c = overview.counts;
  return [
    ...(overview.toSign === null
      ? []
      : [
          {
            tab: "a-signer",
            label: "À signer par la collectivité",
            what: "les conventions à signer par la collectivité",
            count: overview.toSign,
          },
        ]),
    {
      tab: "brouillons",
      label: "Brouillons",
      what: "les conventions en brouillon",
      count: c.brouillons,
    },
    {
      tab: "refusees",
      label: "dont refusées, à reprendre",
      what: "les conventions refusées, à reprendre",
      count: c.refusees,
    },
    {
      tab: "en-signature",
      label: "En signature",
      what: "les conventions en signature",
      count: c["en-signature"],
    },
    {
      tab: "en-vigueur",
      label: "En vigueur",
      what: "les conventions en vigueur",
      count: c["en-vigueur"],
    },
    {
      tab: "expirant",
      label: `dont expirant sous ${EXPIRING_DAYS} jours`,
      what: `les conventions en vigueur expirant sous ${EXPIRING_DAYS} jours`,
      count: c.expirant,
    },
    { tab: "expirees", label: "Expirées", what: "les conventions expirées", count: c.expirees },
    { tab: "resiliees", label: "Résiliées", what: "les conventions résiliées", count: c.resiliees },
    {
      tab: "toutes",
      label: "Toutes, avenants compris",
      what: "toutes les conventions, avenants compris",
      count: c.toutes,
    },
  ];
}

export function conventionsTable(overview: ConventionsOverview): Table {
  return {
    key: "conventions",
    title: "Conventions par statut",
    sheetName: "Conventions",
    columns: [textColumn("Statut"), integerColumn("Conventions")],
    rows: conventionStatusRows(overview).map((r) => [r.label, r.count]),
  };
}

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

/** Rebuilds one table for the context, from the same lib functions as the page, with its filters. */
async function tableFor(
  ctx: AccessContext,
  key: CollectiviteExportKey,
  { exercice, rentree }: { exercice: number; rentree: number | null },
  now: Date,
): Promise<Table> {
  const budgetInput = { exercice };
  switch (key) {
    case "indicateurs":
      return indicatorsTable(await getFleet(ctx, now, rentree));
    case "pyramide":
      return pyramidTable(await getAgePyramid(ctx, now));
    case "pyramide-categories":
      return pyramidCategoriesTable(await getAgePyramid(ctx, now));
    case "ecarts":
      return gapsTable(await getFleet(ctx, now));
    case "renouvellement":
      return renewalTable(await getRenewalDue(ctx, now));
    case "equite":
    case "carte":
      return equityTable((await getEquity(ctx, now, rentree)).equity, key === "carte", rentree);
    case "conventions":
      return conventionsTable(await getConventionsOverview(ctx, now));
    case "campagne":
      return campaignsTable(await getOpenCampaigns(ctx, now));
    case "execution":
      return executionTable(await getBudgetSummary(ctx, budgetInput, now));
    case "budget-categories":
      return { ...eluTable(await getEluView(ctx, budgetInput, now), "categories"), key };
    case "eleve":
      return { ...eluTable(await getEluView(ctx, budgetInput, now), "eleve"), key };
    case "ap":
      return autorisationsTable(await getEluView(ctx, budgetInput, now));
  }
}

const BUDGET_KEYS: readonly CollectiviteExportKey[] = [
  "execution",
  "budget-categories",
  "eleve",
  "ap",
];
/** The tables whose ratios divide by the effectifs of the rentrée asked. */
const RENTREE_KEYS: readonly CollectiviteExportKey[] = ["indicateurs", "equite", "carte"];

/** The file name's suffix: the exercice of a budget table, the rentrée of a table of ratios when one is asked. */
function fileSuffix(key: CollectiviteExportKey, exercice: number, rentree: number | null): string {
  if (BUDGET_KEYS.includes(key)) return `-${exercice}`;
  return RENTREE_KEYS.includes(key) && rentree !== null ? `-rentree-${rentree}` : "";
}

/**
 * GET /c/[code]/tableau-de-bord/export?graphique=<key>&format=csv|xlsx&exercice=…&rentree=…: one
 * chart's table. Not a member, an unknown key or a module the member cannot read: 404, like the page.
 */
export async function collectiviteDashboardExportResponse(
  request: Request,
  code: string,
  now: Date = new Date(),
): Promise<Response> {
  const ctx = await getAccessContext({ type: "COLLECTIVITE", code });
  if (!ctx) notFound();
  const url = new URL(request.url);
  const parsed = collectiviteExportKeySchema.safeParse(url.searchParams.get("graphique"));
  if (!parsed.success || !can(ctx, COLLECTIVITE_EXPORT_PERMISSIONS[parsed.data])) notFound();
  const key = parsed.data;
  const filters = dashboardFrameOf(
    {
      exercice: url.searchParams.get("exercice") ?? undefined,
      rentree: url.searchParams.get("rentree") ?? undefined,
    },
    now,
  );
  const table = await tableFor(ctx, key, filters, now);
  return dataTableResponse(
    exportFormatOf(url.searchParams),
    `tableau-de-bord-${key}-${code}${fileSuffix(key, filters.exercice, filters.rentree)}`,
    table,
  );
}
