import { z } from "zod";
import { foldColumnName, parseCsv } from "@/lib/imports/csv";
import { etablissementRowSchema } from "@/lib/imports/etablissements/parse-etablissements";
import {
  issueErrors,
  missingColumnsError,
  recordValues,
  type ImportError,
} from "@/lib/imports/row-errors";

/**
 * The names a field's column has had across the ministry's vintages. `prefix` catches a header
 * that carries a note after its name (the effectifs file explains its total in the header),
 * `notPrefixes` the sibling columns that share that prefix.
 */
export interface ColumnSpec {
  label: string;
  aliases: readonly string[];
  required?: boolean;
  prefix?: string;
  notPrefixes?: readonly string[];
}

/** A column named by its label as the ministry writes it, or by one of its other names. */
export function column(label: string, ...otherNames: string[]): ColumnSpec {
  return { label, aliases: [label, ...otherNames] };
}

/** The rentrée column, the same in every yearly file. */
export const RENTREE_COLUMN = {
  ...column("Rentrée scolaire", "rentree_scolaire", "rentree"),
  required: true,
} satisfies ColumnSpec;

/** Maps fields to header indexes: exact folded names first, so a prefix never steals a column. */
export function matchColumns<F extends string>(
  header: readonly string[],
  specs: Record<F, ColumnSpec>,
) {
  const folded = header.map(foldColumnName);
  const found = new Map<F, { index: number; column: string }>();
  const take = (field: F, index: number) =>
    found.set(field, { index, column: header[index] ?? field });
  const entries = Object.entries(specs) as [F, ColumnSpec][];
  for (const [field, spec] of entries) {
    const index = folded.findIndex((name) =>
      spec.aliases.some((alias) => foldColumnName(alias) === name),
    );
    if (index !== -1) take(field, index);
  }
  for (const [field, spec] of entries) {
    if (found.has(field) || !spec.prefix) continue;
    const prefix = foldColumnName(spec.prefix);
    const excluded = (spec.notPrefixes ?? []).map(foldColumnName);
    const used = new Set([...found.values()].map((c) => c.index));
    const index = folded.findIndex(
      (name, i) =>
        !used.has(i) && name.startsWith(prefix) && !excluded.some((x) => name.startsWith(x)),
    );
    if (index !== -1) take(field, index);
  }
  return found;
}

/** `rentree` is the first year of the school year: files write « 2023 » or « 2023-2024 ». */
export const rentreeSchema = z.string().transform((v, ctx) => {
  const match = /^(\d{4})(?:\s*[-/]\s*(\d{4}))?$/.exec(v.trim());
  const year = Number(match?.[1]);
  if (
    !match ||
    year < 1980 ||
    year > 2100 ||
    (match[2] !== undefined && Number(match[2]) !== year + 1)
  ) {
    ctx.addIssue({
      code: "custom",
      message: `Rentrée « ${v.trim()} » invalide : une année (2023) ou une année scolaire (2023-2024) est attendue`,
    });
    return z.NEVER;
  }
  return year;
});

/** A head count: digits only (spaces of thousands tolerated), empty when the file has none. */
const count = z.string().transform((v, ctx) => {
  const text = v.replace(/\s/g, "");
  if (text === "") return null;
  if (!/^\d+$/.test(text)) {
    ctx.addIssue({
      code: "custom",
      message: `Effectif « ${v.trim()} » invalide : un nombre entier positif ou nul est attendu`,
    });
    return z.NEVER;
  }
  return Number(text);
});

