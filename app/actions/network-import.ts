"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { plural } from "@/lib/format";
import { runScopedAction, type ActionState } from "@/lib/actions/run-action";
import { formPath, formText } from "@/app/actions/form-actions";
import { uploadedImportFile } from "@/lib/imports/uploaded-file";
import { importNetworkFile, type NetworkImportReport } from "@/lib/network/import-network";

export interface NetworkImportState extends ActionState {
  report: NetworkImportReport | null;
}

/**
 * The agent's network file: previewed first (nothing written), then written when the form sends
 * back the hash of the very file it previewed without error.
 */
export async function importNetworkAction(
  _state: NetworkImportState,
  formData: FormData,
): Promise<NetworkImportState> {
  let report: NetworkImportReport | null = null;
  const state = await runScopedAction(formData, async (ctx) => {
    const file = formData.get("file");
    const { bytes, name } = await uploadedImportFile(file instanceof File ? file : null);
    report = await importNetworkFile(ctx, {
      bytes,
      fileName: name,
      confirm: formText(formData, "confirm") || null,
    });
    if (report.errors.length > 0)
      throw new AppError(
        "INVALID_INPUT",
        "Import refusé : aucune ligne n'a été enregistrée. Corrigez les lignes signalées et recommencez.",
      );
    if (report.written) {
      const path = formPath(formData);
      if (path) revalidatePath(path.replace(/\/reseau$/, ""), "layout");
      return `Import enregistré : ${plural(report.created + report.updated, "collège mis à jour", "collèges mis à jour")}, ${plural(report.unchanged, "inchangé", "inchangés")}.`;
    }
    if (report.created + report.updated === 0)
      return "Rien à importer : le fichier ne change aucune valeur enregistrée.";
    return "Aperçu : rien n'est encore enregistré. Vérifiez les changements puis confirmez l'import.";
  });
  return { ...state, report };
}
