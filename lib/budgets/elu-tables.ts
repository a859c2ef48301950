import {
  centsColumn,
  rateOf,
  textColumn,
  type DataCell,
  type DataColumn,
  type DataColumnKind,
  type DataTable,
} from "@/lib/exports/data-table";
import { formatInteger } from "@/lib/format";
import {
  AUTORISATION_STATE_LABELS,
  BUDGET_CATEGORY_LABELS,
  BUDGET_FUNDING_LABELS,
  M57_CHAPTERS,
  SECTION_LABELS,
} from "@/lib/budgets/labels";
import {
  PER_PUPIL_RANGE,
  RANGE_POSITION_LABELS,
  rangePositionOf,
  type BudgetFigures,
} from "@/lib/budgets/figures";
import { PHASE_LABELS } from "@/lib/campaigns/labels";
import type { EluView } from "@/lib/budgets/elu-view";

/*
 * The élu view's tables, defined once for the CSV/XLSX exports, the commission workbook and the
 * commission PDF: cents stay bigint here; each output formats them its own way.
 */

export const ELU_TABLE_KEYS = [
  "chapitres",
  "categories",
  "eleve",
  "colleges",
  "ap",
  "financements",
  "evolution",
  "campagnes",
] as const;
export type EluTableKey = (typeof ELU_TABLE_KEYS)[number];
/** The tables the page exports one by one (`?tableau=`). */
export const ELU_EXPORT_KEYS = [
  "chapitres",
  "categories",
  "financements",
  "evolution",
  "colleges",
  "ap",
  "campagnes",
] as const satisfies readonly EluTableKey[];
/** The tables of the commission's PDF and workbook, in order (the collèges' list is in the workbook only). */
export const COMMISSION_KEYS = [
  "chapitres",
  "categories",
  "eleve",
  "ap",
  "financements",
  "evolution",
  "campagnes",
] as const satisfies readonly EluTableKey[];

export type EluColumnKind = DataColumnKind;
export type EluCell = DataCell;
export type EluColumn = DataColumn;
export type EluTable = DataTable<EluTableKey>;

const text = textColumn;
const cents = centsColumn;
const FIGURE_COLUMNS = [
  cents("Voté"),
  cents("Engagé"),
  cents("Mandaté"),
  { header: "Taux d'exécution", kind: "rate" },
] satisfies EluColumn[];
const figureCells = (f: BudgetFigures): EluCell[] => [
  f.voted,
  f.engaged,
  f.mandated,
  f.executionRate,
];
const chapterLabel = (chapitre: string) =>
  M57_CHAPTERS[chapitre] ? `${chapitre} – ${M57_CHAPTERS[chapitre]}` : chapitre;

