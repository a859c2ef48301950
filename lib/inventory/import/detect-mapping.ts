import { foldColumnName } from "@/lib/imports/csv";
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  mappedColumns,
  type ImportField,
  type ImportMapping,
} from "./fields";

export type MappingSource = "enregistre" | "glpi" | "automatique" | "manuel";

export const MAPPING_SOURCE_LABELS: Record<MappingSource, string> = {
  enregistre: "mapping enregistré par la collectivité",
  glpi: "export des ordinateurs de GLPI reconnu",
  automatique: "colonnes reconnues d'après leur nom",
  manuel: "mapping choisi sur cette page",
};

/** Column names (folded) that fill each field, the most specific first. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  uai: [
    "uai",
    "codeuai",
    "numerouai",
    "uaietablissement",
    "uaiducollege",
    "rne",
    "coderne",
    "codeetablissement",
  ],
  category: [
    "categorie",
    "categoriedequipement",
    "typedequipement",
    "typeequipement",
    "typedemateriel",
    "typemateriel",
    "type",
    "famille",
    "nature",
  ],
  manufacturer: ["fabricant", "marque", "constructeur", "manufacturer", "brand"],
  model: ["modele", "model", "referencemodele"],
  serialNumber: [
    "numerodeserie",
    "numeroserie",
    "ndeserie",
    "nserie",
    "noserie",
    "numserie",
    "serie",
    "serialnumber",
    "serial",
    "sn",
  ],
  inventoryNumber: [
    "numerodinventaire",
    "numeroinventaire",
    "ndinventaire",
    "ninventaire",
    "noinventaire",
    "numinventaire",
    "inventaire",
    "inventorynumber",
    "assettag",
  ],
  acquiredOn: [
    "datedacquisition",
    "dateacquisition",
    "datedachat",
    "dateachat",
    "acquisition",
    "acquisle",
    "achatle",
    "purchasedate",
    "dateofpurchase",
  ],
  warrantyEndsOn: [
    "findegarantie",
    "fingarantie",
    "datedefindegarantie",
    "datefingarantie",
    "garantiejusquau",
    "expirationgarantie",
    "datedexpirationdelagarantie",
    "expirationdelagarantie",
    "expirele",
    "warrantyexpirationdate",
    "warrantyend",
  ],
  warrantyStartsOn: [
    "debutdegarantie",
    "debutgarantie",
    "datededebutdegarantie",
    "datedebutgarantie",
    "startdateofwarranty",
    "warrantystart",
  ],
  warrantyMonths: [
    "dureedegarantie",
    "dureegarantie",
    "dureedegarantiemois",
    "garantiemois",
    "garantieenmois",
    "warrantyduration",
  ],
  status: ["statut", "etat", "status", "state"],
  location: ["emplacement", "lieu", "localisation", "salle", "location"],
  usage: ["usage", "utilisation"],
  fundingSource: [
    "financement",
    "sourcedefinancement",
    "originedufinancement",
    "financeur",
    "financepar",
  ],
  purchaseCost: [
    "coutdachat",
    "coutachat",
    "prixdachat",
    "prixachat",
    "cout",
    "prix",
    "valeur",
    "montant",
    "montantttc",
    "prixttc",
    "purchasecost",
    "cost",
    "price",
    "value",
  ],
};

const FIELD_OF = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const name of [foldColumnName(IMPORT_FIELD_LABELS[field]), ...SYNONYMS[field]])
    if (!FIELD_OF.has(name)) FIELD_OF.set(name, field);
}

/** GLPI prefixes the columns of a linked object with its group: « Informations financières et administratives - Valeur ». */
function lastPart(column: string): string {
  const index = column.lastIndexOf(" - ");
  return index >= 0 ? column.slice(index + 3) : column;
}

/** Fills each field with the first column named like it: whole names first, then GLPI's suffixes. */
function matchBySynonyms(header: readonly string[]): ImportMapping["columns"] {
  const columns: ImportMapping["columns"] = {};
  const used = new Set<string>();
  for (const part of [(c: string) => c, lastPart]) {
    for (const column of header) {
      if (column === "" || used.has(column)) continue;
      const field = FIELD_OF.get(foldColumnName(part(column)));
      if (field && !columns[field]) {
        columns[field] = column;
        used.add(column);
      }
    }
  }
  return columns;
}

const GLPI_COMPUTER_COLUMNS = [
  "statut",
  "fabricant",
  "numerodeserie",
  "type",
  "modele",
  "lieu",
  "numerodinventaire",
  "dernieremodification",
  "utilisateur",
  "usager",
];

/**
 * A computer list exported from GLPI's search (French interface): « Nom », « Entité » and
 * several of its usual columns. The UAI comes from the entity's name.
 */
export function isGlpiComputerExport(header: readonly string[]): boolean {
  const folded = new Set(header.map(foldColumnName));
  return (
    folded.has("nom") &&
    folded.has("entite") &&
    GLPI_COMPUTER_COLUMNS.filter((c) => folded.has(c)).length >= 3
  );
}

/**
 * The mapping of a new file: the collectivité's saved mapping when the file has all its columns,
 * else the GLPI computer export layout when recognised, else the columns named like the fields.
 */
export function detectMapping(
  header: readonly string[],
  saved: ImportMapping | null,
): { mapping: ImportMapping; source: MappingSource } {
  const present = new Set(header);
  // The collectivité's words for categories are its own whatever the layout of the file.
  const categoryValues =
    saved?.categoryValues && Object.keys(saved.categoryValues).length > 0
      ? { categoryValues: { ...saved.categoryValues } }
      : {};
  if (saved && saved.columns.uai && mappedColumns(saved).every((c) => present.has(c))) {
    return {
      mapping: {
        columns: { ...saved.columns },
        defaultCategory: saved.defaultCategory,
        ...categoryValues,
      },
      source: "enregistre",
    };
  }
  const columns = matchBySynonyms(header);
  if (!columns.uai && isGlpiComputerExport(header)) {
    const entity = header.find((c) => foldColumnName(c) === "entite")!;
    // Every row of a computer list is a computer: a row without a type becomes a poste fixe.
    return {
      mapping: {
        columns: { ...columns, uai: entity },
        defaultCategory: "POSTE_FIXE",
        ...categoryValues,
      },
      source: "glpi",
    };
  }
  return { mapping: { columns, defaultCategory: null, ...categoryValues }, source: "automatique" };
}
