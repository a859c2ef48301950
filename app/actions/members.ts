"use server";

import { revalidatePath } from "next/cache";
import {
  formObject,
  runScopedAction,
  toActionError,
  type ActionState,
} from "@/lib/actions/run-action";
import { inviteMember } from "@/lib/members/invite-member";
import { changeMemberRole, removeMember, revokeInvitation } from "@/lib/members/manage-member";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { limitRequestByClientIp } from "@/lib/rate-limit/limit-request";

function refresh(formData: FormData) {
  const path = formData.get("path");
  if (typeof path === "string" && path.startsWith("/")) revalidatePath(path);
}

export async function inviteMemberAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const invitation = await inviteMember(ctx, formObject(formData));
    refresh(formData);
    return `Invitation envoyée à ${invitation.email}.`;
  });
}

export async function changeMemberRoleAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    await changeMemberRole(ctx, formObject(formData));
    refresh(formData);
    return "Rôle modifié.";
  });
}

export async function removeMemberAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    await removeMember(ctx, formObject(formData));
    refresh(formData);
    return "Membre retiré de l'espace.";
  });
}

export async function revokeInvitationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    await revokeInvitation(ctx, formObject(formData));
    refresh(formData);
    return "Invitation annulée.";
  });
}

export async function acceptInvitationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  try {
    // Per client address: token guesses and password hashing are not free.
    await limitRequestByClientIp("invitation");
    const token = String(formData.get("token") ?? "");
    const result = await acceptInvitation(token, formObject(formData));
    const message = result.existingAccount
      ? "Invitation acceptée : l'espace est ajouté à votre compte."
      : `Bienvenue ! Connectez-vous avec ${result.email}.`;
    return { status: "ok", message, fieldErrors: {} };
  } catch (error) {
    return toActionError(error);
  }
}
