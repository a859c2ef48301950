"use server";

import { redirect } from "next/navigation";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import {
  formSection,
  revalidateForm,
  runAndRevalidate,
  runAndRedirect,
} from "@/app/actions/form-actions";
import {
  createBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
} from "@/lib/budgets/save-budget-line";
import { createAutorisation, updateAutorisation } from "@/lib/budgets/save-autorisation";
import { createRenewalProposal } from "@/lib/budgets/renewal-proposals";

/** The budgets base URL of the collectivité the form acts in (« /c/35/budgets »). */
function budgetsPath(formData: FormData): string {
  return formSection(formData, /^\/c\/[^/]+\/budgets/);
}

export async function createBudgetLineAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRedirect(
    formData,
    createBudgetLine,
    ({ id }) => `${budgetsPath(formData)}/lignes/${id}?fait=creation`,
    "Ligne budgétaire ajoutée.",
  );
}

export async function updateBudgetLineAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, updateBudgetLine, ({ changed }) =>
    changed ? "Modifications enregistrées." : "Aucune modification : la ligne était déjà ainsi.",
  );
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
  return runAndRedirect(
    formData,
    createAutorisation,
    ({ id }) => `${budgetsPath(formData)}/autorisations/${id}?fait=creation`,
    "Autorisation enregistrée.",
  );
}

export async function updateAutorisationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, updateAutorisation, ({ changed }) =>
    changed
      ? "Autorisation et crédits de paiement enregistrés."
      : "Aucune modification : l'autorisation était déjà ainsi.",
  );
}

export async function createRenewalProposalAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const { exercice } = formObject(formData);
    await createRenewalProposal(ctx, { exercice });
    revalidateForm(formData);
    return `Ligne « Renouvellement du parc (plan ${exercice}) » créée dans le budget ${exercice}.`;
  });
}
