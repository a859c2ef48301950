"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import { createEquipment, updateEquipment } from "@/lib/inventory/save-equipment";
import { bulkUpdateEquipmentStatus, updateEquipmentStatus } from "@/lib/inventory/update-status";
import { plural } from "@/lib/format";

function refresh(formData: FormData) {
  const path = formData.get("path");
  if (typeof path === "string" && path.startsWith("/")) revalidatePath(path);
}

/** The inventory base URL of the space the form acts in (« /c/35/inventaire »). */
function inventoryPath(formData: FormData): string {
  const match = /^\/[cae]\/[^/]+\/inventaire/.exec(String(formData.get("path") ?? ""));
  return match ? match[0] : "/";
}

export async function createEquipmentAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const created = await createEquipment(ctx, formObject(formData));
    target = `${inventoryPath(formData)}/${created.id}?fait=creation`;
    return "Équipement ajouté.";
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function updateEquipmentAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    await updateEquipment(ctx, formObject(formData));
    refresh(formData);
    return "Modifications enregistrées.";
  });
}

export async function updateEquipmentStatusAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    await updateEquipmentStatus(ctx, formObject(formData));
    refresh(formData);
    return "Statut et emplacement enregistrés.";
  });
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
    refresh(formData);
    return changed === 0
      ? "Les équipements sélectionnés avaient déjà ce statut : rien n'a changé."
      : `Statut changé pour ${plural(changed, "équipement")}.`;
  });
}
