import { IMPORT_FIELDS, type ImportMapping } from "@/lib/inventory/import/fields";

/** The mapping form of an inventory import's preview page, as the browser submits it. */
export function mappingForm(
  importId: string,
  mapping: ImportMapping,
  extra: Record<string, string> = {},
) {
  const form: Record<string, string> = { importId, defaultCategory: mapping.defaultCategory ?? "" };
  for (const field of IMPORT_FIELDS) form[`map_${field}`] = mapping.columns[field] ?? "";
  return { ...form, ...extra };
}
