"use server";

import { revalidatePath } from "next/cache";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import { adjustRenewal } from "@/lib/inventory/adjust-renewal";
import { plural } from "@/lib/format";

/** Defers, advances or resets the renewal of the equipment checked on the plan's detail list. */
export async function adjustRenewalAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const ids = formData.getAll("ids").filter((id): id is string => typeof id === "string");
    const { count, year } = await adjustRenewal(ctx, { ...formObject(formData), ids });
    const path = formData.get("path");
    if (typeof path === "string" && path.startsWith("/")) revalidatePath(path);
    const what = plural(count, "équipement");
    return year === null
      ? `${what} : retour à l'année calculée par le référentiel.`
      : `${what} : renouvellement prévu en ${year}.`;
  });
}
