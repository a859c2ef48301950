import { z } from "zod";
import { parseCsv, type ParsedCsv } from "@/lib/imports/csv";
import { parseCalendarDate } from "@/lib/imports/dates";
import { checkUai } from "@/lib/etablissements/uai";
import {
  normalizeAcademieCode,
  normalizeCommuneCode,
  normalizeDepartementCode,
} from "@/lib/referentials/insee";
import {
  issueErrors,
  missingColumnsError,
  recordValues,
  type ImportError,
} from "@/lib/imports/row-errors";
import {
  ETABLISSEMENT_COLUMNS,
  mapColumns,
  REQUIRED_FIELDS,
  type EtablissementField,
} from "./columns";

/** Natures of collèges in the ministry's files: collège, collège climatique, collège spécialisé. */
export const COLLEGE_NATURES = new Set(["340", "350", "352"]);

const optionalText = z.string().transform((v) => (v.trim() === "" ? null : v.trim()));

const coordinate = (min: number, max: number, label: string) =>
  optionalText.pipe(
    z
      .string()
      .nullable()
      .transform((v, ctx) => {
        if (v === null) return null;
        const n = Number(v.replace(",", "."));
        if (!Number.isFinite(n) || n < min || n > max) {
          ctx.addIssue({ code: "custom", message: `${label} « ${v} » invalide` });
          return z.NEVER;
        }
        return n;
      }),
  );

/**
 * The display name: the official one, else « dénomination + patronyme » (a few rows of the national
 * file have no appellation), else a label that says the name is missing rather than inventing one.
 */
function displayName(raw: Record<string, string>): string {
  const official = raw.name?.trim() ?? "";
  if (official) return official;
  const composed = [raw.denomination, raw.patronyme]
    .map((v) => v?.trim() ?? "")
    .filter(Boolean)
    .join(" ");
  if (raw.patronyme?.trim()) return composed.charAt(0) + composed.slice(1).toLowerCase();
  return raw.communeName?.trim() ? `Collège sans dénomination (${raw.communeName.trim()})` : "";
}

export const etablissementRowSchema = z.object({
  uai: z.string().transform((v, ctx) => {
    const check = checkUai(v);
    if (!check.ok) {
      ctx.addIssue({ code: "custom", message: check.reason });
      return z.NEVER;
    }
    return check.uai;
  }),
  name: z.string().trim().min(1, "Nom de l'établissement manquant"),
  secteur: z.string().transform((v, ctx) => {
    const folded = v
      .trim()
      .toUpperCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
    if (folded === "PUBLIC") return "PUBLIC" as const;
    if (folded === "PRIVE") return "PRIVE" as const;
    ctx.addIssue({ code: "custom", message: `Secteur « ${v} » inconnu : Public ou Privé attendu` });
    return z.NEVER;
  }),
  natureCode: optionalText,
  natureLabel: optionalText,
  etat: z.string().transform((v, ctx) => {
    const folded = v.trim().toUpperCase();
    if (folded === "" || folded === "OUVERT" || folded === "A OUVRIR" || folded === "1")
      return "OUVERT" as const;
    if (folded === "FERME" || folded === "A FERMER" || folded === "2") return "FERME" as const;
    ctx.addIssue({ code: "custom", message: `État « ${v} » inconnu : OUVERT ou FERME attendu` });
    return z.NEVER;
  }),
  departementCode: z.string().transform((v, ctx) => {
    const code = normalizeDepartementCode(v);
    if (!code) {
      ctx.addIssue({ code: "custom", message: `Code département « ${v} » invalide` });
      return z.NEVER;
    }
    return code;
  }),
  academieCode: z.string().transform((v, ctx) => {
    const code = normalizeAcademieCode(v);
    if (!code) {
      ctx.addIssue({ code: "custom", message: `Code académie « ${v} » invalide` });
      return z.NEVER;
    }
    return code;
  }),
  communeCode: z.string().transform((v, ctx) => {
    if (v.trim() === "") return null;
    const code = normalizeCommuneCode(v);
    if (!code) {
      ctx.addIssue({ code: "custom", message: `Code commune « ${v} » invalide` });
      return z.NEVER;
    }
    return code;
  }),
  communeName: z.string().trim().min(1, "Commune manquante"),
  address: optionalText,
  postalCode: optionalText,
  latitude: coordinate(-90, 90, "Latitude"),
  longitude: coordinate(-180, 180, "Longitude"),
  openedOn: z.string().transform((v, ctx) => {
    if (v.trim() === "") return null;
    const date = parseCalendarDate(v);
    if (!date) {
      ctx.addIssue({ code: "custom", message: `Date d'ouverture « ${v} » invalide` });
      return z.NEVER;
    }
    return date;
  }),
  privateContractCode: optionalText,
  // The ministry's label once had a zero for an O (« C0NTRAT »); "SANS OBJET" means public.
  privateContractLabel: optionalText.transform((v) =>
    v === null || v.toUpperCase() === "SANS OBJET" ? null : v.replace(/C0NTRAT/g, "CONTRAT"),
  ),
  educationPrioritaire: z.string().transform((v, ctx) => {
    const folded = v.trim().toUpperCase().replace(/\s+/g, "");
    if (folded === "" || folded === "HORSEP" || folded === "0") return null;
    if (folded === "REP") return "REP" as const;
    if (folded === "REP+") return "REP_PLUS" as const;
    ctx.addIssue({
      code: "custom",
      message: `Éducation prioritaire « ${v} » inconnue : REP ou REP+ attendu`,
    });
    return z.NEVER;
  }),
  phone: optionalText,
  email: optionalText,
  website: optionalText,
});

