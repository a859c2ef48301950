"use server";

import { runScopedAction, type ActionState } from "@/lib/actions/run-action";
import {
  formSection,
  revalidateForm,
  runAndRevalidate,
  runAndRedirect,
} from "@/app/actions/form-actions";
import { createEquipment, updateEquipment } from "@/lib/inventory/save-equipment";
import { bulkUpdateEquipmentStatus, updateEquipmentStatus } from "@/lib/inventory/update-status";
import { plural } from "@/lib/format";

/** The inventory base URL of the space the form acts in (« /c/35/inventaire »). */
function inventoryPath(formData: FormData): string {
  return formSection(formData, /^\/[cae]\/[^/]+\/inventaire/);
}

export async function createEquipmentAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRedirect(
    formData,
    createEquipment,
    (created) => `${inventoryPath(formData)}/${created.id}?fait=creation`,
    "Équipement ajouté.",
  );
}

export async function updateEquipmentAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, updateEquipment, "Modifications enregistrées.");
}

export async function updateEquipmentStatusAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, updateEquipmentStatus, "Statut et emplacement enregistrés.");
}

export async function bulkUpdateEquipmentStatusAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const ids = formData.getAll("ids").filter((id): id is string => typeof id === "string");
    const { changed } = await bulkUpdateEquipmentStatus(ctx, {
      ids,
      status: formData.get("status"),
    });
    revalidateForm(formData);
    return changed === 0
      ? "Les équipements sélectionnés avaient déjà ce statut : rien n'a changé."
      : `Statut changé pour ${plural(changed, "équipement")}.`;
  });
}
