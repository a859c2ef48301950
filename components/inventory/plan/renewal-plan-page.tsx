import Link from "next/link";
import { spaceHref, spaceKey } from "@/lib/access/space-href";
import { getRenewalPlan } from "@/lib/inventory/renewal-plan";
import { listRenewalItems } from "@/lib/inventory/renewal-items";
import { adjustableYears } from "@/lib/inventory/adjust-renewal";
import { hasDemoInventory } from "@/lib/inventory/list-equipment";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { InventoryPageTabs } from "@/components/inventory/inventory-tabs";
import type { SpacePageProps } from "@/components/layout/space-page";
import { PlanFilters } from "@/components/inventory/plan/plan-filters";
import { PlanByYear } from "@/components/inventory/plan/plan-by-year";
import { PlanByCollege } from "@/components/inventory/plan/plan-by-college";
import { PlanItemList } from "@/components/inventory/plan/plan-item-list";
import { PlanRules } from "@/components/inventory/plan/plan-rules";
import { PlanProgrammes } from "@/components/inventory/plan/plan-programmes";
import { programmesForPlan } from "@/lib/programmes/read-programmes";
import { networkWarnings } from "@/lib/network/readiness-gate";
import { ReadinessWarnings } from "@/components/network/readiness-warnings";
import { planHref, PLAN_VIEWS, type PlanView } from "@/components/inventory/plan/plan-href";

/**
 * The renewal plan of a collectivité (every collège, adjustable by its agents) or of one collège
 * (read only): summaries per year, category and collège, and the equipment of one year.
 */
