"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { runScopedAction, type ActionState } from "@/lib/actions/run-action";
import { importEtablissementsFile } from "@/lib/imports/etablissements/import-etablissements-action";
import { formatImportReport } from "@/lib/imports/etablissements/format-report";
import { encodingLine } from "@/lib/imports/decode-text";

export interface ImportActionState extends ActionState {
  report: string[];
}

export async function importEtablissementsAction(
  _state: ImportActionState,
  formData: FormData,
): Promise<ImportActionState> {
  let report: string[] = [];
  const state = await runScopedAction(formData, async (ctx) => {
    const file = formData.get("file");
    const result = await importEtablissementsFile(ctx, file instanceof File ? file : null, {
      dryRun: formData.get("dryRun") === "on",
      complete: formData.get("complete") === "on",
      source: formData.get("source"),
    });
    report = [encodingLine(result.encoding), ...formatImportReport(result)];
    if (result.errors.length > 0)
      throw new AppError(
        "INVALID_INPUT",
        "Import refusé : aucune ligne n'a été enregistrée. Corrigez le fichier et recommencez.",
      );
    if (!result.dryRun) revalidatePath("/plateforme");
    return result.dryRun ? "Simulation terminée : rien n'a été enregistré." : "Import enregistré.";
  });
  return { ...state, report };
}