export const EFFECTIFS_COLUMNS = {
  rentree: RENTREE_COLUMN,
  uai: { ...column("Numéro du collège", "numero_college", "UAI", "numero_uai"), required: true },
  total: {
    label: "Nombre d'élèves total",
    aliases: ["Nombre d'élèves total", "nombre_eleves_total"],
    required: true,
    prefix: "Nombre d'élèves total",
    notPrefixes: [
      "Nombre d'élèves total hors",
      "Nombre d'élèves total Segpa",
      "Nombre d'élèves total ULIS",
    ],
  },
  segpa: column("Nombre d'élèves total Segpa", "nombre_eleves_segpa"),
  ulis: column("Nombre d'élèves total ULIS", "nombre_eleves_ulis"),
  sixieme: column("Nombre total de 6èmes", "nombre_total_6emes"),
  cinquieme: column("Nombre total de 5èmes", "nombre_total_5emes"),
  quatrieme: column("Nombre total de 4èmes", "nombre_total_4emes"),
  troisieme: column("Nombre total de 3èmes", "nombre_total_3emes"),
} as const satisfies Record<string, ColumnSpec>;

export const effectifRowSchema = z.object({
  rentree: rentreeSchema,
  uai: etablissementRowSchema.shape.uai,
  total: count.pipe(z.number({ error: "Nombre d'élèves total manquant" })),
  segpa: count,
  ulis: count,
  sixieme: count,
  cinquieme: count,
  quatrieme: count,
  troisieme: count,
});

export interface ParsedYearlyFile<F extends string, T> {
  rows: (T & { line: number })[];
  errors: ImportError[];
  /** Rows repeating an earlier one of the same UAI and rentrée, with the same values. */
  duplicates: number;
  /** Fields the file has a column for: the others are left as they are on re-import. */
  presentFields: F[];
}

/**
 * Reads a ministry file with one row per collège and rentrée and validates every row. An exact
 * repeat of a row is counted and dropped; two different rows for the same key are an error.
 */
export function parseYearlyFile<F extends string, T extends { uai: string; rentree: number }>(
  text: string,
  specs: Record<F, ColumnSpec>,
  schema: z.ZodType<T, Record<F, string>>,
): ParsedYearlyFile<F, T> {
  const csv = parseCsv(text);
  const columns = matchColumns(csv.header, specs);
  const presentFields = [...columns.keys()];
  const missing = (Object.keys(specs) as F[])
    .filter((f) => specs[f].required && !columns.has(f))
    .map((f) => specs[f].label);
  if (missing.length > 0) {
    return {
      rows: [],
      duplicates: 0,
      presentFields,
      errors: [missingColumnsError(missing)],
    };
  }
  const rows: (T & { line: number })[] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, { line: number; json: string }>();
  let duplicates = 0;
  for (const record of csv.records) {
    const parsed = schema.safeParse(recordValues(record, Object.keys(specs) as F[], columns));
    if (!parsed.success) {
      errors.push(
        ...issueErrors<F>(
          record.line,
          parsed.error.issues,
          (field) => columns.get(field)?.column ?? specs[field].label,
        ),
      );
      continue;
    }
    const key = `${parsed.data.uai}/${parsed.data.rentree}`;
    const json = JSON.stringify(parsed.data);
    const earlier = seen.get(key);
    if (earlier && earlier.json === json) duplicates += 1;
    else if (earlier) {
      const message = `UAI ${parsed.data.uai} déjà présent pour la rentrée ${parsed.data.rentree} à la ligne ${earlier.line}, avec d'autres valeurs`;
      errors.push({ line: record.line, column: columns.get("uai" as F)?.column ?? null, message });
    } else {
      seen.set(key, { line: record.line, json });
      rows.push({ ...parsed.data, line: record.line });
    }
  }
  return { rows, errors, duplicates, presentFields };
}

export type EffectifField = keyof typeof EFFECTIFS_COLUMNS;
export type EffectifRow = z.output<typeof effectifRowSchema>;

/** Reads the DEPP file of pupils per collège, level and rentrée (`fr-en-college-effectifs-niveau-sexe-lv`). */
export function parseEffectifsFile(text: string): ParsedYearlyFile<EffectifField, EffectifRow> {
  return parseYearlyFile(text, EFFECTIFS_COLUMNS, effectifRowSchema);
}