export async function RenewalPlanPage({ ctx, searchParams }: SpacePageProps) {
  const scopeType = ctx.scope.type === "ETABLISSEMENT" ? "ETABLISSEMENT" : "COLLECTIVITE";
  const inventory = `${spaceHref(ctx)}/inventaire`;
  const base = `${inventory}/plan`;
  const collectivite = scopeType === "COLLECTIVITE";
  const requested = typeof searchParams.vue === "string" ? searchParams.vue : "";
  const views = (
    collectivite ? ["annees", "colleges", "liste"] : ["annees", "liste"]
  ) as PlanView[];
  const view: PlanView = views.includes(requested as PlanView) ? (requested as PlanView) : "annees";
  const [plan, list, demo] = await Promise.all([
    getRenewalPlan(ctx, searchParams),
    view === "liste" ? listRenewalItems(ctx, searchParams) : null,
    hasDemoInventory(ctx),
  ]);
  const [programmes, warnings] = await Promise.all([
    view === "annees"
      ? programmesForPlan(ctx, plan.query.firstYear, plan.query.years.length)
      : null,
    networkWarnings(
      ctx,
      plan.networkDependent.map((c) => c.uai),
    ),
  ]);
  const dependentCount = new Map(plan.networkDependent.map((c) => [c.uai, c.count]));
  const { query, all } = plan;
  const lastYear = query.years.at(-1)!;
  const href = (target: PlanView, overrides: Parameters<typeof planHref>[3] = {}) =>
    planHref(base, query, target, overrides);
  const scopeKey = spaceKey(ctx);
  const canAdjust = collectivite && ctx.permissions.has("inventory.write");

  return (
    <>
      <InventoryPageTabs ctx={ctx} current="plan" demo={demo} />
      <h1>
        Plan de renouvellement {query.firstYear}–{lastYear}
      </h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Équipements en service ou en panne à renouveler sur cinq exercices, selon l&apos;âge de
        renouvellement de leur catégorie ou la fin de leur garantie (
        {plan.referentialCustomised
          ? "référentiel de la collectivité"
          : "valeurs par défaut, la collectivité n'ayant pas enregistré de référentiel"}
        ), ou selon l&apos;année fixée par un agent. Le coût estimé est le nombre d&apos;équipements
        multiplié par le coût unitaire de la catégorie dans le référentiel, non le prix
        d&apos;achat.
      </p>
      <p className="mt-2 max-w-3xl text-sm text-slate-800">
        Les équipements en stock ou réformés ne sont pas renouvelés et ne figurent pas dans ce plan
        {plan.notRenewed > 0 ? (
          <> ({plural(plan.notRenewed, "équipement")} avec les filtres choisis)</>
        ) : null}
        .
      </p>

      <div className="mt-4">
        <ReadinessWarnings
          id="reseau-plan"
          collapseAfter={8}
          warnings={[...warnings.values()].map((w) => ({
            ...w,
            needs: [
              plural(
                dependentCount.get(w.uai) ?? 0,
                "équipement interactif ou mobile",
                "équipements interactifs ou mobiles",
              ),
            ],
          }))}
          what="les équipements interactifs ou mobiles que ce plan renouvelle"
          networkHref={`${spaceHref(ctx)}/etablissements/reseau`}
        />
      </div>

      <PlanFilters
        base={base}
        query={query}
        view={view}
        colleges={collectivite ? plan.colleges : []}
      />

      <section aria-labelledby="plan-chiffres" className="mt-6">
        <h2 id="plan-chiffres" className="sr-only">
          Chiffres clés
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <KeyFigure
            label={`À renouveler ${query.firstYear}–${lastYear}`}
            value={formatCents(all.total.costCents)}
            detail={plural(all.total.count, "équipement")}
          />
          <KeyFigure
            label={`En retard (comptés en ${query.firstYear})`}
            value={plural(all.overdue.count, "équipement")}
            detail={formatCents(all.overdue.costCents)}
            href={href("liste", { annee: "en-retard", page: undefined })}
            linkLabel="Voir les équipements en retard"
          />
          <KeyFigure
            label={`Au-delà de ${lastYear}`}
            value={plural(all.beyond.count, "équipement")}
            detail="hors du plan"
            href={href("liste", { annee: "au-dela", page: undefined })}
            linkLabel={`Voir les équipements dus après ${lastYear}`}
          />
          <KeyFigure
            label="Non planifiables"
            value={plural(all.unplannable.count, "équipement")}
            detail="ni date d'acquisition ni fin de garantie"
            href={href("liste", { annee: "non-planifiable", page: undefined })}
            linkLabel="Voir les équipements à compléter"
          />
        </dl>
      </section>

      <nav aria-label="Vues du plan" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {views.map((key) => (
            <li key={key}>
              <Link
                href={href(key, { page: undefined })}
                aria-current={key === view ? "page" : undefined}
                className={`inline-block rounded border px-3 py-1.5 text-sm ${key === view ? "border-slate-900 bg-slate-900 font-semibold text-white" : "border-slate-500 bg-white text-blue-800"}`}
              >
                {PLAN_VIEWS[key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="mt-4">
        {view === "annees" ? (
          <PlanByYear plan={plan} href={href} exportHref={`${base}/export`} />
        ) : null}
        {programmes && programmes.length > 0 ? (
          <PlanProgrammes
            programmes={programmes}
            renewal={all.perYear}
            years={query.years}
            programmesHref={`${spaceHref(ctx)}/appels/programmes`}
          />
        ) : null}
        {view === "colleges" ? (
          <PlanByCollege plan={plan} href={href} exportHref={`${base}/export`} />
        ) : null}
        {view === "liste" && list ? (
          <PlanItemList
            list={list}
            base={base}
            inventory={inventory}
            href={href}
            showCollege={collectivite}
            adjust={
              canAdjust ? { scopeType, scopeKey, path: base, years: adjustableYears() } : null
            }
          />
        ) : null}
      </div>

      <PlanRules
        rules={plan.rules}
        customised={plan.referentialCustomised}
        referentialHref={collectivite ? `${inventory}/referentiel` : null}
      />
      <p className="mt-4 text-sm text-slate-800">
        Montants en euros TTC ; {formatInteger(query.years.length)} exercices budgétaires (années
        civiles) à partir de {query.firstYear}.
      </p>
    </>
  );
}

function KeyFigure({
  label,
  value,
  detail,
  href,
  linkLabel,
}: {
  label: string;
  value: string;
  detail: string;
  href?: string;
  linkLabel?: string;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm font-medium text-slate-800">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-slate-900">{value}</dd>
      <dd className="text-sm text-slate-800">{detail}</dd>
      {href ? (
        <dd className="mt-1 text-sm">
          <Link href={href}>{linkLabel}</Link>
        </dd>
      ) : null}
    </div>
  );
}
