import Link from "next/link";
import { notFound } from "next/navigation";
import type { AccessContext } from "@/lib/access/context";
import { plural } from "@/lib/format";
import { centsToInput } from "@/lib/budgets/money";
import { resolveDotationsQuery } from "@/lib/budgets/allocation-exercices";
import { listAllocationsPerCollege } from "@/lib/budgets/allocations-per-pupil";
import {
  allocationCollegeFilterOptions,
  allocationFormOptions,
  getAllocation,
  listAllocations,
  type AllocationItem,
} from "@/lib/budgets/list-allocations";
import {
  createAllocationAction,
  deleteAllocationAction,
  updateAllocationAction,
} from "@/app/actions/allocations";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";
import {
  AllocationForm,
  DeleteAllocationForm,
} from "@/components/budgets/allocations/allocation-forms";
import { AllocationTable } from "@/components/budgets/allocations/allocation-list";
import {
  AllocationTotalsSummary,
  CollegeAllocationsTable,
} from "@/components/budgets/allocations/college-allocations-table";
import { FilterForm } from "@/components/ui/filter-form";
import { KeepSortFields } from "@/components/ui/filter-fields";
import { collegeOptions } from "@/components/inventory/college-filter-fields";
import { exerciceFilter } from "@/components/budgets/exercice-picker";
import type { SpacePageProps } from "@/components/layout/space-page";
import type { ListHref } from "@/components/ui/list-href";
import { listStatus, sortedListHrefs } from "@/components/ui/list-page";
import { orNullIfNotFound } from "@/app/_server/or-not-found";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function editedAllocation(
  ctx: AccessContext,
  id: string | undefined,
): Promise<AllocationItem | null> {
  if (!id || !ctx.permissions.has("budget.write")) return null;
  return orNullIfNotFound(getAllocation(ctx, id));
}

/**
 * /c/[code]/budgets/dotations: per exercice, the allocations of every collège and their €/élève,
 * then the allocation list (of the chosen collège, or all) with the forms of those who write it.
 */
