"use server";

import { redirect } from "next/navigation";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import { revalidateForm, runAndRevalidate } from "@/app/actions/form-actions";
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
  return {
    ...formObject(formData),
    categories: formData.getAll("categories").filter((v): v is string => typeof v === "string"),
  };
}

export async function createCampaignAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const { id } = await createCampaign(ctx, campaignInput(formData));
    target = `/c/${ctx.scope.type === "COLLECTIVITE" ? ctx.scope.code : ""}/campagnes/${id}?fait=creation`;
    return "Campagne enregistrée en brouillon.";
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function updateCampaignAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const { changed } = await updateCampaign(ctx, campaignInput(formData));
    revalidateForm(formData);
    return changed ? "Modifications enregistrées." : "Aucune modification à enregistrer.";
  });
}

export async function openCampaignAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(
    formData,
    openCampaign,
    ({ mails }) =>
      `Campagne ouverte : ${plural(mails, "courriel envoyé", "courriels envoyés")} aux chefs d'établissement.`,
  );
}

export async function remindCampaignAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(
    formData,
    remindCampaign,
    ({ mails, colleges }) =>
      `Relance envoyée : ${plural(mails, "courriel")} pour ${plural(colleges, "collège")} sans besoin déposé.`,
  );
}

export async function closeSubmissionsAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, closeSubmissions, "Dépôts clos : l'arbitrage peut commencer.");
}

export async function submitNeedAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, submitNeed, "Besoin déposé.");
}

export async function updateNeedAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const { changed, opinionCleared } = await updateNeed(ctx, formObject(formData));
    revalidateForm(formData);
    if (!changed) return "Aucune modification à enregistrer.";
    return opinionCleared
      ? "Besoin modifié. L'avis déjà donné par l'académie est effacé : il portait sur la version précédente."
      : "Besoin modifié.";
  });
}

export async function withdrawNeedAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, withdrawNeed, "Besoin retiré.");
}

export async function giveOpinionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, giveOpinion, ({ changed }) =>
    changed ? "Avis enregistré." : "Cet avis était déjà enregistré.",
  );
}

export async function decideNeedAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(
    formData,
    decideNeed,
    ({ acceptedTotalCents, envelopeCents }) =>
      `Décision enregistrée. Total accepté : ${formatCents(acceptedTotalCents)} sur ${formatCents(envelopeCents)}.`,
  );
}

export async function closeArbitrationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(
    formData,
    closeArbitration,
    ({ mails, acceptedCents }) =>
      `Arbitrage clos (${formatCents(acceptedCents)} acceptés) : ${plural(mails, "courriel envoyé", "courriels envoyés")} aux chefs d'établissement.`,
  );
}

export async function deliverNeedAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(
    formData,
    markNeedDelivered,
    ({ created }) =>
      `Livraison enregistrée : ${plural(created, "équipement ajouté", "équipements ajoutés")} à l'inventaire.`,
  );
}
