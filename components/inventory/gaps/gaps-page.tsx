import { spaceHref } from "@/lib/access/space-href";
import { listGaps } from "@/lib/inventory/gaps";
import { hasDemoInventory } from "@/lib/inventory/list-equipment";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { InventoryPageTabs } from "@/components/inventory/inventory-tabs";
import type { SpacePageProps } from "@/components/layout/space-page";
import { GapsMethod } from "@/components/inventory/gaps/gaps-method";
import { GapsTable } from "@/components/inventory/gaps/gaps-table";

/** The gap analysis of a collectivité's collèges, or of an académie's across its collectivités. */
export async function InventoryGapsPage({ ctx, searchParams }: SpacePageProps) {
  if (ctx.scope.type !== "COLLECTIVITE" && ctx.scope.type !== "ACADEMIE") return null;
  const base = `${spaceHref(ctx)}/inventaire`;
  const [data, demo] = await Promise.all([listGaps(ctx, searchParams), hasDemoInventory(ctx)]);
  const academie = ctx.scope.type === "ACADEMIE";
  return (
    <>
      <InventoryPageTabs ctx={ctx} current="ecarts" demo={demo} />
      <h1>Écarts au référentiel d&apos;équipement</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Ce qui manque à chaque collège pour atteindre le référentiel{" "}
        {academie ? "de sa collectivité" : "de la collectivité"}, et ce qui le dépasse, d&apos;après
        son effectif et ses équipements en service. Les collèges les plus éloignés du référentiel
        (coût estimé du manque le plus élevé) viennent en premier.
      </p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3">
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-700">Coût estimé du manque (collèges affichés)</dt>
          <dd className="text-xl font-semibold">{formatCents(data.totals.missingCostCents)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-700">Collèges en écart</dt>
          <dd className="text-xl font-semibold">
            {formatInteger(data.totals.enEcart)} sur{" "}
            {formatInteger(data.totals.colleges - data.totals.nonCalculables)} mesurés
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-700">Collèges sans effectif connu (non calculables)</dt>
          <dd className="text-xl font-semibold">{formatInteger(data.nonCalculablesPerimetre)}</dd>
        </div>
      </dl>
      {data.nonCalculablesPerimetre > 0 && data.query.ecart ? (
        <p className="mt-2 text-sm text-slate-800">
          {plural(data.nonCalculablesPerimetre, "collège")} sans effectif connu{" "}
          {data.nonCalculablesPerimetre > 1 ? "ne sont pas évalués" : "n'est pas évalué"} et n&apos;
          {data.nonCalculablesPerimetre > 1 ? "apparaissent" : "apparaît"} pas avec ce filtre.
        </p>
      ) : null}
      <GapsMethod referentialHref={academie ? undefined : `${base}/referentiel`} />
      <GapsTable
        {...data}
        listHref={`${base}/ecarts`}
        equipmentHref={base}
        departements={academie ? data.departements : undefined}
      />
    </>
  );
}
