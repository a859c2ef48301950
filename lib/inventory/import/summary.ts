import type { EquipmentValues } from "./read-row";
import type { ImportPlan, RowAction } from "./plan-import";
import type { MappingSource } from "./detect-mapping";

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
  mappingSource: MappingSource;
  rowCount: number;
  totals: ImportCounts;
  etablissements: ({ uai: string; name: string } & ImportCounts)[];
  sample: { line: number; action: RowAction; uai: string; etablissement: string; values: Omit<EquipmentValues, "etablissementId"> }[];
  errors: string[];
  errorCount: number;
  computedAt: string;
}

export function summariseImportPlan(plan: ImportPlan, header: readonly string[], mappingSource: MappingSource, now: Date): ImportSummary {
  return {
    header: [...new Set(header.filter((h) => h !== ""))],
    mappingSource,
    rowCount: plan.rowCount,
    totals: { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged },
    etablissements: plan.perEtablissement.map(({ uai, name, created, updated, unchanged }) => ({ uai, name, created, updated, unchanged })),
    sample: plan.sample.map(({ values: { etablissementId: _id, ...values }, ...row }) => ({ ...row, values })),
    errors: plan.errors.slice(0, MAX_ERRORS_KEPT),
    errorCount: plan.errors.length,
    computedAt: now.toISOString(),
  };
}

/** A summary read back from JSON; one written by an older version is shown as empty. */
export function readImportSummary(value: unknown): ImportSummary {
  const v = (value ?? {}) as Partial<ImportSummary>;
  return {
    header: Array.isArray(v.header) ? v.header : [],
    mappingSource: v.mappingSource ?? "automatique",
    rowCount: v.rowCount ?? 0,
    totals: v.totals ?? { created: 0, updated: 0, unchanged: 0 },
    etablissements: Array.isArray(v.etablissements) ? v.etablissements : [],
    sample: Array.isArray(v.sample) ? v.sample : [],
    errors: Array.isArray(v.errors) ? v.errors : [],
    errorCount: v.errorCount ?? 0,
    computedAt: v.computedAt ?? "",
  };
}