export async function CollectiviteDotationsPage({ ctx, searchParams }: SpacePageProps) {
  if (ctx.scope.type !== "COLLECTIVITE") notFound();
  const base = `/c/${ctx.scope.code}/budgets`;
  const listHref = `${base}/dotations`;
  const { query, exercices } = await resolveDotationsQuery(ctx, searchParams);
  const canWrite = ctx.permissions.has("budget.write");
  const editId = first(searchParams.modifier);
  const [perCollege, allocations, colleges, options, editing] = await Promise.all([
    listAllocationsPerCollege(ctx, query),
    listAllocations(ctx, query),
    allocationCollegeFilterOptions(ctx, query.exercice),
    canWrite ? allocationFormOptions(ctx, query.exercice) : Promise.resolve(null),
    editedAllocation(ctx, editId),
  ]);
  const editOptions =
    editing && options && editing.exercice !== query.exercice
      ? await allocationFormOptions(ctx, editing.exercice)
      : options;

  const { exercice, college } = query;
  const sorted = sortedListHrefs(listHref, query, "name", { exercice, college });
  // The allocation list's own page follows the per-collège table's.
  const apage = query.apage === 1 ? undefined : query.apage;
  const href: ListHref = (overrides, target) => sorted({ apage, ...overrides }, target);
  const scope = { scopeType: "COLLECTIVITE", scopeKey: ctx.scope.code, path: listHref };
  const selected = query.college ? colleges.find((c) => c.uai === query.college) : undefined;
  const listTitle = selected
    ? `Attributions de l'exercice ${query.exercice} : ${selected.name}`
    : `Attributions de l'exercice ${query.exercice}`;

  return (
    <>
      <BudgetTabs base={base} current="dotations" ctx={ctx} />
      <h1>Attributions aux collèges</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Dotations de fonctionnement, équipements acquis et subventions attribués à chaque collège
        public pour un exercice, rapportés à ses élèves (dernier effectif connu). Chaque chef
        d&apos;établissement voit les attributions de son collège, et elles seules.
      </p>
      {first(searchParams.fait) === "suppression" ? (
        <p
          role="status"
          className="mt-3 rounded border border-green-700 bg-green-50 p-2 text-sm text-green-900"
        >
          Attribution supprimée.
        </p>
      ) : null}

      <FilterForm
        action={listHref}
        columns={3}
        submitLabel="Afficher"
        actionsClassName=""
        values={query}
        filters={[
          exerciceFilter(exercices, query.exercice),
          {
            name: "college",
            label: "Collège",
            all: "Tous les collèges",
            options: collegeOptions(colleges),
          },
        ]}
      >
        <KeepSortFields query={query} defaultSort="name" />
      </FilterForm>

      <AllocationTotalsSummary data={perCollege} />
      <CollegeAllocationsTable
        data={perCollege}
        href={href}
        exportHref={href({ page: undefined, apage: undefined }, `${listHref}/export`)}
      />

      <section id="attributions" aria-labelledby="attributions-titre" className="mt-8">
        <h2 id="attributions-titre" className="text-lg font-semibold">
          {listTitle}
        </h2>
        {selected ? (
          <p className="text-sm">
            <Link href={href({ college: undefined, apage: undefined }) + "#attributions"}>
              Voir les attributions de tous les collèges
            </Link>
          </p>
        ) : null}

        {editing && editOptions ? (
          <div id="attribution-edition" className="mt-4">
            <h3 className="font-semibold">
              Modifier l&apos;attribution « {editing.label} » ({editing.etablissement.name})
            </h3>
            <AllocationForm
              action={updateAllocationAction}
              options={editOptions}
              submitLabel="Enregistrer les modifications"
              prefix="edit"
              {...scope}
              values={{
                id: editing.id,
                uai: editing.etablissement.uai,
                exercice: editing.exercice,
                kind: editing.kind,
                label: editing.label,
                amount: centsToInput(editing.amountCents),
                budgetLineId: editing.budgetLine?.id ?? "",
              }}
            />
            <DeleteAllocationForm
              action={deleteAllocationAction}
              id={editing.id}
              label={editing.label}
              retour={href({})}
              {...scope}
            />
            <p className="mt-2 text-sm">
              <Link href={href({}) + "#attributions"}>Fermer sans modifier</Link>
            </p>
          </div>
        ) : editId && canWrite ? (
          <p role="status" className="mt-3 text-sm text-slate-800">
            Cette attribution n&apos;existe plus ou n&apos;appartient pas à votre collectivité.
          </p>
        ) : null}

        <p className="mt-3 text-slate-800" aria-live="polite">
          {listStatus({
            total: allocations.total,
            noun: "attribution",
            empty: "Aucune attribution pour cet exercice.",
            page: query.apage,
            pageCount: allocations.pageCount,
          })}
        </p>
        {allocations.total > 0 ? (
          <>
            <ExportLinks
              href={href(
                { page: undefined, apage: undefined, vue: "attributions" },
                `${listHref}/export`,
              )}
              what={
                allocations.total === 1
                  ? "cette attribution"
                  : `ces ${plural(allocations.total, "attribution")}`
              }
            />
            <AllocationTable
              items={allocations.items}
              caption={listTitle}
              showCollege={!selected}
              editHref={
                canWrite ? (id) => `${href({ modifier: id })}#attribution-edition` : undefined
              }
            />
          </>
        ) : null}
        <Pagination
          page={query.apage}
          pageCount={allocations.pageCount}
          href={(page) => `${href({ apage: page === 1 ? undefined : page })}#attributions`}
        />

        {canWrite && options ? (
          <div className="mt-6">
            <h3 className="font-semibold">Nouvelle attribution</h3>
            <AllocationForm
              action={createAllocationAction}
              options={options}
              submitLabel="Enregistrer l'attribution"
              prefix="new"
              {...scope}
              values={{
                uai: query.college ?? "",
                exercice: query.exercice,
                kind: "",
                label: "",
                amount: "",
                budgetLineId: "",
              }}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}
