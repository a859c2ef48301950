"use server";

import { formObject, type ActionState } from "@/lib/actions/run-action";
import { formText, revalidatingAction, runPublicAction } from "@/app/actions/form-actions";
import { inviteMember } from "@/lib/members/invite-member";
import { changeMemberRole, removeMember, revokeInvitation } from "@/lib/members/manage-member";
import { acceptInvitation } from "@/lib/members/accept-invitation";

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
  // Per client address: token guesses and password hashing are not free.
  return runPublicAction(
    "invitation",
    async () => {
      const token = formText(formData, "token");
      const result = await acceptInvitation(token, formObject(formData));
      return {
        message: result.existingAccount
          ? "Invitation acceptée : l'espace est ajouté à votre compte."
          : `Bienvenue ! Connectez-vous avec ${result.email}.`,
      };
    },
    {},
  );
}
