"use server";

import { revalidatePath } from "next/cache";
import type { AccessContext } from "@/lib/access/context";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import {
  createConventionTemplate,
  saveConventionTemplateVersion,
} from "@/lib/conventions/templates/save-template-version";

/** The templates' list and every template page under it. */
function refreshTemplates(ctx: AccessContext) {
  if (ctx.scope.type === "COLLECTIVITE")
    revalidatePath(`/c/${ctx.scope.code}/conventions/modeles`, "layout");
}

export async function createConventionTemplateAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const template = await createConventionTemplate(ctx, formObject(formData));
    refreshTemplates(ctx);
    return `Modèle « ${template.name} » créé : ouvrez-le dans la liste pour l'adapter.`;
  });
}

export async function saveConventionTemplateVersionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const version = await saveConventionTemplateVersion(ctx, formObject(formData));
    refreshTemplates(ctx);
    return `Version n° ${version.number} enregistrée.`;
  });
}
