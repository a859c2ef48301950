import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnFr from "@zxcvbn-ts/language-fr";
import { z } from "zod";

/**
 * The password rule for every password a person chooses (invitation, « Mon compte »), after
 * ANSSI's guidance on passwords (guide « Recommandations relatives à l'authentification
 * multifacteur et aux mots de passe », 2021): a minimum length of 12 characters, no arbitrary
 * upper bound below 200, and a check against passwords known to attackers. Sign-in attempts are
 * also limited (lib/rate-limit). The check is zxcvbn-ts's estimate, with its common-password list
 * (`@zxcvbn-ts/language-common`, MIT) and French dictionaries (`@zxcvbn-ts/language-fr`, MIT),
 * offline: « password1234 », « azertyuiop12 » or « Bonjour123456 » are refused.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_RULE =
  "Au moins 12 caractères, dont une lettre et un chiffre, et pas un mot de passe courant.";
/** zxcvbn's score: 3 means « safely unguessable » against an online attack slowed by the lock-out. */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnFr.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnFr.translations,
  });
  return factory;
}

/** Why a password is too easy to guess, in French, or null. `userInputs`: the e-mail, the name. */
export function guessablePasswordProblem(
  password: string,
  userInputs: string[] = [],
): string | null {
  const inputs = userInputs
    .flatMap((input) => {
      const lower = input.toLowerCase();
      return [lower, lower.split("@")[0] ?? "", ...lower.split(/[\s@.\-_]+/)];
    })
    .filter((part) => part.length >= 3);
  const result = estimator().check(password.slice(0, 100), inputs);
  if (result.score >= MIN_SCORE) return null;
  return `Ce mot de passe est trop courant ou trop facile à deviner : allongez-le ou mélangez des mots sans rapport. ${PASSWORD_RULE}`;
}

/** A new password, as typed: length, a letter, a digit, not a common or guessable one. */
export const newPasswordSchema = z
  .string({ error: "Saisissez un mot de passe." })
  .min(PASSWORD_MIN_LENGTH, `Mot de passe trop court. ${PASSWORD_RULE}`)
  .max(200, "Mot de passe trop long.")
  .regex(/[A-Za-zÀ-ÿ]/, `Le mot de passe doit contenir une lettre. ${PASSWORD_RULE}`)
  .regex(/[0-9]/, `Le mot de passe doit contenir un chiffre. ${PASSWORD_RULE}`)
  .superRefine((password, context) => {
    const problem = guessablePasswordProblem(password);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
