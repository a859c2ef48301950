import type { ComponentProps } from "react";
import type { CampaignPhase } from "@/lib/campaigns/rules";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import {
  closeArbitrationAction,
  closeSubmissionsAction,
  openCampaignAction,
  remindCampaignAction,
} from "@/app/actions/campaigns";

/** The campaign's next steps for its collectivité: open, remind, close submissions, close arbitration. */
export function CampaignActions({
  campaignId,
  phase,
  pending,
  canManage,
  canArbitrate,
  ...scope
}: {
  campaignId: string;
  phase: CampaignPhase;
  pending: number;
  canManage: boolean;
  canArbitrate: boolean;
} & ScopeProps) {
  const steps: {
    key: string;
    shown: boolean;
    intro: string;
    action: ComponentProps<typeof ActionForm>["action"];
    submitLabel: string;
    pendingLabel: string;
    tone?: "secondary";
  }[] = [
    {
      key: "open",
      shown: canManage && phase === "BROUILLON",
      intro:
        "L'ouverture envoie un courriel au chef de chaque collège public ouvert de la collectivité. Les conditions ne pourront plus être modifiées.",
      action: openCampaignAction,
      submitLabel: "Ouvrir la campagne",
      pendingLabel: "Ouverture…",
    },
    {
      key: "remind",
      shown: canManage && phase === "OUVERTE",
      intro:
        "Un courriel aux chefs des collèges qui n'ont encore rien déposé (une relance par jour au plus).",
      action: remindCampaignAction,
      submitLabel: "Relancer avant la date limite",
      pendingLabel: "Envoi…",
      tone: "secondary",
    },
    {
      key: "close",
      shown: canManage && (phase === "OUVERTE" || phase === "A_VENIR"),
      intro:
        "Clore les dépôts avant la date limite : la date limite devient hier et l'arbitrage peut commencer.",
      action: closeSubmissionsAction,
      submitLabel: "Clore les dépôts maintenant",
      pendingLabel: "Clôture…",
      tone: "secondary",
    },
    {
      key: "arbitrate",
      shown: canArbitrate && phase === "EN_ARBITRAGE",
      intro: `${
        pending > 0
          ? `Encore ${pending} besoin${pending > 1 ? "s" : ""} à arbitrer avant de clôturer. `
          : "Tous les besoins sont arbitrés. "
      }La clôture rend les décisions définitives et les envoie aux chefs d'établissement.`,
      action: closeArbitrationAction,
      submitLabel: "Clôturer l'arbitrage",
      pendingLabel: "Clôture…",
    },
  ];
  const forms = steps
    .filter((step) => step.shown)
    .map((step) => (
      <div key={step.key}>
        <p className="mb-2 text-sm">{step.intro}</p>
        <ActionForm
          action={step.action}
          hidden={{ campaignId }}
          submitLabel={step.submitLabel}
          pendingLabel={step.pendingLabel}
          tone={step.tone}
          {...scope}
        />
      </div>
    ));
  if (forms.length === 0) return null;
  return (
    <section
      aria-labelledby="campagne-actions"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="campagne-actions">Étapes de la campagne</h2>
      {forms}
    </section>
  );
}
