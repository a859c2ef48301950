import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref, spaceKey } from "@/lib/access/space-href";
import { centsToInput } from "@/lib/budgets/money";
import { todayInParis } from "@/lib/dates";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { getCampaign, listNeeds } from "@/lib/campaigns/get-campaign";
import { campaignBudgetLineOptions } from "@/lib/campaigns/form-options";
import { formatDate } from "@/lib/format";
import { CampaignList } from "@/components/campaigns/campaign-list";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignSummary } from "@/components/campaigns/campaign-summary";
import { CampaignActions } from "@/components/campaigns/campaign-actions";
import { NeedsTable } from "@/components/campaigns/needs-table";
import { PhaseBadge } from "@/components/campaigns/campaign-badges";
import { NeedForm } from "@/components/campaigns/need-forms";
import { rowActionsFor } from "@/components/campaigns/need-row-actions";
import { ReadinessWarnings } from "@/components/network/readiness-warnings";
import { campaignNetworkWarnings } from "@/lib/campaigns/network-gate";
import { AddLink } from "@/components/ui/add-link";
import { orNotFound } from "@/app/_server/or-not-found";

type SearchParams = Record<string, string | string[] | undefined>;

const day = (date: Date) => date.toISOString().slice(0, 10);

function scopeOf(ctx: AccessContext) {
  return { scopeType: ctx.scope.type, scopeKey: spaceKey(ctx) };
}

const INTRO: Record<string, string> = {
  COLLECTIVITE:
    "Ouvrez une campagne, suivez les dépôts des collèges et l'avis de l'académie, puis arbitrez dans l'enveloppe.",
  ACADEMIE:
    "Les campagnes des collectivités de l'académie : donnez votre avis pédagogique sur chaque besoin de vos collèges jusqu'à la clôture de l'arbitrage.",
  ETABLISSEMENT:
    "Les campagnes de votre collectivité : déposez les besoins de votre collège avant la date limite ; les décisions s'affichent une fois l'arbitrage clos.",
};

/** The campaigns of a space, with their counts. */
export async function CampaignsListPage({ ctx }: { ctx: AccessContext }) {
  const base = `${spaceHref(ctx)}/campagnes`;
  const items = await listCampaigns(ctx);
  const canCreate = ctx.scope.type === "COLLECTIVITE" && ctx.permissions.has("campaign.manage");
  return (
    <section aria-labelledby="campagnes-titre">
      <h1 id="campagnes-titre">Campagnes de besoins</h1>
      <p className="mt-2 text-slate-800">{INTRO[ctx.scope.type]}</p>
      {canCreate ? (
        <AddLink href={`${base}/nouvelle`} className="mt-3">
          + Nouvelle campagne
        </AddLink>
      ) : null}
      <CampaignList
        items={items}
        listHref={base}
        needsLabel={
          ctx.scope.type === "ETABLISSEMENT"
            ? "vos besoins"
            : ctx.scope.type === "ACADEMIE"
              ? "les besoins de vos collèges"
              : "tous les besoins"
        }
        showCollectivite={ctx.scope.type === "ACADEMIE"}
      />
    </section>
  );
}

/** The form of a new campaign (collectivité agents). */
export async function NewCampaignPage({ ctx }: { ctx: AccessContext }) {
  const base = `${spaceHref(ctx)}/campagnes`;
  const today = todayInParis();
  const budgetLines = await campaignBudgetLineOptions(ctx);
  const { scopeType, scopeKey } = scopeOf(ctx);
  return (
    <section aria-labelledby="nouvelle-titre" className="space-y-4">
      <p className="text-sm">
        <Link href={base}>← Toutes les campagnes</Link>
      </p>
      <h1 id="nouvelle-titre">Nouvelle campagne de besoins</h1>
      <p className="text-slate-800">
        La campagne est enregistrée en brouillon, visible de la seule collectivité, jusqu&apos;à son
        ouverture.
      </p>
      <CampaignForm
        scopeType={scopeType}
        scopeKey={scopeKey}
        path={`${base}/nouvelle`}
        budgetLines={budgetLines}
        values={{
          title: "",
          exercice: String(today.getUTCFullYear() + 1),
          opensOn: day(today),
          closesOn: day(new Date(today.getTime() + 30 * 86_400_000)),
          envelope: "",
          categories: [],
          description: "",
          budgetLineId: "",
        }}
      />
    </section>
  );
}

