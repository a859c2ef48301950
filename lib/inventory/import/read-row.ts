import type { CsvRecord } from "@/lib/imports/csv";
import { parseEuroCents } from "@/lib/money";
import { normaliseInventoryNumber, normaliseSerial } from "@/lib/inventory/schemas";
import { MAX_CATEGORY_VALUES, type ImportField, type ImportMapping } from "./fields";
import type { EtablissementRef, RowValues } from "./row-values";
import {
  categoryMatcher,
  extractUai,
  foldValue,
  frenchDate,
  fundingMatcher,
  parseImportDate,
  parseWarrantyMonths,
  statusMatcher,
  usageMatcher,
  warrantyEnd,
} from "./values";

const TEXT_LIMITS = {
  manufacturer: 100,
  model: 150,
  location: 120,
  inventoryNumber: 100,
  serialNumber: 100,
} as const;
const DATE_HINT = "(attendu JJ/MM/AAAA ou AAAA-MM-JJ)";

/**
 * Builds the reader of one row for a file's header and mapping: each cell parsed, each problem a
 * French message naming the line and the column. All of a row's problems are reported.
 */
export function createRowReader(
  header: readonly string[],
  mapping: ImportMapping,
  etablissements: readonly EtablissementRef[],
  today: string,
) {
  const index: Partial<Record<ImportField, number>> = {};
  for (const [field, column] of Object.entries(mapping.columns) as [ImportField, string][]) {
    const at = header.indexOf(column);
    if (at >= 0) index[field] = at;
  }
  const byUai = new Map(etablissements.map((e) => [e.uai, e]));
  const known = categoryMatcher();
  // The collectivité's own words for categories, chosen on a preview page: matched like the product's.
  const chosen = new Map(
    Object.entries(mapping.categoryValues ?? {}).map(([value, c]) => [foldValue(value), c]),
  );
  const category = (raw: string) => known(raw) ?? chosen.get(foldValue(raw));
  /** Category values neither the product nor the mapping knows: folded → as first written. */
  const unknownCategories = new Map<string, string>();
  const status = statusMatcher();
  const usage = usageMatcher();
  const funding = fundingMatcher();
  // Dates repeat across a file (a few thousand days for 100,000 rows): each is parsed once.
  const dates = new Map<string, string | null>();
  const uais = new Map<string, string | null>();

  // The row being read: the helpers below are created once, not once per row.
  let cells: string[] = [];
  let line = 0;
  let errors: string[] = [];

  const has = (field: ImportField) => index[field] !== undefined;
  const cell = (field: ImportField) => {
    const at = index[field];
    return at === undefined ? "" : (cells[at] ?? "").trim();
  };
  const cellError = (field: ImportField, text: string) =>
    errors.push(`Ligne ${line}, colonne « ${mapping.columns[field]} » : ${text}`);
  const text = (field: keyof typeof TEXT_LIMITS & ImportField): string | null | undefined => {
    if (!has(field)) return undefined;
    const value = cell(field);
    if (value.length > TEXT_LIMITS[field])
      cellError(field, `${TEXT_LIMITS[field]} caractères au plus (${value.length} ici).`);
    return value === "" ? null : value;
  };
  const date = (field: ImportField): string | null | undefined => {
    if (!has(field)) return undefined;
    const raw = cell(field);
    if (raw === "") return null;
    let parsed = dates.get(raw);
    if (parsed === undefined) {
      parsed = parseImportDate(raw);
      if (dates.size < 100_000) dates.set(raw, parsed);
    }
    if (!parsed) cellError(field, `date invalide « ${raw} » ${DATE_HINT}.`);
    return parsed;
  };
  const enumerated = <T extends string, E extends T | null>(
    field: ImportField,
    match: (raw: string) => T | undefined,
    empty: E,
    what: string,
    examples: string,
  ): T | E => {
    const raw = cell(field);
    if (raw === "") return empty;
    const value = match(raw);
    if (value === undefined) cellError(field, `${what} « ${raw} » (par exemple ${examples}).`);
    return value ?? empty;
  };

  const read = (record: CsvRecord): { values: RowValues; errors: string[] } => {
    cells = record.values;
    line = record.line;
    errors = [];
    const values: RowValues = { etablissement: null, category: null };

    const rawUai = cell("uai");
    let uai = uais.get(rawUai);
    if (uai === undefined) {
      uai = extractUai(rawUai);
      if (uais.size < 10_000) uais.set(rawUai, uai);
    }
    if (rawUai === "") cellError("uai", "UAI manquant.");
    else if (!uai) cellError("uai", `aucun UAI (7 chiffres et une lettre) dans « ${rawUai} ».`);
    else {
      const etablissement = byUai.get(uai);
      if (!etablissement)
        errors.push(`Ligne ${line} : UAI ${uai} inconnu ou hors de votre collectivité.`);
      else if (etablissement.secteur !== "PUBLIC") {
        errors.push(
          `Ligne ${line} : ${etablissement.name} (${uai}) est un établissement privé : son équipement ne relève pas de la collectivité.`,
        );
      } else if (etablissement.etat !== "OUVERT")
        errors.push(
          `Ligne ${line} : ${etablissement.name} (${uai}) est fermé : il ne reçoit plus d'équipement.`,
        );
      else values.etablissement = etablissement;
    }

    if (has("category")) {
      values.category = enumerated(
        "category",
        category,
        null,
        "catégorie inconnue",
        "Poste fixe, Portable, Tablette, TNI, Vidéoprojecteur, Imprimante, Switch ; ou associez-la à une catégorie dans l'aperçu",
      );
      const raw = cell("category");
      if (
        raw !== "" &&
        values.category === null &&
        unknownCategories.size < MAX_CATEGORY_VALUES &&
        !unknownCategories.has(foldValue(raw))
      )
        unknownCategories.set(foldValue(raw), raw);
    }
    if (has("status"))
      values.status = enumerated(
        "status",
        status,
        "EN_SERVICE",
        "statut inconnu",
        "En service, En panne, En stock, Réformé",
      );
    if (has("usage"))
      values.usage = enumerated(
        "usage",
        usage,
        "PEDAGOGIQUE",
        "usage inconnu",
        "Pédagogique, Administratif",
      );
    if (has("fundingSource"))
      values.fundingSource = enumerated(
        "fundingSource",
        funding,
        null,
        "financement inconnu",
        "Collectivité, État, Établissement, Commune",
      );

    values.manufacturer = text("manufacturer");
    values.model = text("model");
    values.location = text("location");
    if (has("inventoryNumber")) {
      text("inventoryNumber");
      values.inventoryNumber = normaliseInventoryNumber(cell("inventoryNumber"));
    }
    if (has("serialNumber")) {
      const raw = cell("serialNumber");
      if (raw.replace(/\s+/g, "").length > TEXT_LIMITS.serialNumber)
        cellError("serialNumber", `${TEXT_LIMITS.serialNumber} caractères au plus.`);
      values.serialNumber = normaliseSerial(raw);
    }

    values.acquiredOn = date("acquiredOn");
    if (values.acquiredOn && values.acquiredOn > today) {
      cellError(
        "acquiredOn",
        `la date d'acquisition ${frenchDate(values.acquiredOn)} est dans le futur.`,
      );
    }
    const end = date("warrantyEndsOn");
    const start = date("warrantyStartsOn");
    let months: number | "a-vie" | null = null;
    if (has("warrantyMonths") && cell("warrantyMonths") !== "") {
      months = parseWarrantyMonths(cell("warrantyMonths"));
      if (months === null)
        cellError(
          "warrantyMonths",
          `durée de garantie invalide « ${cell("warrantyMonths")} » (attendu un nombre de mois, par exemple 36).`,
        );
    }
    if (has("warrantyEndsOn") || has("warrantyMonths")) {
      const from = start ?? values.acquiredOn ?? null;
      values.warrantyEndsOn =
        end ?? (typeof months === "number" && from ? warrantyEnd(from, months) : null);
    }
    if (values.acquiredOn && values.warrantyEndsOn && values.warrantyEndsOn < values.acquiredOn) {
      const field: ImportField = end ? "warrantyEndsOn" : "warrantyMonths";
      cellError(
        field,
        `la fin de garantie (${frenchDate(values.warrantyEndsOn)}) précède la date d'acquisition (${frenchDate(values.acquiredOn)}).`,
      );
    }

    if (has("purchaseCost")) {
      const raw = cell("purchaseCost");
      values.purchaseCostCents = raw === "" ? null : parseEuroCents(raw);
      if (raw !== "" && values.purchaseCostCents === null) {
        cellError(
          "purchaseCost",
          `montant invalide « ${raw} » (attendu un montant en euros positif, par exemple 749,90).`,
        );
      }
    }
    return { values, errors };
  };
  return Object.assign(read, { unknownCategories });
}
