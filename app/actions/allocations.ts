"use server";

import { redirect } from "next/navigation";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import { revalidateForm, runAndRevalidate } from "@/app/actions/form-actions";
import {
  createAllocation,
  deleteAllocation,
  updateAllocation,
} from "@/lib/budgets/save-allocation";

export async function createAllocationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, createAllocation, "Attribution enregistrée.");
}

export async function updateAllocationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, updateAllocation, ({ changed }) =>
    changed ? "Modifications enregistrées." : "Aucune modification : rien n'a changé.",
  );
}

/** Where to go after a deletion: the list the form came from (a path of this site, never elsewhere). */
function returnUrl(formData: FormData): string | null {
  const back = formData.get("retour");
  return typeof back === "string" && /^\/c\/[^/]+\/budgets\/dotations(\?[^#]*)?$/.test(back)
    ? back
    : null;
}

export async function deleteAllocationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const state = await runScopedAction(formData, async (ctx) => {
    await deleteAllocation(ctx, formObject(formData));
    revalidateForm(formData);
    return "Attribution supprimée.";
  });
  const back = returnUrl(formData);
  if (state.status === "ok" && back)
    redirect(`${back}${back.includes("?") ? "&" : "?"}fait=suppression`);
  return state;
}
