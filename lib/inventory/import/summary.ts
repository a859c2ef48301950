import type { EquipmentValues } from "./row-values";
import type { ImportPlan, RowAction } from "./plan-import";
import type { MappingSource } from "./detect-mapping";
import type { TextEncodingName } from "@/lib/imports/decode-text";
import { MAX_IMPORT_COLUMNS } from "@/lib/imports/limits";
import { MAX_CATEGORY_VALUES } from "./fields";
import { omit } from "@/lib/objects";

/** Errors kept with an import and shown: the count says how many there are in all. */
export const MAX_ERRORS_KEPT = 200;

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What the preview page shows, stored as JSON on the import (EquipmentImport.summary). */
export interface ImportSummary {
  /** The file's columns, to choose from in the mapping form. */
  header: string[];
  /** How a CSV was decoded; null for a workbook (and for imports analysed before this was recorded). */
  encoding: TextEncodingName | null;
  mappingSource: MappingSource;
  rowCount: number;
  totals: ImportCounts;
  etablissements: ({ uai: string; name: string } & ImportCounts)[];
  sample: {
    line: number;
    action: RowAction;
    uai: string;
    etablissement: string;
    values: Omit<EquipmentValues, "etablissementId">;
  }[];
  errors: string[];
  errorCount: number;
  /** Category values no category matches: the preview offers to map each one. */
  unknownCategories: string[];
  computedAt: string;
  /**
   * Set when a stored summary is beyond what an import can hold (written before the caps, or
   * altered): the page says so instead of rendering it, and the import can only be abandoned.
   */
  problem?: string;
}

/** A sample never holds more rows than this (plan-import keeps the first few). */
const MAX_SAMPLE_KEPT = 100;
const MAX_ETABLISSEMENTS_KEPT = 5_000;
const MAX_COLUMN_NAME_CHARS = 1_000;

export const UNREADABLE_IMPORT_MESSAGE =
  `Cet import ne peut pas être affiché : son fichier dépasse les limites d'un import (${MAX_IMPORT_COLUMNS} colonnes au plus, par exemple). ` +
  "Abandonnez-le et déposez un fichier corrigé.";

export function summariseImportPlan(
  plan: ImportPlan,
  header: readonly string[],
  mappingSource: MappingSource,
  now: Date,
  encoding: TextEncodingName | null = null,
): ImportSummary {
  return {
    header: [...new Set(header.filter((h) => h !== ""))],
    encoding,
    mappingSource,
    rowCount: plan.rowCount,
    totals: {
      created: plan.creates.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged,
    },
    etablissements: plan.perEtablissement.map(({ uai, name, created, updated, unchanged }) => ({
      uai,
      name,
      created,
      updated,
      unchanged,
    })),
    sample: plan.sample.map((row) => ({ ...row, values: omit(row.values, "etablissementId") })),
    errors: plan.errors.slice(0, MAX_ERRORS_KEPT),
    errorCount: plan.errors.length,
    unknownCategories: plan.unknownCategories,
    computedAt: now.toISOString(),
  };
}

const isNameList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_IMPORT_COLUMNS &&
  value.every((name) => typeof name === "string" && name.length <= MAX_COLUMN_NAME_CHARS);

/**
 * A summary read back from JSON; one written by an older version is shown as empty. Nothing stored
 * can make the page render without bound: an absurd header (a million columns) is dropped and
 * reported, lists are cut to what the import code ever writes.
 */
export function readImportSummary(value: unknown): ImportSummary {
  const v = (value ?? {}) as Partial<ImportSummary>;
  const absurd = Array.isArray(v.header) && !isNameList(v.header);
  const list = <T>(items: T[] | undefined, max: number): T[] =>
    Array.isArray(items) ? items.slice(0, max) : [];
  return {
    ...(absurd ? { problem: UNREADABLE_IMPORT_MESSAGE } : {}),
    header: !absurd && Array.isArray(v.header) ? v.header : [],
    encoding: v.encoding === "UTF-8" || v.encoding === "Windows-1252" ? v.encoding : null,
    mappingSource: v.mappingSource ?? "automatique",
    rowCount: v.rowCount ?? 0,
    totals: v.totals ?? { created: 0, updated: 0, unchanged: 0 },
    etablissements: list(v.etablissements, MAX_ETABLISSEMENTS_KEPT),
    sample: list(v.sample, MAX_SAMPLE_KEPT),
    errors: list(v.errors, MAX_ERRORS_KEPT),
    errorCount: v.errorCount ?? 0,
    unknownCategories: list(v.unknownCategories, MAX_CATEGORY_VALUES).filter(
      (value) => typeof value === "string" && value.length <= 200,
    ),
    computedAt: v.computedAt ?? "",
  };
}
