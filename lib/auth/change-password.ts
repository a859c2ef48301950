import { z } from "zod";
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { guessablePasswordProblem, newPasswordSchema } from "@/lib/auth/password-policy";
import { endAllUserSessions } from "@/lib/auth/user-sessions";

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Saisissez votre mot de passe actuel." })
      .min(1, "Saisissez votre mot de passe actuel.")
      .max(200, "Mot de passe trop long."),
    password: newPasswordSchema,
    confirmation: z.string({ error: "Confirmez le nouveau mot de passe." }),
  })
  .refine((v) => v.password === v.confirmation, {
    path: ["confirmation"],
    message: "Les deux mots de passe ne sont pas identiques.",
  })
  .refine((v) => v.password !== v.currentPassword, {
    path: ["password"],
    message: "Choisissez un mot de passe différent de l'actuel.",
  });

/**
 * The signed-in person changes their own password (« Mon compte »). The current password is
 * checked like a sign-in (same lock-out, same per-address limit), and every session of the
 * account ends with the change, this one included: whoever had a session open must sign in again.
 */
export async function changeOwnPassword(
  userId: string,
  input: unknown,
  ip: string | null = null,
  now = new Date(),
): Promise<{ endedSessions: number }> {
  const data = changePasswordSchema.parse(input);
  const account = await db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: { email: true, name: true },
  });
  if (!account) throw new AppError("UNAUTHENTICATED");
  const problem = guessablePasswordProblem(data.password, [account.email, account.name]);
  if (problem) throw new AppError("INVALID_INPUT", problem, { password: problem });

  let user;
  try {
    user = await authenticateWithPassword(
      db,
      { email: account.email, password: data.currentPassword },
      now,
      ip,
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED" && /^\d+$/.test(error.message)) {
      throw new AppError(
        "RATE_LIMITED",
        `Trop d'essais de mot de passe : réessayez dans ${error.message} minute(s).`,
      );
    }
    throw error;
  }
  if (!user || user.id !== userId) {
    throw new AppError("INVALID_INPUT", "Mot de passe actuel incorrect : rien n'a été modifié.", {
      currentPassword: "Mot de passe actuel incorrect.",
    });
  }
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    return { endedSessions: await endAllUserSessions(tx, userId) };
  });
}
