"use server";

import {
  formList,
  formSection,
  redirectingAction,
  revalidatingAction,
} from "@/app/actions/form-actions";
import { createEquipment, updateEquipment } from "@/lib/inventory/save-equipment";
import { bulkUpdateEquipmentStatus, updateEquipmentStatus } from "@/lib/inventory/update-status";
import { plural } from "@/lib/format";

/** The inventory base URL of the space the form acts in (« /c/35/inventaire »). */
function inventoryPath(formData: FormData): string {
  return formSection(formData, /^\/[cae]\/[^/]+\/inventaire/);
}

export const createEquipmentAction = redirectingAction(
  createEquipment,
  (created, formData) => `${inventoryPath(formData)}/${created.id}?fait=creation`,
  "Équipement ajouté.",
);

export const updateEquipmentAction = revalidatingAction(
  updateEquipment,
  "Modifications enregistrées.",
);

export const updateEquipmentStatusAction = revalidatingAction(
  updateEquipmentStatus,
  "Statut et emplacement enregistrés.",
);

export const bulkUpdateEquipmentStatusAction = revalidatingAction(
  bulkUpdateEquipmentStatus,
  ({ changed }) =>
    changed === 0
      ? "Les équipements sélectionnés avaient déjà ce statut : rien n'a changé."
      : `Statut changé pour ${plural(changed, "équipement")}.`,
  { read: (formData) => ({ ids: formList(formData, "ids"), status: formData.get("status") }) },
);
