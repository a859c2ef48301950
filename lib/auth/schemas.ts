// zod/mini: the same validation as zod, tree-shaken to what this schema uses, because the sign-in
// form runs it in the browser on a page that must stay under the first-load JavaScript budget.
import * as z from "zod/mini";

export const signInSchema = z.object({
  email: z.pipe(
    z
      .string({ error: "Saisissez votre adresse e-mail." })
      .check(
        z.trim(),
        z.minLength(1, "Saisissez votre adresse e-mail."),
        z.maxLength(254, "Adresse e-mail trop longue."),
      ),
    z.pipe(
      z.email({ error: "Adresse e-mail invalide : elle doit ressembler à prenom.nom@exemple.fr." }),
      z.transform((email: string) => email.toLowerCase()),
    ),
  ),
  password: z
    .string({ error: "Saisissez votre mot de passe." })
    .check(
      z.minLength(1, "Saisissez votre mot de passe."),
      z.maxLength(200, "Mot de passe trop long."),
    ),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Error codes the sign-in flow passes to the page, and what the page says for each. */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "Adresse e-mail ou mot de passe incorrect.",
  InvalidInput: "Saisissez une adresse e-mail valide et votre mot de passe.",
  AccessDenied:
    "Ce compte ProConnect n'est rattaché à aucun compte Tripartite. Demandez une invitation à votre administrateur.",
  SessionRequired: "Connectez-vous pour accéder à cette page.",
  Default: "La connexion a échoué. Réessayez dans un instant.",
} as const;

/**
 * `RateLimited:<minutes>` carries the remaining lock-out time of the account,
 * `RateLimitedIp:<minutes>` that of the client's address (lib/rate-limit/client-ip-limit.ts).
 */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  const locked = /^RateLimited(Ip)?:(\d+)$/.exec(code);
  if (locked) {
    const minutes = Number(locked[2]);
    const duration = `${minutes} minute${minutes > 1 ? "s" : ""}`;
    return locked[1]
      ? `Trop de tentatives depuis votre adresse réseau : les connexions en sont refusées pendant ${duration}. Réessayez plus tard.`
      : `Trop de tentatives échouées : ce compte est bloqué pendant ${duration}. Réessayez plus tard.`;
  }
  return code in SIGN_IN_ERRORS
    ? SIGN_IN_ERRORS[code as keyof typeof SIGN_IN_ERRORS]
    : SIGN_IN_ERRORS.Default;
}
