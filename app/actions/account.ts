"use server";

import { AppError } from "@/lib/errors";
import { toActionError, formObject, type ActionState } from "@/lib/actions/run-action";
import { getSessionUser } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/auth/change-password";
import { requestClientIp } from "@/lib/http/request-ip";

/** « Mon compte »: the signed-in person changes their password; all their sessions end. */
export async function changePasswordAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  try {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    await changeOwnPassword(user.id, formObject(formData), await requestClientIp());
    return {
      status: "ok",
      message:
        "Mot de passe modifié. Toutes vos sessions ont été fermées : reconnectez-vous avec le nouveau mot de passe.",
      fieldErrors: {},
    };
  } catch (error) {
    return toActionError(error);
  }
}
