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
  const hidden = { campaignId };
  const forms: React.ReactNode[] = [];
  if (canManage && phase === "BROUILLON") {
    forms.push(
      <div key="open">
        <p className="mb-2 text-sm">
          L&apos;ouverture envoie un courriel au chef de chaque collège public ouvert de la
          collectivité. Les conditions ne pourront plus être modifiées.
        </p>
        <ActionForm
          action={openCampaignAction}
          hidden={hidden}
          submitLabel="Ouvrir la campagne"
          pendingLabel="Ouverture…"
          {...scope}
        />
      </div>,
    );
  }
  if (canManage && phase === "OUVERTE") {
    forms.push(
      <div key="remind">
        <p className="mb-2 text-sm">
          Un courriel aux chefs des collèges qui n&apos;ont encore rien déposé (une relance par jour
          au plus).
        </p>
        <ActionForm
          action={remindCampaignAction}
          hidden={hidden}
          submitLabel="Relancer avant la date limite"
          pendingLabel="Envoi…"
          tone="secondary"
          {...scope}
        />
      </div>,
    );
  }
  if (canManage && (phase === "OUVERTE" || phase === "A_VENIR")) {
    forms.push(
      <div key="close">
        <p className="mb-2 text-sm">
          Clore les dépôts avant la date limite : la date limite devient hier et l&apos;arbitrage
          peut commencer.
        </p>
        <ActionForm
          action={closeSubmissionsAction}
          hidden={hidden}
          submitLabel="Clore les dépôts maintenant"
          pendingLabel="Clôture…"
          tone="secondary"
          {...scope}
        />
      </div>,
    );
  }
  if (canArbitrate && phase === "EN_ARBITRAGE") {
    forms.push(
      <div key="arbitrate">
        <p className="mb-2 text-sm">
          {pending > 0
            ? `Encore ${pending} besoin${pending > 1 ? "s" : ""} à arbitrer avant de clôturer. `
            : "Tous les besoins sont arbitrés. "}
          La clôture rend les décisions définitives et les envoie aux chefs d&apos;établissement.
        </p>
        <ActionForm
          action={closeArbitrationAction}
          hidden={hidden}
          submitLabel="Clôturer l'arbitrage"
          pendingLabel="Clôture…"
          {...scope}
        />
      </div>,
    );
  }
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
