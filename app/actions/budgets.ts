"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import {
  createBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
} from "@/lib/budgets/save-budget-line";
import { createAutorisation, updateAutorisation } from "@/lib/budgets/save-autorisation";
import { createRenewalProposal } from "@/lib/budgets/renewal-proposals";

function refresh(formData: FormData) {
  const path = formData.get("path");
  if (typeof path === "string" && path.startsWith("/")) revalidatePath(path);
}

/** The budgets base URL of the collectivité the form acts in (« /c/35/budgets »). */
function budgetsPath(formData: FormData): string {
  const match = /^\/c\/[^/]+\/budgets/.exec(String(formData.get("path") ?? ""));
  return match ? match[0] : "/";
}

export async function createBudgetLineAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const { id } = await createBudgetLine(ctx, formObject(formData));
    target = `${budgetsPath(formData)}/lignes/${id}?fait=creation`;
    return "Ligne budgétaire ajoutée.";
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function updateBudgetLineAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const { changed } = await updateBudgetLine(ctx, formObject(formData));
    refresh(formData);
    return changed
      ? "Modifications enregistrées."
      : "Aucune modification : la ligne était déjà ainsi.";
  });
}

export async function deleteBudgetLineAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    await deleteBudgetLine(ctx, formObject(formData));
    const exercice = formData.get("exercice");
    target = `${budgetsPath(formData)}/lignes${typeof exercice === "string" && /^\d{4}$/.test(exercice) ? `?exercice=${exercice}` : ""}`;
    return "Ligne supprimée.";
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function createAutorisationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const { id } = await createAutorisation(ctx, formObject(formData));
    target = `${budgetsPath(formData)}/autorisations/${id}?fait=creation`;
    return "Autorisation enregistrée.";
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function updateAutorisationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const { changed } = await updateAutorisation(ctx, formObject(formData));
    refresh(formData);
    return changed
      ? "Autorisation et crédits de paiement enregistrés."
      : "Aucune modification : l'autorisation était déjà ainsi.";
  });
}

export async function createRenewalProposalAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const { exercice } = formObject(formData);
    await createRenewalProposal(ctx, { exercice });
    refresh(formData);
    return `Ligne « Renouvellement du parc (plan ${exercice}) » créée dans le budget ${exercice}.`;
  });
}
