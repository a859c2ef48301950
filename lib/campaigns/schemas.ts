import { z } from "zod";
import {
  optionalRecordId,
  optionalText,
  positiveEurosCents,
  recordId,
  requiredCalendarDate,
  requiredText,
} from "@/lib/schema-fields";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { NEED_DECISIONS, NEED_OPINIONS, NEED_STATUSES } from "@/lib/campaigns/labels";

const id = recordId;

const integer = (label: string, min: number, max: number) =>
  z
    .union([z.number(), z.string()], { error: `${label} : nombre entier attendu.` })
    .transform((value, ctx) => {
      const text = String(value)
        .trim()
        .replace(/[\s\u00a0\u202f]/g, "");
      const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: "custom",
          message: `${label} : nombre entier entre ${min} et ${max}.`,
        });
        return z.NEVER;
      }
      return n;
    });

const categories = z
  .union([z.array(z.string()), z.string()], {
    error: "Catégories couvertes : cochez au moins une catégorie.",
  })
  .transform((value) => (Array.isArray(value) ? value : value === "" ? [] : [value]))
  .pipe(
    z
      .array(z.enum(EQUIPMENT_CATEGORIES, { error: "Catégories couvertes : catégorie inconnue." }))
      .min(1, "Catégories couvertes : cochez au moins une catégorie."),
  )
  .transform((list) => EQUIPMENT_CATEGORIES.filter((c) => list.includes(c)));

/** Every field of a campaign an agent enters (form values are strings; categories a list). */
export const campaignFieldsSchema = z
  .object({
    title: z
      .string({ error: "Intitulé : ce champ est obligatoire." })
      .trim()
      .min(3, "Intitulé : 3 caractères au moins.")
      .max(200, "Intitulé : 200 caractères au plus."),
    exercice: integer("Exercice", 2000, 2100),
    opensOn: requiredCalendarDate("Date d'ouverture"),
    closesOn: requiredCalendarDate("Date limite de dépôt"),
    envelope: positiveEurosCents("Enveloppe"),
    categories,
    description: optionalText(4000, "Description"),
    budgetLineId: optionalRecordId(),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn)
      ctx.addIssue({
        code: "custom",
        path: ["closesOn"],
        message: "Date limite de dépôt : elle ne peut pas précéder la date d'ouverture.",
      });
  });
export type CampaignFields = z.infer<typeof campaignFieldsSchema>;

export const updateCampaignSchema = z.intersection(
  z.object({ campaignId: id("Campagne") }),
  campaignFieldsSchema,
);
export const campaignIdSchema = z.object({ campaignId: id("Campagne") });

export const needFieldsSchema = z.object({
  category: z.enum(EQUIPMENT_CATEGORIES, {
    error: "Catégorie : choisissez une des catégories de la campagne.",
  }),
  quantity: integer("Quantité", 1, 1000),
  justification: requiredText(2000, "Justification"),
  projetEtablissement: requiredText(300, "Axe du projet d'établissement"),
  priority: integer("Priorité", 1, 3),
});

export const submitNeedSchema = z.intersection(
  z.object({ campaignId: id("Campagne") }),
  needFieldsSchema,
);
export const updateNeedSchema = z.intersection(
  z.object({ needId: id("Besoin") }),
  needFieldsSchema,
);
export const needIdSchema = z.object({ needId: id("Besoin") });

export const opinionSchema = z.object({
  needId: id("Besoin"),
  opinion: z.enum(NEED_OPINIONS, {
    error: "Avis : favorable, favorable avec réserve ou défavorable.",
  }),
  comment: optionalText(1000, "Commentaire"),
});

export const decisionSchema = z.object({
  needId: id("Besoin"),
  decision: z.enum(NEED_DECISIONS, { error: "Décision : accepté, accepté en partie ou refusé." }),
  acceptedQuantity: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? (/^\d+$/.test(value) ? Number(value) : Number.NaN) : null)),
  reason: optionalText(1000, "Motif"),
});

export const deliverySchema = z.object({
  needId: id("Besoin"),
  deliveredOn: requiredCalendarDate("Date de livraison"),
});

const one = (v: unknown): unknown => (Array.isArray(v) ? (v as unknown[])[0] : v);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(one, z.enum(values).optional().catch(undefined));

/** The needs list's filters, from the URL (wrong values fall back to none). */
export const needListQuerySchema = z.object({
  uai: z.preprocess(
    one,
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9]{7}[A-Z]$/)
      .optional()
      .catch(undefined),
  ),
  category: optionalEnum(EQUIPMENT_CATEGORIES),
  status: optionalEnum(NEED_STATUSES),
  opinion: optionalEnum([...NEED_OPINIONS, "SANS"] as const),
  sort: z.preprocess(
    one,
    z.enum(["college", "priorite", "categorie", "depot"]).catch("college").default("college"),
  ),
  dir: z.preprocess(one, z.enum(["asc", "desc"]).catch("asc").default("asc")),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});
export type NeedListQuery = z.infer<typeof needListQuerySchema>;

export const NEEDS_PAGE_SIZE = 25;
