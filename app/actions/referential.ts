"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import { formSection } from "@/app/actions/form-actions";
import type { AccessContext } from "@/lib/access/context";
import { resetReferential, saveReferential } from "@/lib/inventory/save-referential";

/** The référentiel page of the space the form acts in (« /c/35/inventaire/referentiel »). */
function referentialPath(formData: FormData): string {
  return formSection(formData, /^\/c\/[^/]+\/inventaire\/referentiel/);
}

/**
 * After a success the page reloads with `?fait=<what was done>`, so the form shows the values now
 * stored (the defaults after a reset) and the page announces it; gaps and the plan read them too.
 */
async function runAndReload(
  formData: FormData,
  work: (ctx: AccessContext) => Promise<string>,
): Promise<ActionState> {
  let done = "";
  const state = await runScopedAction(formData, async (ctx) => {
    done = await work(ctx);
    return done;
  });
  if (state.status !== "ok") return state;
  const path = referentialPath(formData);
  revalidatePath(path.replace(/\/referentiel$/, ""), "layout");
  redirect(`${path}?fait=${done}`);
}

export async function saveReferentialAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndReload(formData, async (ctx) => {
    await saveReferential(ctx, formObject(formData));
    return "enregistre";
  });
}

export async function resetReferentialAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndReload(formData, async (ctx) =>
    (await resetReferential(ctx)).changed ? "defauts" : "deja-defauts",
  );
}