/** One campaign in a space: its terms and standing, the steps the member may take, the needs. */
export async function CampaignDetailPage({
  ctx,
  id,
  searchParams,
}: {
  ctx: AccessContext;
  id: string;
  searchParams: SearchParams;
}) {
  const base = `${spaceHref(ctx)}/campagnes`;
  const path = `${base}/${id}`;
  const detail = await orNotFound(getCampaign(ctx, id));
  const { campaign, phase } = detail;
  const [data, budgetLines, warnings] = await Promise.all([
    listNeeds(ctx, campaign, searchParams),
    campaign.status === "BROUILLON" ? campaignBudgetLineOptions(ctx) : Promise.resolve([]),
    campaign.status === "ARBITREE" ? Promise.resolve([]) : campaignNetworkWarnings(ctx, id),
  ]);
  const scope = { ...scopeOf(ctx), path };
  const manages = ctx.scope.type === "COLLECTIVITE" && ctx.permissions.has("campaign.manage");
  const submits =
    ctx.scope.type === "ETABLISSEMENT" && ctx.permissions.has("need.submit") && phase === "OUVERTE";
  const pending = detail.totals.decided === null ? 0 : detail.totals.needs - detail.totals.decided;
  return (
    <article aria-labelledby="campagne-titre" className="space-y-6">
      <p className="text-sm">
        <Link href={base}>← Toutes les campagnes</Link>
      </p>
      <div>
        <h1 id="campagne-titre">{campaign.title}</h1>
        <p className="mt-1">
          <PhaseBadge phase={phase} />
        </p>
      </div>
      {searchParams.fait === "creation" ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          Campagne enregistrée en brouillon. Vérifiez-la, puis ouvrez-la aux collèges.
        </p>
      ) : null}
      <CampaignSummary detail={detail} scopeType={ctx.scope.type} />
      {ctx.scope.type === "COLLECTIVITE" ? (
        <CampaignActions
          campaignId={campaign.id}
          phase={phase}
          pending={pending}
          canManage={manages}
          canArbitrate={ctx.permissions.has("need.arbitrate")}
          {...scope}
        />
      ) : null}
      <ReadinessWarnings
        id="reseau-campagne"
        warnings={warnings}
        what="les besoins d'équipements interactifs ou mobiles de cette campagne"
        networkHref={`${spaceHref(ctx)}/etablissements/reseau`}
      />
      {manages && campaign.status === "BROUILLON" ? (
        <section aria-labelledby="modifier-titre" className="space-y-2">
          <h2 id="modifier-titre">Modifier le brouillon</h2>
          <CampaignForm
            {...scope}
            budgetLines={budgetLines}
            values={{
              campaignId: campaign.id,
              title: campaign.title,
              exercice: String(campaign.exercice),
              opensOn: day(campaign.opensOn),
              closesOn: day(campaign.closesOn),
              envelope: centsToInput(campaign.envelopeCents),
              categories: campaign.categories,
              description: campaign.description ?? "",
              budgetLineId: campaign.budgetLineId ?? "",
            }}
          />
        </section>
      ) : null}
      {submits ? (
        <section
          aria-labelledby="deposer-titre"
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="deposer-titre">Déposer un besoin</h2>
          <p className="text-sm">
            Vous pouvez modifier ou retirer vos besoins jusqu&apos;à la date limite incluse.
          </p>
          <NeedForm
            campaignId={campaign.id}
            unitCosts={detail.unitCosts}
            {...scope}
            values={{
              category: campaign.categories[0] ?? "",
              quantity: "",
              justification: "",
              projetEtablissement: "",
              priority: "2",
            }}
          />
        </section>
      ) : null}
      {ctx.scope.type === "ETABLISSEMENT" && phase === "A_VENIR" ? (
        <p>Les dépôts ouvrent le {formatDate(campaign.opensOn)}.</p>
      ) : null}
      <NeedsTable
        detail={detail}
        data={data}
        pageHref={path}
        showCollege={ctx.scope.type !== "ETABLISSEMENT"}
        rowActions={rowActionsFor(ctx, detail, scope, new Map(warnings.map((w) => [w.uai, w])))}
      />
    </article>
  );
}
