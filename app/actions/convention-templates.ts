"use server";

import { revalidatePath } from "next/cache";
import type { AccessContext } from "@/lib/access/context";
import { formObject } from "@/lib/actions/run-action";
import { formAction } from "@/app/actions/form-actions";
import {
  createConventionTemplate,
  saveConventionTemplateVersion,
} from "@/lib/conventions/templates/save-template-version";

/** One lib call, then the templates' list and every template page under it revalidated. */
function templateAction<T>(
  call: (ctx: AccessContext, input: Record<string, string>) => Promise<T>,
  message: (result: T) => string,
) {
  return formAction(async (ctx, formData) => {
    const result = await call(ctx, formObject(formData));
    if (ctx.scope.type === "COLLECTIVITE")
      revalidatePath(`/c/${ctx.scope.code}/conventions/modeles`, "layout");
    return message(result);
  });
}

export const createConventionTemplateAction = templateAction(
  createConventionTemplate,
  (template) => `Modèle « ${template.name} » créé : ouvrez-le dans la liste pour l'adapter.`,
);

export const saveConventionTemplateVersionAction = templateAction(
  saveConventionTemplateVersion,
  (version) => `Version n° ${version.number} enregistrée.`,
);
