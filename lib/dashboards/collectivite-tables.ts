import "server-only";
import {
  centsColumn,
  integerColumn,
  textColumn,
  type DataCell,
  type DataColumn,
  type DataTable,
} from "@/lib/exports/data-table";
import { formatDate } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { describeReference } from "@/lib/inventory/national-references";
import { effectifBasis } from "@/lib/inventory/schemas";
import {
  AGE_COLUMNS,
  EQUIPMENT_FAMILIES,
  familyOf,
  type AgePyramid,
} from "@/lib/dashboards/age-pyramid";
import { EXPIRING_DAYS, type ConventionsOverview } from "@/lib/dashboards/collectivite-conventions";
import { type Fleet, type RenewalDue } from "@/lib/dashboards/collectivite-fleet";
import { EQUITY_CLASSES } from "@/lib/dashboards/equity-map";
import { type CollectiviteExportKey } from "@/lib/dashboards/collectivite-schemas";

/*
 * The collectivité dashboard's tables, defined once for the CSV/XLSX exports: each chart of the
 * page draws the same figures. Cents stay bigint and rates 0 to 1 here.
 */

export type Table = DataTable<CollectiviteExportKey>;

export const decimalColumn = (header: string): DataColumn => ({ header, kind: "decimal" });
export const round1 = (value: number | null) =>
  value === null ? null : Math.round(value * 10) / 10;
export const equityLabel = (key: string) => EQUITY_CLASSES.find((c) => c.key === key)!.label;

export function indicatorsTable(fleet: Fleet): Table {
  const { aggregate: a, references: r } = fleet;
  // An indicator of the collectivité beside its national reference, labelled as the reference is.
  const indicatorRow = (key: keyof typeof r & keyof typeof a.indicators, unit = "") => [
    `${r[key].label}${unit}`,
    round1(a.indicators[key]),
    describeReference(r[key]),
  ];
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
      indicatorRow("terminauxPour100"),
      indicatorRow("elevesParTerminal"),
      indicatorRow("partPlus5Ans", " (%)"),
      indicatorRow("affichagesPour1000"),
      indicatorRow("videoprojecteursPour1000"),
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
