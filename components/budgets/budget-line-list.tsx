import Link from "next/link";
import type { BudgetLineList } from "@/lib/budgets/list-budget-lines";
import {
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
  BUDGET_SECTIONS,
  M57_CHAPTERS,
  M57_NATURES,
  SECTION_LABELS,
} from "@/lib/budgets/labels";
import { formatRate } from "@/lib/budgets/figures";
import { formatCents, formatInteger, plural, these } from "@/lib/format";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { listTableLinks, sortedListHrefs } from "@/components/ui/list-page";
import { labelledOptions } from "@/components/ui/select";
import { exerciceFilter } from "@/components/budgets/exercice-picker";
import { AddLink } from "@/components/ui/add-link";

type Line = BudgetLineList["items"][number];

const sectionOptions = labelledOptions(BUDGET_SECTIONS, SECTION_LABELS);
const categoryOptions = labelledOptions(BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS);

function columns(listHref: string): Column<Line>[] {
  const money = (key: "bp" | "dm" | "voted" | "engaged" | "mandated", header: string) => ({
    key,
    header,
    numeric: true,
    sort: key === "dm" || key === "voted" ? undefined : key,
    cell: (line: Line) => formatCents(line[key]),
  });
  return [
    { key: "section", header: "Section", cell: (l) => SECTION_LABELS[l.section] },
    {
      key: "chapitre",
      header: "Chapitre",
      sort: "chapitre",
      className: "font-mono",
      cell: (l) => l.chapitre,
    },
    { key: "fonction", header: "Fonction", className: "font-mono", cell: (l) => l.fonction },
    {
      key: "nature",
      header: "Nature",
      sort: "nature",
      cell: (l) => (
        <>
          <span className="font-mono">{l.nature}</span>
          {M57_NATURES[l.nature] ? (
            <span className="block text-xs text-slate-700">{M57_NATURES[l.nature]}</span>
          ) : null}
        </>
      ),
    },
    {
      key: "label",
      header: "Libellé",
      sort: "label",
      cell: (l) => <Link href={`${listHref}/${l.id}`}>{l.label}</Link>,
    },
    {
      key: "category",
      header: "Catégorie",
      sort: "category",
      cell: (l) => BUDGET_CATEGORY_LABELS[l.category],
    },
    { key: "ap", header: "AP / AE", cell: (l) => (l.autorisation ? l.autorisation.numero : "—") },
    money("bp", "BP"),
    money("dm", "DM"),
    money("voted", "Voté"),
    money("engaged", "Engagé"),
    money("mandated", "Mandaté"),
    { key: "rate", header: "Exécution", numeric: true, cell: (l) => formatRate(l.executionRate) },
  ];
}

/** The budget lines of one exercice: filters in the URL, sortable columns, the filter's totals, exports. */
export function BudgetLineListView({
  data,
  listHref,
  canWrite,
}: {
  data: BudgetLineList;
  listHref: string;
  canWrite: boolean;
}) {
  const { items, total, totals, pageCount, query } = data;
  const { exercice, section, category, chapitre } = query;
  const href = sortedListHrefs(listHref, query, "chapitre", {
    exercice,
    section,
    category,
    chapitre,
  });
  const what = these(total, "cette ligne", "ligne");
  return (
    <section aria-labelledby="lignes-titre">
      <h1 id="lignes-titre">Lignes budgétaires {query.exercice}</h1>
      <FilterForm
        action={listHref}
        submitLabel="Afficher"
        resetHref={`${listHref}?exercice=${query.exercice}`}
        resetLabel="Réinitialiser les filtres"
        values={query}
        filters={[
          exerciceFilter(data.exercices, query.exercice),
          { name: "section", label: "Section", all: "Toutes", options: sectionOptions },
          { name: "category", label: "Catégorie", all: "Toutes", options: categoryOptions },
          {
            name: "chapitre",
            label: "Chapitre",
            all: "Tous",
            options: data.chapitres.map((c) => ({
              value: c,
              label: M57_CHAPTERS[c] ? `${c} – ${M57_CHAPTERS[c]}` : c,
            })),
          },
        ]}
      />

      {canWrite ? (
        <AddLink href={`${listHref}/nouvelle?exercice=${query.exercice}`}>
          + Ajouter une ligne
        </AddLink>
      ) : null}
      <DataTable
        caption={`Lignes budgétaires de l'exercice ${query.exercice} (${formatInteger(total)}), page ${formatInteger(query.page)}`}
        label="Tableau des lignes (défilement horizontal)"
        columns={columns(listHref)}
        rows={items}
        rowKey={(l) => l.id}
        {...listTableLinks({ listHref, href, query, pageCount, total, what })}
        status={
          total === 0
            ? `Aucune ligne budgétaire ne correspond à ces critères pour ${query.exercice}.`
            : `${plural(total, "ligne")} : ${formatCents(totals.voted)} votés, ${formatCents(totals.mandated)} mandatés (exécution ${formatRate(totals.executionRate)}).`
        }
        totals={{
          label: `Total (${plural(total, "ligne")})`,
          cells: {
            bp: formatCents(totals.bp),
            dm: formatCents(totals.dm),
            voted: formatCents(totals.voted),
            engaged: formatCents(totals.engaged),
            mandated: formatCents(totals.mandated),
            rate: formatRate(totals.executionRate),
          },
        }}
      />
    </section>
  );
}
