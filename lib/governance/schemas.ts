import { z } from "zod";
import { optionalText, requiredText } from "@/lib/schema-fields";
import { BODY_KINDS, CADENCES, MEMBER_ROLES } from "@/lib/governance/vocabulary";

const id = (message: string) =>
  z.string({ error: message }).trim().min(1, message).max(50, message);

/**
 * What a new body is attached to, as the form's select names it: « cadre:<convention id> » (the
 * convention-cadre it steers), « paire:<académie code> » from a collectivité or
 * « paire:<collectivité id> » from an académie, « college » for a collège's own body.
 */
const attachment = z
  .string({ error: "Rattachement : choisissez dans la liste." })
  .trim()
  .regex(
    /^(cadre:[\w-]{1,50}|paire:[\w-]{1,50}|college)$/,
    "Rattachement : choisissez dans la liste.",
  )
  .transform((value) => {
    const [kind, key] = value.split(":") as ["cadre" | "paire" | "college", string | undefined];
    return { kind, key: key ?? null };
  });

export const createBodySchema = z.object({
  name: requiredText(120, "Nom de l'instance"),
  kind: z.enum(BODY_KINDS, { error: "Type d'instance : choisissez dans la liste." }),
  cadence: z.enum(CADENCES, { error: "Rythme : choisissez dans la liste." }),
  attachment,
});

const optionalEmail = z
  .string()
  .trim()
  .max(254, "Adresse e-mail trop longue.")
  .optional()
  .transform((value) => (value ? value.toLowerCase() : null))
  .pipe(z.email({ error: "Adresse e-mail invalide." }).nullable());

/**
 * A member designated by the context's own party: a person of its space (`userId`), or someone
 * named without an account (`name`, and an e-mail to receive the convocations).
 */
export const designateMemberSchema = z
  .object({
    bodyId: id("Instance introuvable."),
    role: z.enum(MEMBER_ROLES, { error: "Rôle : choisissez dans la liste." }),
    userId: optionalText(50, "Personne"),
    name: optionalText(120, "Nom"),
    email: optionalEmail,
    qualite: requiredText(160, "Qualité"),
  })
  .superRefine((value, ctx) => {
    if (!value.userId && !value.name)
      ctx.addIssue({
        code: "custom",
        path: ["name"],
        message: "Choisissez une personne de votre espace, ou saisissez le nom d'une autre.",
      });
    if (value.role === "COPRESIDENT" && !value.userId)
      ctx.addIssue({
        code: "custom",
        path: ["userId"],
        message:
          "Un coprésident approuve les comptes rendus au nom de sa partie : choisissez une personne qui a un compte dans votre espace.",
      });
  });

export const endMembershipSchema = z.object({ memberId: id("Membre introuvable.") });

export type CreateBodyInput = z.input<typeof createBodySchema>;
export type DesignateMemberInput = z.input<typeof designateMemberSchema>;
