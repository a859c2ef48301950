import { z } from "zod";
import { ROLES } from "@/lib/members/roles";
import { newPasswordSchema } from "@/lib/auth/password-policy";

const email = z
  .string({ error: "Saisissez une adresse e-mail." })
  .trim()
  .min(1, "Saisissez une adresse e-mail.")
  .max(254, "Adresse e-mail trop longue.")
  .pipe(z.email({ error: "Adresse e-mail invalide." }))
  .transform((v) => v.toLowerCase());

const role = z.enum(ROLES, { error: "Choisissez un rôle." });

export const inviteMemberSchema = z.object({
  email,
  name: z
    .string({ error: "Saisissez le nom de la personne." })
    .trim()
    .min(2, "Saisissez le nom de la personne.")
    .max(120, "Nom trop long (120 caractères au plus)."),
  role,
  /** "" for the space itself, or the UAI of one of its établissements. */
  target: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^$|^[0-9]{7}[A-Z]$/, "Établissement invalide.")
    .default(""),
  /** A collectivité's technician or référent technique: the id of the secteur they work on. */
  sectorId: z.string().trim().max(50, "Secteur invalide.").default(""),
});

export const changeMemberRoleSchema = z.object({ membershipId: z.string().min(1).max(50), role });

export const removeMemberSchema = z.object({ membershipId: z.string().min(1).max(50) });

export const revokeInvitationSchema = z.object({ invitationId: z.string().min(1).max(50) });

export { PASSWORD_RULE } from "@/lib/auth/password-policy";

export const acceptInvitationSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, "Saisissez votre nom.")
      .max(120, "Nom trop long (120 caractères au plus)."),
    // One rule for every chosen password (ANSSI length, common passwords refused): lib/auth.
    password: newPasswordSchema,
    confirmation: z.string(),
  })
  .refine((v) => v.password === v.confirmation, {
    path: ["confirmation"],
    message: "Les deux mots de passe ne sont pas identiques.",
  });

export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
