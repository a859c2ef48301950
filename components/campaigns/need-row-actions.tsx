import type { ReactNode } from "react";
import type { AccessContext } from "@/lib/access/context";
import type { CampaignDetail, NeedItem } from "@/lib/campaigns/get-campaign";
import { isAccepted } from "@/lib/campaigns/rules";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { isNetworkDependent, type NetworkWarning } from "@/lib/network/readiness-gate";
import { ReadinessWarningLine } from "@/components/network/readiness-warnings";
import {
  DecisionForm,
  DeliveryForm,
  NeedForm,
  OpinionForm,
  WithdrawNeedForm,
} from "@/components/campaigns/need-forms";

const day = (date: Date) => date.toISOString().slice(0, 10);

function needLabel(n: NeedItem, withCollege: boolean) {
  return `${CATEGORY_LABELS[n.category]} × ${n.quantity}${withCollege ? `, ${n.etablissement.name}` : ""}`;
}

function Disclosure({
  summary,
  context,
  children,
}: {
  summary: string;
  context: string;
  children: ReactNode;
}) {
  return (
    <details>
      <summary className="cursor-pointer font-semibold text-blue-800">
        {summary}
        <span className="sr-only"> : {context}</span>
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/** What a member may do on one need of the campaign, by space and phase; nothing when nothing. */
export function rowActionsFor(
  ctx: AccessContext,
  detail: CampaignDetail,
  scope: { scopeType: string; scopeKey: string; path: string },
  networkWarnings: ReadonlyMap<string, NetworkWarning> = new Map(),
) {
  const { phase, campaign } = detail;
  if (ctx.scope.type === "COLLECTIVITE") {
    const arbitrate = phase === "EN_ARBITRAGE" && ctx.permissions.has("need.arbitrate");
    const deliver = campaign.status === "ARBITREE" && ctx.permissions.has("campaign.manage");
    if (!arbitrate && !deliver) return undefined;
    const actions = (n: NeedItem) => {
      if (arbitrate) {
        const warning = isNetworkDependent(n.category)
          ? networkWarnings.get(n.etablissement.uai)
          : undefined;
        return (
          <Disclosure
            summary={n.status === "SOUMIS" ? "Arbitrer" : "Changer la décision"}
            context={needLabel(n, true)}
          >
            {warning ? <ReadinessWarningLine warning={warning} /> : null}
            <DecisionForm
              needId={n.id}
              quantity={n.quantity}
              decision={n.status === "SOUMIS" ? null : n.status}
              acceptedQuantity={n.acceptedQuantity}
              reason={n.decisionReason}
              {...scope}
            />
          </Disclosure>
        );
      }
      if (isAccepted(n.status) && !n.deliveredAt) {
        return (
          <Disclosure summary="Marquer livré" context={needLabel(n, true)}>
            <DeliveryForm needId={n.id} today={day(detail.today)} {...scope} />
          </Disclosure>
        );
      }
      return null;
    };
    return actions;
  }
  if (
    ctx.scope.type === "ACADEMIE" &&
    ctx.permissions.has("need.opinion") &&
    campaign.status === "OUVERTE"
  ) {
    const giveOpinion = (n: NeedItem) => (
      <Disclosure
        summary={n.opinion ? "Modifier l'avis" : "Donner un avis"}
        context={needLabel(n, true)}
      >
        <OpinionForm needId={n.id} opinion={n.opinion} comment={n.opinionComment} {...scope} />
      </Disclosure>
    );
    return giveOpinion;
  }
  if (
    ctx.scope.type === "ETABLISSEMENT" &&
    ctx.permissions.has("need.submit") &&
    phase === "OUVERTE"
  ) {
    const editNeed = (n: NeedItem) => (
      <Disclosure summary="Modifier ou retirer" context={needLabel(n, false)}>
        <div className="space-y-4">
          <NeedForm
            campaignId={campaign.id}
            unitCosts={detail.unitCosts}
            {...scope}
            values={{
              needId: n.id,
              category: n.category,
              quantity: String(n.quantity),
              justification: n.justification,
              projetEtablissement: n.projetEtablissement,
              priority: String(n.priority),
            }}
          />
          <WithdrawNeedForm needId={n.id} {...scope} />
        </div>
      </Disclosure>
    );
    return editNeed;
  }
  return undefined;
}