function table(view: EluView, key: EluTableKey): EluTable {
  const { exercice } = view;
  switch (key) {
    case "chapitres":
      return {
        key,
        title: `Exécution par chapitre M57 en ${exercice}`,
        sheetName: "Chapitres",
        columns: [text("Section"), text("Chapitre"), ...FIGURE_COLUMNS],
        rows: [
          ...view.byChapitre.map((c) => [
            SECTION_LABELS[c.section],
            chapterLabel(c.chapitre),
            ...figureCells(c),
          ]),
          ["Total", null, ...figureCells(view.totals)],
        ],
      };
    case "categories":
      return {
        key,
        title: `Exécution par catégorie en ${exercice}`,
        sheetName: "Catégories",
        columns: [text("Catégorie"), ...FIGURE_COLUMNS],
        rows: [
          ...view.byCategory.map((c) => [BUDGET_CATEGORY_LABELS[c.category], ...figureCells(c)]),
          ["Total", ...figureCells(view.totals)],
        ],
      };
    case "eleve": {
      const p = view.perPupil;
      const perPupilCents =
        p.pupils > 0 && view.lineCount > 0
          ? BigInt(Math.round((p.eurosPerPupil ?? 0) * 100))
          : null;
      const ranked = (view.spending?.items ?? [])
        .filter((c) => c.perPupilCents !== null)
        .map((c) => c.perPupilCents!);
      const count = (position: string) =>
        ranked.filter((v) => rangePositionOf(Number(v) / 100) === position).length;
      const rows: EluCell[][] = [
        [
          "Budget numérique voté par élève de la collectivité",
          perPupilCents,
          perPupilCents === null
            ? "non calculable"
            : RANGE_POSITION_LABELS[rangePositionOf(Number(perPupilCents) / 100)],
        ],
        ["Bas de la fourchette observée sur le terrain", BigInt(PER_PUPIL_RANGE.min * 100), null],
        ["Haut de la fourchette observée sur le terrain", BigInt(PER_PUPIL_RANGE.max * 100), null],
        ["Collège de référence (400 élèves, 45 451 € par an)", 11_300n, null],
      ];
      if (view.spending) {
        const t = view.spending.totals;
        rows.push([
          "Attributions aux collèges, par élève (ensemble)",
          t.allocationsPerPupilCents,
          null,
        ]);
        rows.push([
          "Dépense estimée par élève des collèges (ensemble)",
          t.perPupilCents,
          `${formatInteger(ranked.length)} collèges avec effectif : ${count("SOUS")} en dessous, ${count("DANS")} dans, ${count("AU_DESSUS")} au-dessus de la fourchette`,
        ]);
      }
      return {
        key,
        title: `Euros par élève en ${exercice}, comparés à la fourchette de ${PER_PUPIL_RANGE.min} à ${PER_PUPIL_RANGE.max} € par élève`,
        sheetName: "Euros par élève",
        columns: [text("Indicateur"), cents("Euros par élève"), text("Position")],
        rows,
      };
    }
    case "colleges":
      return {
        key,
        title: `Dépense numérique estimée par élève et par collège en ${exercice}`,
        sheetName: "Collèges",
        columns: [
          text("UAI"),
          text("Collège"),
          text("Commune"),
          { header: "Élèves", kind: "integer" },
          cents("Attributions"),
          cents("Équipements acquis"),
          { header: "Équipements acquis (nombre)", kind: "integer" },
          cents("Part des crédits communs"),
          cents("Total estimé"),
          cents("Euros par élève"),
          text("Position"),
        ],
        rows: (view.spending?.items ?? []).map((c) => [
          c.uai,
          c.name,
          c.communeName,
          c.pupils,
          c.allocationsCents,
          c.equipmentCents,
          c.equipmentItems,
          c.sharedCents,
          c.totalCents,
          c.perPupilCents,
          c.perPupilCents === null
            ? "effectif inconnu"
            : RANGE_POSITION_LABELS[rangePositionOf(Number(c.perPupilCents) / 100)],
        ]),
      };
    case "ap":
      return {
        key,
        title:
          "Autorisations de programme et d'engagement : crédits de paiement prévus et consommés",
        sheetName: "AP-CP",
        columns: [
          text("AP / AE"),
          text("Libellé"),
          text("État"),
          cents("Montant de l'AP / AE"),
          { header: "Exercice", kind: "year" },
          cents("CP prévus"),
          cents("CP consommés (mandatés)"),
          { header: "Taux de consommation", kind: "rate" },
        ],
        rows: view.autorisations.flatMap((ap) => [
          ...ap.schedule.map((s): EluCell[] => [
            ap.numero,
            ap.label,
            AUTORISATION_STATE_LABELS[ap.state],
            ap.amountCents,
            s.exercice,
            s.plannedCents,
            s.consumedCents,
            rateOf(s.consumedCents, s.plannedCents),
          ]),
          [
            ap.numero,
            ap.label,
            AUTORISATION_STATE_LABELS[ap.state],
            ap.amountCents,
            "Total",
            ap.cpPlannedCents,
            ap.cpConsumedCents,
            rateOf(ap.cpConsumedCents, ap.cpPlannedCents),
          ],
        ]),
      };
    case "financements":
      return {
        key,
        title: `Financement des crédits votés en ${exercice}`,
        sheetName: "Financements",
        columns: [
          text("Source de financement"),
          cents("Voté"),
          { header: "Part du voté", kind: "rate" },
          cents("Mandaté"),
          { header: "Taux d'exécution", kind: "rate" },
        ],
        rows: view.funding.map((f) => [
          BUDGET_FUNDING_LABELS[f.funding],
          f.voted,
          f.share,
          f.mandated,
          f.executionRate,
        ]),
      };
    case "evolution":
      return {
        key,
        title: "Voté et mandaté par exercice",
        sheetName: "Évolution",
        columns: [{ header: "Exercice", kind: "year" }, ...FIGURE_COLUMNS],
        rows: view.evolution.map((y) => [y.exercice, ...figureCells(y)]),
      };
    case "campagnes":
      return {
        key,
        title: `Campagnes de recensement des besoins de ${exercice}`,
        sheetName: "Campagnes",
        columns: [
          text("Campagne"),
          text("État"),
          cents("Enveloppe"),
          cents("Total accepté"),
          { header: "Besoins acceptés", kind: "integer" },
          text("Ligne budgétaire alimentée"),
          cents("Voté sur la ligne"),
          cents("Mandaté sur la ligne"),
        ],
        rows: view.campaigns.map((c) => [
          c.title,
          PHASE_LABELS[c.phase],
          c.envelopeCents,
          c.acceptedCents,
          c.acceptedNeeds,
          c.budgetLine
            ? `${c.budgetLine.chapitre} / ${c.budgetLine.nature} – ${c.budgetLine.label}`
            : "aucune",
          c.budgetLine?.votedCents ?? null,
          c.budgetLine?.mandatedCents ?? null,
        ]),
      };
  }
}

export function eluTable(view: EluView, key: EluTableKey): EluTable {
  return table(view, key);
}
