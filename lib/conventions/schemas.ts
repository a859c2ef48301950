import { z } from "zod";
import { departementCodeFilter } from "@/lib/schema-fields";
import { parseCalendarDate } from "@/lib/imports/dates";
import { CONVENTION_KIND_INPUTS } from "@/lib/conventions/labels";

const id = z.string().trim().min(1, "Convention introuvable.").max(40, "Convention introuvable.");

/** A calendar day from a date input (AAAA-MM-JJ), as the UTC midnight @db.Date stores. */
export const calendarDay = (label: string) =>
  z
    .string({ error: `${label} : date attendue.` })
    .trim()
    .min(1, `${label} : ce champ est obligatoire.`)
    .transform((value, ctx) => {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseCalendarDate(value) : null;
      if (!date) {
        ctx.addIssue({
          code: "custom",
          message: `${label} : date invalide (attendu : JJ/MM/AAAA).`,
        });
        return z.NEVER;
      }
      return date;
    });

const optionalDay = (label: string) =>
  z.union([z.literal("").transform(() => null), calendarDay(label)]).prefault("");

const sha256 = z
  .string({ error: "Empreinte du document manquante." })
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, "Empreinte du document invalide : rechargez la page.");

export const createConventionSchema = z
  .object({
    kind: z.enum(CONVENTION_KIND_INPUTS, {
      error: "Type de convention : tripartite, collectivité–établissement ou convention-cadre.",
    }),
    uai: z.string().trim().toUpperCase().default(""),
    parentId: z.string().trim().max(40).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "CADRE" && v.uai === "")
      ctx.addIssue({
        code: "custom",
        path: ["uai"],
        message: "Choisissez l'établissement de la convention.",
      });
  });

export const generateConventionsSchema = z.object({
  parentId: z.string().trim().min(1, "Choisissez la convention-cadre.").max(40),
  startsOn: optionalDay("Date d'entrée en vigueur"),
  endsOn: optionalDay("Date de fin"),
});

export const updateDraftSchema = z
  .object({
    conventionId: id,
    title: z
      .string()
      .trim()
      .min(3, "Titre : 3 caractères au moins.")
      .max(200, "Titre : 200 caractères au plus."),
    startsOn: optionalDay("Date d'entrée en vigueur"),
    endsOn: optionalDay("Date de fin"),
    content: z
      .string()
      .min(2, "Contenu de la convention manquant.")
      .max(2_000_000, "Contenu trop volumineux."),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.endsOn && v.endsOn <= v.startsOn)
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "La date de fin doit suivre la date d'entrée en vigueur.",
      });
  });

export const conventionIdSchema = z.object({ conventionId: id });

export const submitSchema = conventionIdSchema;

const authorisation = {
  authorisationReference: z
    .string()
    .trim()
    .min(1, "Référence de l'autorisation : ce champ est obligatoire.")
    .max(200, "Référence : 200 caractères au plus."),
  authorisationDate: calendarDay("Date de l'autorisation"),
  qualite: z
    .string()
    .trim()
    .min(2, "Qualité du signataire : ce champ est obligatoire.")
    .max(200, "Qualité : 200 caractères au plus."),
};

/** A reason the other parties will read (refusal, withdrawal, termination): 10 to 2 000 characters. */
const reasonText = (tooShort: string) =>
  z.string().trim().min(10, tooShort).max(2_000, "Motif : 2 000 caractères au plus.");

/** The password a signer enters again to sign, asked for with `missing`. */
const signerPassword = (missing: string) => z.string().min(1, missing).max(200);

export const signSchema = z.object({
  conventionId: id,
  documentSha256: sha256,
  password: signerPassword("Saisissez votre mot de passe pour signer."),
  ...authorisation,
});

export const batchSignSchema = z.object({
  /** « conventionId:sha256 » pairs: each convention is signed against the document its signer saw. */
  items: z
    .array(
      z.string().regex(/^[\w-]{1,40}:[0-9a-fA-F]{64}$/, "Sélection invalide : rechargez la page."),
    )
    .min(1, "Cochez au moins une convention à signer.")
    .max(200, "200 conventions au plus par lot."),
  password: signerPassword("Saisissez votre mot de passe pour signer."),
  ...authorisation,
});

export const refuseSchema = z.object({
  conventionId: id,
  documentSha256: sha256,
  reason: reasonText(
    "Motif du refus : 10 caractères au moins, pour que les autres parties comprennent.",
  ),
});

export const offlineSignSchema = z.object({
  conventionId: id,
  party: z.enum(["EPLE", "ETAT", "COLLECTIVITE"], { error: "Partie signataire invalide." }),
  /** The person who signed on paper: asked only when the collectivité declares a signature (the signer who records their own is that person). */
  signerName: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .min(2, "Nom du signataire : 2 caractères au moins.")
      .max(200, "Nom du signataire : 200 caractères au plus.")
      .optional(),
  ),
  signedOn: calendarDay("Date de la signature"),
  password: signerPassword("Saisissez votre mot de passe pour enregistrer la signature."),
  ...authorisation,
});

export const withdrawSchema = z.object({
  conventionId: id,
  reason: reasonText("Motif : 10 caractères au moins."),
});

export const terminateSchema = z.object({
  conventionId: id,
  terminatedOn: calendarDay("Date d'effet de la résiliation"),
  reason: reasonText("Motif de la résiliation : 10 caractères au moins."),
});

export const CONVENTION_TABS = [
  "a-signer",
  "brouillons",
  "en-signature",
  "en-vigueur",
  "expirant",
  "expirees",
  "refusees",
  "resiliees",
  "toutes",
] as const;
export type ConventionTab = (typeof CONVENTION_TABS)[number];

export const listConventionsSchema = z.object({
  tab: z.enum(CONVENTION_TABS).default("toutes").catch("toutes"),
  q: z.string().trim().max(100).default("").catch(""),
  departement: departementCodeFilter,
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ListConventionsQuery = z.output<typeof listConventionsSchema>;
