import { z } from "zod";
import {
  emptyToUndefined,
  optionalCalendarDate,
  optionalText,
  pageSchema,
  uaiFilterSchema,
} from "@/lib/schema-fields";
import { parseEuroCents } from "@/lib/money";
import {
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  EQUIPMENT_USAGES,
  FUNDING_SOURCES,
} from "@/lib/inventory/labels";

/** Serial numbers match case-insensitively and without spaces; placeholders of BIOS tools mean « none ». */
const PLACEHOLDER_SERIALS = new Set([
  "",
  "TOBEFILLEDBYO.E.M.",
  "DEFAULTSTRING",
  "SYSTEMSERIALNUMBER",
  "0",
  "NA",
  "N/A",
  "NONE",
  "INCONNU",
  "-",
]);

export function normaliseSerial(raw: string | null | undefined): string | null {
  const value = (raw ?? "").replace(/\s+/g, "").toUpperCase();
  return PLACEHOLDER_SERIALS.has(value) ? null : value.slice(0, 100);
}

/** Inventory numbers are kept as written, trimmed; empty means none. */
export function normaliseInventoryNumber(raw: string | null | undefined): string | null {
  const value = (raw ?? "").trim();
  return value === "" ? null : value;
}

const optionalCents = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    const cents = parseEuroCents(value);
    if (cents === null) {
      context.addIssue({
        code: "custom",
        message: "Coût d'achat : montant en euros positif, par exemple 749,90.",
      });
      return z.NEVER;
    }
    return cents;
  });

/** Every field an agent enters for one piece of equipment (form values are strings). */
export const equipmentFieldsSchema = z
  .object({
    category: z.enum(EQUIPMENT_CATEGORIES, { error: "Choisissez une catégorie." }),
    manufacturer: optionalText(100, "Fabricant"),
    model: optionalText(150, "Modèle"),
    serialNumber: z
      .string()
      .optional()
      .transform((value) => normaliseSerial(value)),
    inventoryNumber: z
      .string()
      .max(100, "Numéro d'inventaire : 100 caractères au plus.")
      .optional()
      .transform((value) => normaliseInventoryNumber(value)),
    acquiredOn: optionalCalendarDate("Date d'acquisition"),
    warrantyEndsOn: optionalCalendarDate("Fin de garantie"),
    status: z.enum(EQUIPMENT_STATUSES, { error: "Choisissez un statut." }),
    location: optionalText(120, "Emplacement"),
    usage: z.enum(EQUIPMENT_USAGES, { error: "Choisissez un usage." }),
    fundingSource: z
      .enum(FUNDING_SOURCES, { error: "Choisissez un financement." })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    purchaseCost: optionalCents,
  })
  .superRefine((value, context) => {
    if (value.acquiredOn && value.acquiredOn.getTime() > Date.now()) {
      context.addIssue({
        code: "custom",
        path: ["acquiredOn"],
        message: "Date d'acquisition : elle ne peut pas être dans le futur.",
      });
    }
    if (value.acquiredOn && value.warrantyEndsOn && value.warrantyEndsOn < value.acquiredOn) {
      context.addIssue({
        code: "custom",
        path: ["warrantyEndsOn"],
        message: "Fin de garantie : elle précède la date d'acquisition.",
      });
    }
  });

export type EquipmentFields = z.output<typeof equipmentFieldsSchema>;

/** What a chef or référent may change on their own equipment. */
export const equipmentStatusSchema = z.object({
  id: z.string().min(1).max(40),
  status: z.enum(EQUIPMENT_STATUSES, { error: "Choisissez un statut." }),
  location: optionalText(120, "Emplacement"),
});

/** A bulk status change on the selected equipment (checkbox values `ids`). */
export const bulkStatusSchema = z.object({
  ids: z
    .array(z.string().min(1).max(40))
    .min(1, "Sélectionnez au moins un équipement.")
    .max(500, "500 équipements au plus à la fois."),
  status: z.enum(EQUIPMENT_STATUSES, { error: "Choisissez le nouveau statut." }),
});

export const EQUIPMENT_SORTS = [
  "etablissement",
  "category",
  "model",
  "acquiredOn",
  "warrantyEndsOn",
  "status",
  "location",
  "serial",
] as const;

/** An empty form or URL value as absent. */

/** A search from the URL (name, commune, UAI…), dropped when empty or too long. */
export const searchFilterSchema = z
  .preprocess(emptyToUndefined, z.string().trim().max(100).optional())
  .catch(undefined);

/** A département code from the URL (« 35 », « 2A », « 974 »), dropped when malformed. */
export const departementFilterSchema = z
  .preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^[0-9AB]{2,3}$/)
      .optional(),
  )
  .catch(undefined);

/** Search, filters, sort and page of an equipment list, as read from the URL. */
export const listEquipmentSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  uai: uaiFilterSchema,
  departement: departementFilterSchema,
  category: z
    .preprocess(emptyToUndefined, z.enum(EQUIPMENT_CATEGORIES).optional())
    .catch(undefined),
  status: z.preprocess(emptyToUndefined, z.enum(EQUIPMENT_STATUSES).optional()).catch(undefined),
  usage: z.preprocess(emptyToUndefined, z.enum(EQUIPMENT_USAGES).optional()).catch(undefined),
  funding: z.preprocess(emptyToUndefined, z.enum(FUNDING_SOURCES).optional()).catch(undefined),
  /** Acquired before this year (« older than »), e.g. 2021 for equipment bought until 2020. */
  before: z
    .preprocess(emptyToUndefined, z.coerce.number().int().min(1980).max(2100).optional())
    .catch(undefined),
  sort: z.enum(EQUIPMENT_SORTS).default("etablissement").catch("etablissement"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});

export type ListEquipmentQuery = z.output<typeof listEquipmentSchema>;

/** The first of repeated URL values; empty as absent. */
const firstValue = (value: unknown) => {
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return first === "" || first === null ? undefined : first;
};

/**
 * `?rentree=`: the first year of the school year whose effectifs the per-pupil indicators divide
 * by (2021 = rentrée 2021-2022). Anything else reads as absent: each collège's latest effectif.
 */
export const rentreeFilterSchema = z
  .preprocess(firstValue, z.coerce.number().int().min(1980).max(2100).optional())
  .catch(undefined);

/** « 2021-2022 » for the rentrée 2021. */
export const schoolYearOf = (rentree: number) => `${rentree}-${rentree + 1}`;

/** Which pupils the ratios use, as a noun phrase: « effectifs de la rentrée 2021-2022 » or « dernier effectif connu de chaque collège ». */
export const effectifBasis = (rentree: number | null | undefined) =>
  rentree == null
    ? "dernier effectif connu de chaque collège"
    : `effectifs de la rentrée ${schoolYearOf(rentree)}`;

/** The same after « rapportés à »: « au dernier effectif connu… », « aux effectifs de la rentrée… ». */
export const toEffectifBasis = (rentree: number | null | undefined) =>
  `${rentree == null ? "au" : "aux"} ${effectifBasis(rentree)}`;
