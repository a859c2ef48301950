"use server";

import { formObject } from "@/lib/actions/run-action";
import { formAction, revalidateForm, revalidatingAction } from "@/app/actions/form-actions";
import {
  createAllocation,
  deleteAllocation,
  updateAllocation,
} from "@/lib/budgets/save-allocation";

export const createAllocationAction = revalidatingAction(
  createAllocation,
  "Attribution enregistrée.",
);

export const updateAllocationAction = revalidatingAction(updateAllocation, ({ changed }) =>
  changed ? "Modifications enregistrées." : "Aucune modification : rien n'a changé.",
);

/** Where to go after a deletion: the list the form came from (a path of this site, never elsewhere). */
function returnUrl(formData: FormData): string | null {
  const back = formData.get("retour");
  return typeof back === "string" && /^\/c\/[^/]+\/budgets\/dotations(\?[^#]*)?$/.test(back)
    ? back
    : null;
}

export const deleteAllocationAction = formAction(async (ctx, formData) => {
  await deleteAllocation(ctx, formObject(formData));
  revalidateForm(formData);
  const message = "Attribution supprimée.";
  const back = returnUrl(formData);
  return back
    ? { message, to: `${back}${back.includes("?") ? "&" : "?"}fait=suppression` }
    : message;
});
