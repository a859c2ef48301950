"use server";

import { revalidatePath } from "next/cache";
import type { AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { plural } from "@/lib/format";
import { formObject } from "@/lib/actions/run-action";
import { formAction } from "@/app/actions/form-actions";
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

export const createInventoryImportAction = formAction(async (ctx, formData) => {
  const file = formData.get("file");
  const created = await createInventoryImport(ctx, file instanceof File ? file : null);
  revalidatePath(importsPath(ctx));
  return { message: "Fichier analysé.", to: `${importsPath(ctx)}/${created.id}` };
});

export const recomputeInventoryImportAction = formAction(async (ctx, formData) => {
  const input = formObject(formData);
  const summary = await recomputeInventoryImport(ctx, input);
  revalidatePath(`${importsPath(ctx)}/${input.importId}`);
  return summary.errorCount > 0
    ? `Aperçu recalculé : ${plural(summary.errorCount, "erreur")} à corriger, rien ne sera enregistré.`
    : "Aperçu recalculé : vérifiez-le, puis confirmez l'import.";
});

export const commitInventoryImportAction = formAction(async (ctx, formData) => {
  const input = formObject(formData);
  const result = await commitInventoryImport(ctx, input);
  revalidatePath(inventoryPath(ctx), "layout");
  if (!result.written) {
    throw new AppError(
      "INVALID_INPUT",
      `Import refusé : ${plural(result.summary.errorCount, "erreur")} (les données ont changé depuis l'aperçu). Rien n'a été enregistré ; les erreurs sont listées ci-dessous.`,
    );
  }
  return {
    message: "Import enregistré.",
    to: `${importsPath(ctx)}/${input.importId}?fait=enregistre`,
  };
});

export const abandonInventoryImportAction = formAction(async (ctx, formData) => {
  const input = formObject(formData);
  await abandonInventoryImport(ctx, input);
  revalidatePath(inventoryPath(ctx), "layout");
  return {
    message: "Import abandonné.",
    to: `${importsPath(ctx)}/${input.importId}?fait=abandonne`,
  };
});
