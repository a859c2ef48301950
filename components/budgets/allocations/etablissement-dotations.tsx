import { notFound } from "next/navigation";
import { formatInteger, plural } from "@/lib/format";
import { resolveDotationsQuery } from "@/lib/budgets/allocation-exercices";
import { getEtablissementAllocations } from "@/lib/budgets/allocations-per-pupil";
import { ExportLinks } from "@/components/ui/export-links";
import { AllocationStats } from "@/components/budgets/allocations/allocation-stats";
import { AllocationTable } from "@/components/budgets/allocations/allocation-list";
import { DemoBudgetNotice } from "@/components/budgets/demo-budget-notice";
import { ExercicePicker } from "@/components/budgets/exercice-picker";
import type { SpacePageProps } from "@/components/layout/space-page";

/**
 * /e/[uai]/dotations: what the collectivité allocates to this collège for an exercice, read-only.
 * Nothing about any other collège, not even an average.
 */
export async function EtablissementDotationsPage({ ctx, searchParams }: SpacePageProps) {
  if (ctx.scope.type !== "ETABLISSEMENT") notFound();
  const listHref = `/e/${ctx.scope.uai}/dotations`;
  const { query, exercices } = await resolveDotationsQuery(ctx, searchParams);
  const { figures, items } = await getEtablissementAllocations(ctx, query);
  const caption = `Attributions de l'exercice ${query.exercice} — ${figures.name}`;
  return (
    <>
      <h1>Dotations du collège</h1>
      <DemoBudgetNotice ctx={ctx} />
      <p className="mt-2 max-w-3xl text-slate-800">
        Dotations de fonctionnement, équipements acquis pour le collège et subventions
        d&apos;équipement que la collectivité attribue à votre établissement ({figures.name}),
        exercice par exercice (année civile).
      </p>

      <ExercicePicker
        action={listHref}
        exercices={exercices}
        selected={query.exercice}
        className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      />

      <section
        aria-labelledby="dotations-synthese"
        className="mt-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="dotations-synthese" className="text-lg font-semibold">
          Exercice {query.exercice}
        </h2>
        <AllocationStats
          className="mt-3 grid gap-4 sm:grid-cols-3"
          totalCents={figures.totalCents}
          pupils={
            <>
              {figures.effectif ? formatInteger(figures.effectif.total) : "inconnu"}
              {figures.effectif ? (
                <span className="block text-xs font-normal text-slate-700">
                  rentrée {figures.effectif.rentree}, {figures.effectif.source}
                </span>
              ) : null}
            </>
          }
          perPupilCents={figures.perPupilCents}
          byKind={figures.byKind}
        />
      </section>

      <section aria-labelledby="dotations-liste" className="mt-6">
        <h2 id="dotations-liste" className="text-lg font-semibold">
          Détail des attributions
        </h2>
        <p className="mt-1 text-slate-800">
          {items.length === 0
            ? `Aucune attribution pour l'exercice ${query.exercice}.`
            : plural(items.length, "attribution")}
        </p>
        {items.length > 0 ? (
          <>
            <ExportLinks
              href={`${listHref}/export?exercice=${query.exercice}`}
              what={`les attributions de l'exercice ${query.exercice}`}
            />
            <AllocationTable items={items} caption={caption} showCollege={false} />
          </>
        ) : null}
        <p className="mt-4 text-sm text-slate-700">
          Une question sur une attribution ? Adressez-vous aux services de la collectivité.
        </p>
      </section>
    </>
  );
}
