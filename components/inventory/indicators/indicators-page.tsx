import { spaceHref } from "@/lib/access/space-href";
import { getInventoryIndicators } from "@/lib/inventory/indicators";
import { listEffectifRentrees } from "@/lib/inventory/college-counts";
import { schoolYearOf, toEffectifBasis } from "@/lib/inventory/schemas";
import { hasDemoInventory } from "@/lib/inventory/list-equipment";
import { formatInteger, plural } from "@/lib/format";
import { academieLabel } from "@/lib/referentials/labels";
import { InventoryPageTabs } from "@/components/inventory/inventory-tabs";
import type { SpacePageProps } from "@/components/layout/space-page";
import {
  columnOfAggregate,
  IndicatorComparison,
  IndicatorMethod,
} from "@/components/inventory/indicators/indicator-comparison";
import { IndicatorsTable } from "@/components/inventory/indicators/indicators-table";

/**
 * The indicators of a collectivité (its collèges) or of an académie (each département side by
 * side, then each collège with a département filter).
 */
export async function InventoryIndicatorsPage({ ctx, searchParams }: SpacePageProps) {
  if (ctx.scope.type !== "COLLECTIVITE" && ctx.scope.type !== "ACADEMIE") return null;
  const base = `${spaceHref(ctx)}/inventaire`;
  const [data, demo, rentrees] = await Promise.all([
    getInventoryIndicators(ctx, searchParams),
    hasDemoInventory(ctx),
    listEffectifRentrees(ctx),
  ]);
  const rentree = data.query.rentree ?? null;
  const academie = ctx.scope.type === "ACADEMIE";
  const scopeName = ctx.scope.name;
  const columns = [
    columnOfAggregate(academie ? academieLabel(scopeName) : scopeName, data.total),
    ...data.byDepartement.map((d) => columnOfAggregate(`${d.code} – ${d.name}`, d.aggregate)),
  ];
  const missing = data.total.colleges - data.total.collegesAvecEffectif;
  return (
    <>
      <InventoryPageTabs ctx={ctx} current="indicateurs" demo={demo} />
      <h1>Indicateurs du numérique</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Indicateurs au sens de l&apos;enquête ETIC, calculés à partir de l&apos;inventaire : seuls
        les équipements <strong>en service</strong> des collèges publics ouverts sont comptés,
        rapportés {toEffectifBasis(rentree)}.
      </p>
      {missing > 0 ? (
        <p className="mt-2 rounded border border-slate-400 bg-slate-50 p-3 text-sm text-slate-900">
          {plural(missing, "collège")} sur {formatInteger(data.total.colleges)}{" "}
          {missing > 1 ? "n'ont" : "n'a"} pas d&apos;effectif connu
          {rentree === null ? "" : ` pour la rentrée ${schoolYearOf(rentree)}`} :{" "}
          {missing > 1 ? "leurs" : "ses"} ratios par élève ne sont pas calculables et{" "}
          {missing > 1 ? "ils sont exclus" : "il est exclu"} des moyennes.
        </p>
      ) : null}
      <section aria-labelledby="indicateurs-ensemble" className="mt-6">
        <h2 id="indicateurs-ensemble">
          {academie ? "Académie et départements" : "Ensemble des collèges"}
        </h2>
        <div className="mt-3">
          <IndicatorComparison
            caption={
              academie
                ? "Indicateurs de l'académie et de chaque département, comparés aux références nationales"
                : "Indicateurs de la collectivité, comparés aux références nationales"
            }
            columns={columns}
            references={data.references}
          />
        </div>
        <IndicatorMethod references={data.references} rentree={rentree} />
      </section>
      <IndicatorsTable
        {...data}
        listHref={`${base}/indicateurs`}
        equipmentHref={base}
        departements={academie ? data.departements : undefined}
        rentrees={rentrees}
      />
    </>
  );
}