export type EtablissementRow = z.output<typeof etablissementRowSchema> & { line: number };

export interface ParsedEtablissements {
  format: "geolocalisation" | "annuaire" | "inconnu";
  rows: EtablissementRow[];
  errors: ImportError[];
  /** Rows of the file that are not collèges (écoles, lycées… of the annuaire). */
  skipped: number;
  /** Rows whose UAI appeared earlier in the file (the ministry's files contain some). */
  duplicates: number;
  /** Fields the file has a column for: the others are left as they are on re-import. */
  presentFields: EtablissementField[];
  /** The file's own name for a field's column, for error messages. */
  columnName: (field: EtablissementField) => string;
}

/** Reads a ministry export of établissements (its text, or its CSV already parsed), keeps the collèges and validates every row. */
export function parseEtablissementsFile(text: string | ParsedCsv): ParsedEtablissements {
  const csv = typeof text === "string" ? parseCsv(text) : text;
  const columns = mapColumns(csv.header);
  const format =
    columns.get("uai")?.column === "numero_uai"
      ? "geolocalisation"
      : columns.has("uai")
        ? "annuaire"
        : "inconnu";
  const presentFields = [...columns.keys()];
  const columnName = (field: EtablissementField) => columns.get(field)?.column ?? field;
  const missing = REQUIRED_FIELDS.filter((field) => !columns.has(field));
  if (missing.length > 0) {
    return {
      format,
      rows: [],
      skipped: 0,
      duplicates: 0,
      presentFields,
      columnName,
      errors: [missingColumnsError(missing)],
    };
  }
  const rows: EtablissementRow[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let duplicates = 0;
  for (const record of csv.records) {
    const raw: Record<string, string> = recordValues(
      record,
      Object.keys(ETABLISSEMENT_COLUMNS) as EtablissementField[],
      columns,
    );
    raw.name = displayName(raw);
    const nature = raw.natureCode?.trim() ?? "";
    if (nature !== "" && !COLLEGE_NATURES.has(nature)) {
      // Rows of other natures are skipped, but a corrupt UAI anywhere means a corrupt file.
      const uai = checkUai(raw.uai ?? "");
      if (!uai.ok)
        errors.push({ line: record.line, column: columnName("uai"), message: uai.reason });
      else skipped += 1;
      continue;
    }
    const parsed = etablissementRowSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push(...issueErrors(record.line, parsed.error.issues, columnName));
      continue;
    }
    if (seen.has(parsed.data.uai)) {
      duplicates += 1;
      continue;
    }
    seen.add(parsed.data.uai);
    rows.push({ ...parsed.data, line: record.line });
  }
  return { format, rows, errors, skipped, duplicates, presentFields, columnName };
}
