import { z } from "zod";
import { EQUIPMENT_CATEGORIES, type EquipmentCategory } from "@/lib/inventory/labels";
import { keysOf } from "@/lib/objects";

/**
 * What a column of an inventory file can fill. The warranty end comes from its own column, or
 * from a start date (else the purchase date) plus a duration in months, as GLPI exports it.
 */
export const IMPORT_FIELD_LABELS = {
  uai: "UAI de l'établissement",
  category: "Catégorie",
  manufacturer: "Fabricant",
  model: "Modèle",
  serialNumber: "Numéro de série",
  inventoryNumber: "Numéro d'inventaire",
  acquiredOn: "Date d'acquisition",
  warrantyEndsOn: "Fin de garantie",
  warrantyStartsOn: "Début de garantie",
  warrantyMonths: "Durée de garantie (mois)",
  status: "Statut",
  location: "Emplacement",
  usage: "Usage",
  fundingSource: "Financement",
  purchaseCost: "Coût d'achat",
};

export type ImportField = keyof typeof IMPORT_FIELD_LABELS;

export const IMPORT_FIELDS = keysOf(IMPORT_FIELD_LABELS);

/** Category values of the collectivité's files the product does not know, as many as this at most. */
export const MAX_CATEGORY_VALUES = 200;

/**
 * Which column fills which field, the category of new equipment whose row names none, and the
 * category each unknown value of the category column stands for (« Écran » → Autre, « Switch PoE »
 * → Commutateur), chosen once on the preview page and saved with the columns.
 */
export interface ImportMapping {
  columns: Partial<Record<ImportField, string>>;
  defaultCategory: EquipmentCategory | null;
  /** Value as written in the file (matched without case or accents) → category. */
  categoryValues?: Record<string, EquipmentCategory>;
}

/** A mapping as stored in JSON (EquipmentImport.mapping, EquipmentImportMapping.mapping); older ones have no categoryValues. */
export const storedMappingSchema = z.object({
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(200)),
  defaultCategory: z.enum(EQUIPMENT_CATEGORIES).nullable(),
  categoryValues: z.record(z.string().max(200), z.enum(EQUIPMENT_CATEGORIES)).optional(),
});

/** Reads a stored mapping; anything unreadable is no mapping at all. */
export function readStoredMapping(value: unknown): ImportMapping | null {
  const parsed = storedMappingSchema.safeParse(value);
  if (!parsed.success) return null;
  const categoryValues = parsed.data.categoryValues ?? {};
  return {
    columns: parsed.data.columns,
    defaultCategory: parsed.data.defaultCategory,
    ...(Object.keys(categoryValues).length > 0 ? { categoryValues } : {}),
  };
}

function sameCategoryValues(a: ImportMapping, b: ImportMapping): boolean {
  const left = Object.entries(a.categoryValues ?? {}).sort(([x], [y]) => x.localeCompare(y));
  const right = Object.entries(b.categoryValues ?? {}).sort(([x], [y]) => x.localeCompare(y));
  return JSON.stringify(left) === JSON.stringify(right);
}

/** The columns a mapping uses, each once. */
export function mappedColumns(mapping: ImportMapping): string[] {
  return [
    ...new Set(
      Object.values(mapping.columns).filter((c): c is string => typeof c === "string" && c !== ""),
    ),
  ];
}

export function sameMapping(a: ImportMapping, b: ImportMapping): boolean {
  return (
    IMPORT_FIELDS.every((f) => (a.columns[f] ?? "") === (b.columns[f] ?? "")) &&
    a.defaultCategory === b.defaultCategory &&
    sameCategoryValues(a, b)
  );
}

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The form's pairs `catval_<n>` (the value, hidden) and `catmap_<n>` (the category chosen, or none) as a list. */
function collectCategoryPairs(input: unknown): unknown {
  if (input === null || typeof input !== "object") return input;
  const record = input as Record<string, unknown>;
  const pairs: { value: unknown; category: unknown }[] = [];
  for (let n = 0; n < MAX_CATEGORY_VALUES + 1 && `catval_${n}` in record; n += 1)
    pairs.push({ value: record[`catval_${n}`], category: record[`catmap_${n}`] ?? "" });
  return { ...record, categoryValues: pairs };
}

/** The preview page's mapping form: one select per field (`map_<field>`), the default category, one select per unknown category value. */
export const importMappingFormSchema = z.preprocess(
  collectCategoryPairs,
  z.object({
    importId: z.string().trim().min(1, "Import introuvable.").max(40),
    defaultCategory: z.preprocess(
      emptyToUndefined,
      z.enum(EQUIPMENT_CATEGORIES, { error: "Choisissez une catégorie de la liste." }).optional(),
    ),
    saveMapping: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    categoryValues: z
      .array(
        z.object({
          value: z.string().trim().min(1).max(200),
          category: z.enum(["", ...EQUIPMENT_CATEGORIES], {
            error: "Choisissez une catégorie de la liste.",
          }),
        }),
      )
      .max(MAX_CATEGORY_VALUES, `${MAX_CATEGORY_VALUES} valeurs de catégorie au plus.`)
      .default([]),
    ...(Object.fromEntries(
      IMPORT_FIELDS.map((f) => [`map_${f}`, z.string().max(200).optional()]),
    ) as Record<`map_${ImportField}`, z.ZodOptional<z.ZodString>>),
  }),
);

/** The category values the form maps (a value left on « — inconnue — » is not mapped). */
function categoryValuesOfForm(form: ImportMappingForm): Pick<ImportMapping, "categoryValues"> {
  const chosen = form.categoryValues.filter((pair) => pair.category !== "");
  return chosen.length > 0
    ? {
        categoryValues: Object.fromEntries(
          chosen.map((pair) => [pair.value, pair.category as EquipmentCategory]),
        ),
      }
    : {};
}

export type ImportMappingForm = z.output<typeof importMappingFormSchema>;

/** The mapping a form describes, as submitted. */
export function submittedMapping(form: ImportMappingForm): ImportMapping {
  const columns: ImportMapping["columns"] = {};
  for (const field of IMPORT_FIELDS) {
    const column = form[`map_${field}`]?.trim() ?? "";
    if (column !== "") columns[field] = column;
  }
  return { columns, defaultCategory: form.defaultCategory ?? null, ...categoryValuesOfForm(form) };
}

/** The mapping a form describes, checked against the file's columns (field name → message). */
export function mappingFromForm(
  form: ImportMappingForm,
  header: readonly string[],
): { mapping: ImportMapping; fieldErrors: Record<string, string> } {
  const columns: ImportMapping["columns"] = {};
  const fieldErrors: Record<string, string> = {};
  const known = new Set(header);
  for (const field of IMPORT_FIELDS) {
    const column = form[`map_${field}`]?.trim() ?? "";
    if (column === "") continue;
    if (!known.has(column))
      fieldErrors[`map_${field}`] =
        `${IMPORT_FIELD_LABELS[field]} : la colonne « ${column} » n'existe pas dans le fichier.`;
    else columns[field] = column;
  }
  if (!columns.uai && !fieldErrors.map_uai)
    fieldErrors.map_uai = "Choisissez la colonne qui donne l'UAI de l'établissement.";
  return {
    mapping: {
      columns,
      defaultCategory: form.defaultCategory ?? null,
      ...categoryValuesOfForm(form),
    },
    fieldErrors,
  };
}
