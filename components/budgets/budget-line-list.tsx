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
import { formatCents, formatInteger, plural } from "@/lib/format";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { listHrefs } from "@/components/ui/list-href";
import { labelledOptions, SelectField } from "@/components/ui/select";

type Line = BudgetLineList["items"][number];

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
  const href = listHrefs(listHref, {
    exercice: query.exercice,
    section: query.section,
    category: query.category,
    chapitre: query.chapitre,
    sort: query.sort === "chapitre" ? undefined : query.sort,
    dir: query.dir === "asc" ? undefined : query.dir,
    page: query.page === 1 ? undefined : query.page,
  });
  return (
    <section aria-labelledby="lignes-titre">
      <h1 id="lignes-titre">Lignes budgétaires {query.exercice}</h1>
      <FilterForm
        action={listHref}
        submitLabel="Afficher"
        resetHref={`${listHref}?exercice=${query.exercice}`}
        resetLabel="Réinitialiser les filtres"
      >
        <SelectField
          id="exercice"
          name="exercice"
          label="Exercice"
          defaultValue={query.exercice}
          options={data.exercices.map((year) => ({ value: String(year), label: String(year) }))}
        />
        <SelectField
          id="section"
          name="section"
          label="Section"
          defaultValue={query.section ?? ""}
          emptyLabel="Toutes"
          options={labelledOptions(BUDGET_SECTIONS, SECTION_LABELS)}
        />
        <SelectField
          id="category"
          name="category"
          label="Catégorie"
          defaultValue={query.category ?? ""}
          emptyLabel="Toutes"
          options={labelledOptions(BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS)}
        />
        <SelectField
          id="chapitre"
          name="chapitre"
          label="Chapitre"
          defaultValue={query.chapitre ?? ""}
          emptyLabel="Tous"
          options={data.chapitres.map((c) => ({
            value: c,
            label: M57_CHAPTERS[c] ? `${c} – ${M57_CHAPTERS[c]}` : c,
          }))}
        />
      </FilterForm>

      {canWrite ? (
        <p className="mt-4 text-sm">
          <Link href={`${listHref}/nouvelle?exercice=${query.exercice}`} className="font-semibold">
            + Ajouter une ligne
          </Link>
        </p>
      ) : null}
      <DataTable
        caption={`Lignes budgétaires de l'exercice ${query.exercice} (${formatInteger(total)}), page ${formatInteger(query.page)}`}
        label="Tableau des lignes (défilement horizontal)"
        columns={columns(listHref)}
        rows={items}
        rowKey={(l) => l.id}
        sort={{ query, href }}
        status={
          total === 0
            ? `Aucune ligne budgétaire ne correspond à ces critères pour ${query.exercice}.`
            : `${plural(total, "ligne")} : ${formatCents(totals.voted)} votés, ${formatCents(totals.mandated)} mandatés (exécution ${formatRate(totals.executionRate)}).`
        }
        exports={
          total > 0
            ? {
                href: href({ page: undefined }, `${listHref}/export`),
                what: total === 1 ? "cette ligne" : `ces ${plural(total, "ligne")}`,
              }
            : undefined
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
        pagination={{
          page: query.page,
          pageCount,
          href: (page) => href({ page: page === 1 ? undefined : page }),
        }}
      />
    </section>
  );
}
