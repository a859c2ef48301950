"use server";

import { formObject, toActionError, type ActionState } from "@/lib/actions/run-action";
import { formText, runAndRevalidate } from "@/app/actions/form-actions";
import { inviteMember } from "@/lib/members/invite-member";
import { changeMemberRole, removeMember, revokeInvitation } from "@/lib/members/manage-member";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { limitRequestByClientIp } from "@/lib/rate-limit/limit-request";

export async function inviteMemberAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(
    formData,
    inviteMember,
    (invitation) => `Invitation envoyée à ${invitation.email}.`,
  );
}

export async function changeMemberRoleAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, changeMemberRole, "Rôle modifié.");
}

export async function removeMemberAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, removeMember, "Membre retiré de l'espace.");
}

export async function revokeInvitationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(formData, revokeInvitation, "Invitation annulée.");
}

export async function acceptInvitationAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  try {
    // Per client address: token guesses and password hashing are not free.
    await limitRequestByClientIp("invitation");
    const token = formText(formData, "token");
    const result = await acceptInvitation(token, formObject(formData));
    const message = result.existingAccount
      ? "Invitation acceptée : l'espace est ajouté à votre compte."
      : `Bienvenue ! Connectez-vous avec ${result.email}.`;
    return { status: "ok", message, fieldErrors: {} };
  } catch (error) {
    return toActionError(error);
  }
}
