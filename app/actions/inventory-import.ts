"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { plural } from "@/lib/format";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import { createInventoryImport } from "@/lib/inventory/import/create-import";
import { recomputeInventoryImport } from "@/lib/inventory/import/recompute-import";
import { commitInventoryImport } from "@/lib/inventory/import/commit-import";
import { abandonInventoryImport } from "@/lib/inventory/import/abandon-import";

/** The inventory of the collectivité the form acts for (« /c/35/inventaire »): an import changes all its pages. */
function inventoryPath(ctx: AccessContext): string {
  return ctx.scope.type === "COLLECTIVITE" ? `/c/${ctx.scope.code}/inventaire` : "/";
}

function importsPath(ctx: AccessContext): string {
  return `${inventoryPath(ctx)}/import`;
}

export async function createInventoryImportAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const file = formData.get("file");
    const created = await createInventoryImport(ctx, file instanceof File ? file : null);
    target = `${importsPath(ctx)}/${created.id}`;
    revalidatePath(importsPath(ctx));
    return "Fichier analysé.";
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function recomputeInventoryImportAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const input = formObject(formData);
    const summary = await recomputeInventoryImport(ctx, input);
    revalidatePath(`${importsPath(ctx)}/${input.importId}`);
    return summary.errorCount > 0
      ? `Aperçu recalculé : ${plural(summary.errorCount, "erreur")} à corriger, rien ne sera enregistré.`
      : "Aperçu recalculé : vérifiez-le, puis confirmez l'import.";
  });
}

export async function commitInventoryImportAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const input = formObject(formData);
    const result = await commitInventoryImport(ctx, input);
    const page = `${importsPath(ctx)}/${input.importId}`;
    revalidatePath(inventoryPath(ctx), "layout");
    if (!result.written) {
      throw new AppError(
        "INVALID_INPUT",
        `Import refusé : ${plural(result.summary.errorCount, "erreur")} (les données ont changé depuis l'aperçu). Rien n'a été enregistré ; les erreurs sont listées ci-dessous.`,
      );
    }
    target = `${page}?fait=enregistre`;
    return "Import enregistré.";
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function abandonInventoryImportAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const input = formObject(formData);
    await abandonInventoryImport(ctx, input);
    revalidatePath(inventoryPath(ctx), "layout");
    target = `${importsPath(ctx)}/${input.importId}?fait=abandonne`;
    return "Import abandonné.";
  });
  if (state.status === "ok") redirect(target);
  return state;
}
