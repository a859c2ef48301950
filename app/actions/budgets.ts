"use server";

import { formObject } from "@/lib/actions/run-action";
import {
  formAction,
  formSection,
  redirectingAction,
  revalidateForm,
  revalidatingAction,
} from "@/app/actions/form-actions";
import {
  createBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
} from "@/lib/budgets/save-budget-line";
import { createAutorisation, updateAutorisation } from "@/lib/budgets/save-autorisation";
import { createProgrammeProposal, createRenewalProposal } from "@/lib/budgets/renewal-proposals";

/** The budgets base URL of the collectivité the form acts in (« /c/35/budgets »). */
function budgetsPath(formData: FormData): string {
  return formSection(formData, /^\/c\/[^/]+\/budgets/);
}

/** The budget lines of the deleted line's year (the form's `exercice`), if it names one. */
function linesPath(formData: FormData): string {
  const exercice = formData.get("exercice");
  const year =
    typeof exercice === "string" && /^\d{4}$/.test(exercice) ? `?exercice=${exercice}` : "";
  return `${budgetsPath(formData)}/lignes${year}`;
}

export const createBudgetLineAction = redirectingAction(
  createBudgetLine,
  ({ id }, formData) => `${budgetsPath(formData)}/lignes/${id}?fait=creation`,
  "Ligne budgétaire ajoutée.",
);

export const updateBudgetLineAction = revalidatingAction(updateBudgetLine, ({ changed }) =>
  changed ? "Modifications enregistrées." : "Aucune modification : la ligne était déjà ainsi.",
);

export const deleteBudgetLineAction = redirectingAction(
  deleteBudgetLine,
  (_, formData) => linesPath(formData),
  "Ligne supprimée.",
);

export const createAutorisationAction = redirectingAction(
  createAutorisation,
  ({ id }, formData) => `${budgetsPath(formData)}/autorisations/${id}?fait=creation`,
  "Autorisation enregistrée.",
);

export const updateAutorisationAction = revalidatingAction(updateAutorisation, ({ changed }) =>
  changed
    ? "Autorisation et crédits de paiement enregistrés."
    : "Aucune modification : l'autorisation était déjà ainsi.",
);

export const createRenewalProposalAction = formAction(async (ctx, formData) => {
  const { exercice } = formObject(formData);
  await createRenewalProposal(ctx, { exercice });
  revalidateForm(formData);
  return `Ligne « Renouvellement du parc (plan ${exercice}) » créée dans le budget ${exercice}.`;
});

export const createProgrammeProposalAction = formAction(async (ctx, formData) => {
  const { label } = await createProgrammeProposal(ctx, formObject(formData));
  revalidateForm(formData);
  return `Ligne « ${label} » créée dans le budget.`;
});
