"use server";

import { formObject } from "@/lib/actions/run-action";
import { formAction, formList, revalidatingAction } from "@/app/actions/form-actions";
import { createCampaign, updateCampaign } from "@/lib/campaigns/save-campaign";
import { closeSubmissions, openCampaign, remindCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed, updateNeed, withdrawNeed } from "@/lib/campaigns/submit-need";
import { giveOpinion } from "@/lib/campaigns/give-opinion";
import { decideNeed } from "@/lib/campaigns/decide-need";
import { closeArbitration } from "@/lib/campaigns/close-arbitration";
import { markNeedDelivered } from "@/lib/campaigns/deliver-need";
import { formatCents, plural } from "@/lib/format";

/** The form's fields, with the categories' checkboxes as a list. */
function campaignInput(formData: FormData) {
  return { ...formObject(formData), categories: formList(formData, "categories") };
}

export const createCampaignAction = formAction(async (ctx, formData) => {
  const { id } = await createCampaign(ctx, campaignInput(formData));
  const code = ctx.scope.type === "COLLECTIVITE" ? ctx.scope.code : "";
  return {
    message: "Campagne enregistrée en brouillon.",
    to: `/c/${code}/campagnes/${id}?fait=creation`,
  };
});

export const updateCampaignAction = revalidatingAction(
  updateCampaign,
  ({ changed }) => (changed ? "Modifications enregistrées." : "Aucune modification à enregistrer."),
  { read: campaignInput },
);

export const openCampaignAction = revalidatingAction(
  openCampaign,
  ({ mails }) =>
    `Campagne ouverte : ${plural(mails, "courriel envoyé", "courriels envoyés")} aux chefs d'établissement.`,
);

export const remindCampaignAction = revalidatingAction(
  remindCampaign,
  ({ mails, colleges }) =>
    `Relance envoyée : ${plural(mails, "courriel")} pour ${plural(colleges, "collège")} sans besoin déposé.`,
);

export const closeSubmissionsAction = revalidatingAction(
  closeSubmissions,
  "Dépôts clos : l'arbitrage peut commencer.",
);

export const submitNeedAction = revalidatingAction(submitNeed, "Besoin déposé.");

export const updateNeedAction = revalidatingAction(updateNeed, ({ changed, opinionCleared }) => {
  if (!changed) return "Aucune modification à enregistrer.";
  return opinionCleared
    ? "Besoin modifié. L'avis déjà donné par l'académie est effacé : il portait sur la version précédente."
    : "Besoin modifié.";
});

export const withdrawNeedAction = revalidatingAction(withdrawNeed, "Besoin retiré.");

export const giveOpinionAction = revalidatingAction(giveOpinion, ({ changed }) =>
  changed ? "Avis enregistré." : "Cet avis était déjà enregistré.",
);

export const decideNeedAction = revalidatingAction(
  decideNeed,
  ({ acceptedTotalCents, envelopeCents }) =>
    `Décision enregistrée. Total accepté : ${formatCents(acceptedTotalCents)} sur ${formatCents(envelopeCents)}.`,
);

export const closeArbitrationAction = revalidatingAction(
  closeArbitration,
  ({ mails, acceptedCents }) =>
    `Arbitrage clos (${formatCents(acceptedCents)} acceptés) : ${plural(mails, "courriel envoyé", "courriels envoyés")} aux chefs d'établissement.`,
);

export const deliverNeedAction = revalidatingAction(
  markNeedDelivered,
  ({ created }) =>
    `Livraison enregistrée : ${plural(created, "équipement ajouté", "équipements ajoutés")} à l'inventaire.`,
);
