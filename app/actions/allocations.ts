"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import {
  createAllocation,
  deleteAllocation,
  updateAllocation,
} from "@/lib/budgets/save-allocation";

function refresh(formData: FormData) {
  const path = formData.get("path");
  if (typeof path === "string" && path.startsWith("/")) revalidatePath(path);
}

export async function createAllocationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    await createAllocation(ctx, formObject(formData));
    refresh(formData);
    return "Attribution enregistrée.";
  });
}

export async function updateAllocationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const { changed } = await updateAllocation(ctx, formObject(formData));
    refresh(formData);
    return changed ? "Modifications enregistrées." : "Aucune modification : rien n'a changé.";
  });
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
    refresh(formData);
    return "Attribution supprimée.";
  });
  const back = returnUrl(formData);
  if (state.status === "ok" && back)
    redirect(`${back}${back.includes("?") ? "&" : "?"}fait=suppression`);
  return state;
}
