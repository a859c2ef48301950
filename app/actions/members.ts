"use server";

import { formObject, toActionError, type ActionState } from "@/lib/actions/run-action";
import { formText, revalidatingAction } from "@/app/actions/form-actions";
import { inviteMember } from "@/lib/members/invite-member";
import { changeMemberRole, removeMember, revokeInvitation } from "@/lib/members/manage-member";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { limitRequestByClientIp } from "@/lib/rate-limit/limit-request";

export const inviteMemberAction = revalidatingAction(
  inviteMember,
  (invitation) => `Invitation envoyée à ${invitation.email}.`,
);

export const changeMemberRoleAction = revalidatingAction(changeMemberRole, "Rôle modifié.");

export const removeMemberAction = revalidatingAction(removeMember, "Membre retiré de l'espace.");

export const revokeInvitationAction = revalidatingAction(revokeInvitation, "Invitation annulée.");

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
