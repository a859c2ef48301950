import { foldColumnName } from "@/lib/imports/csv";
import { parseCalendarDate } from "@/lib/imports/dates";
import {
  CATEGORY_LABELS,
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  EQUIPMENT_USAGES,
  FUNDING_LABELS,
  FUNDING_SOURCES,
  STATUS_LABELS,
  USAGE_LABELS,
  type EquipmentCategory,
  type EquipmentStatus,
  type EquipmentUsage,
  type FundingSource,
} from "@/lib/inventory/labels";

/** Folds a cell for matching: no accents, case, spaces or punctuation (« Point d'accès » → pointdacces). */
export const foldValue = foldColumnName;

/**
 * Words people and tools (GLPI types, SMBIOS chassis types, spreadsheet habits) use for each
 * category, folded. The French labels and the enum names are added below.
 */
const CATEGORY_WORDS: Record<EquipmentCategory, readonly string[]> = {
  POSTE_FIXE: [
    "poste",
    "pcfixe",
    "pc",
    "desktop",
    "lowprofiledesktop",
    "unitecentrale",
    "uc",
    "tour",
    "tower",
    "minitour",
    "minitower",
    "ordinateurfixe",
    "ordinateurdebureau",
    "posteinformatique",
    "allinone",
    "toutenun",
    "minipc",
    "spacesaving",
    "pizzabox",
    "lunchbox",
  ],
  PORTABLE: [
    "portable",
    "laptop",
    "notebook",
    "pcportable",
    "ordinateurportable",
    "portatif",
    "convertible",
    "detachable",
  ],
  ULTRAPORTABLE: ["ultraportable", "subnotebook", "netbook", "chromebook"],
  TABLETTE: ["tablette", "tablet", "ipad", "tablettetactile", "tabletteandroid"],
  EIM: ["eim", "equipementindividuelmobile"],
  CLASSE_MOBILE: ["classemobile", "chariot", "chariotmobile", "valisemobile", "classenomade"],
  TNI_TBI: [
    "tni",
    "tbi",
    "tnitbi",
    "tableaunumeriqueinteractif",
    "tableaublancinteractif",
    "tableauinteractif",
  ],
  VPI: ["vpi", "videoprojecteurinteractif"],
  ENI: ["eni", "ecrannumeriqueinteractif", "ecraninteractif", "ecrantactileinteractif"],
  VIDEOPROJECTEUR: ["videoprojecteur", "videoprojecteurs", "projecteur", "videoproj", "projector"],
  IMPRIMANTE: [
    "imprimante",
    "imprimante3d",
    "printer",
    "3dprinter",
    "multifonction",
    "copieur",
    "photocopieur",
  ],
  SERVEUR: ["serveur", "server", "mainserverchassis", "rackmountchassis", "nas"],
  BORNE_WIFI: ["bornewifi", "wifi", "pointdacces", "pointdacceswifi", "accesspoint", "ap"],
  COMMUTATEUR: ["switch", "commutateur", "coeurdereseau", "switchreseau"],
  TELEPHONIE_IP: ["telephoneip", "telephonieip", "telephone", "ipphone", "voip", "posteip"],
  LICENCE_MDM: ["licencemdm", "mdm"],
  RECHANGE: ["rechange", "materielderechange", "piecederechange", "spare"],
  AUTRE: ["autre", "other", "divers"],
};

const STATUS_WORDS: Record<EquipmentStatus, readonly string[]> = {
  EN_SERVICE: [
    "enservice",
    "service",
    "actif",
    "active",
    "enproduction",
    "production",
    "enutilisation",
    "utilise",
    "inuse",
    "deploye",
    "affecte",
    "enpret",
  ],
  EN_PANNE: [
    "enpanne",
    "panne",
    "horsservice",
    "hs",
    "enreparation",
    "reparation",
    "defectueux",
    "broken",
    "enmaintenance",
  ],
  EN_STOCK: ["enstock", "stock", "enreserve", "reserve", "instock", "nonaffecte", "disponible"],
  REFORME: [
    "reforme",
    "reformee",
    "rebut",
    "misaurebut",
    "aurebut",
    "retire",
    "retired",
    "detruit",
    "recycle",
    "sorti",
    "sortiinventaire",
  ],
};

const USAGE_WORDS: Record<EquipmentUsage, readonly string[]> = {
  PEDAGOGIQUE: ["pedagogique", "pedagogie", "pedago", "peda", "enseignement", "eleves", "eleve"],
  ADMINISTRATIF: ["administratif", "administrative", "administration", "admin", "gestion"],
};

const FUNDING_WORDS: Record<FundingSource, readonly string[]> = {
  COLLECTIVITE: [
    "collectivite",
    "departement",
    "conseildepartemental",
    "cd",
    "region",
    "conseilregional",
  ],
  ETAT: [
    "etat",
    "tne",
    "pia",
    "plannumerique",
    "educationnationale",
    "ministere",
    "menj",
    "france2030",
  ],
  ETABLISSEMENT: ["etablissement", "college", "eple", "budgetetablissement", "fondspropres"],
  COMMUNE_EPCI: [
    "commune",
    "epci",
    "communeouepci",
    "mairie",
    "intercommunalite",
    "communautedecommunes",
  ],
  AUTRE: ["autre", "other", "don", "mecenat"],
};

function lookup<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  words: Record<T, readonly string[]>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    for (const word of [value, labels[value], ...words[value]]) map.set(foldValue(word), value);
  }
  return map;
}

const CATEGORY_LOOKUP = lookup(EQUIPMENT_CATEGORIES, CATEGORY_LABELS, CATEGORY_WORDS);
const STATUS_LOOKUP = lookup(EQUIPMENT_STATUSES, STATUS_LABELS, STATUS_WORDS);
const USAGE_LOOKUP = lookup(EQUIPMENT_USAGES, USAGE_LABELS, USAGE_WORDS);
const FUNDING_LOOKUP = lookup(FUNDING_SOURCES, FUNDING_LABELS, FUNDING_WORDS);

/**
 * A matcher of one enumerated field that folds each distinct cell once (a 100,000-row file
 * repeats a handful of values). Returns undefined for a value it does not know.
 */
function matcher<T extends string>(table: Map<string, T>) {
  const cache = new Map<string, T | undefined>();
  return (raw: string): T | undefined => {
    if (cache.has(raw)) return cache.get(raw);
    const value = table.get(foldValue(raw));
    cache.set(raw, value);
    return value;
  };
}

export const categoryMatcher = () => matcher(CATEGORY_LOOKUP);
export const statusMatcher = () => matcher(STATUS_LOOKUP);
export const usageMatcher = () => matcher(USAGE_LOOKUP);
export const fundingMatcher = () => matcher(FUNDING_LOOKUP);

export function parseCategory(raw: string): EquipmentCategory | undefined {
  return CATEGORY_LOOKUP.get(foldValue(raw));
}

export function parseStatus(raw: string): EquipmentStatus | undefined {
  return STATUS_LOOKUP.get(foldValue(raw));
}

export function parseUsage(raw: string): EquipmentUsage | undefined {
  return USAGE_LOOKUP.get(foldValue(raw));
}

export function parseFunding(raw: string): FundingSource | undefined {
  return FUNDING_LOOKUP.get(foldValue(raw));
}

const UAI_EXACT = /^\d{7}[A-Z]$/;
const UAI_INSIDE = /\b\d{7}[A-Z]\b/g;

/**
 * The UAI of a cell: the cell itself, or the last UAI written inside it — GLPI entities are
 * named « Entité racine > Collèges 35 > 0350027P - Collège Les Gayeulles », the deepest last.
 */
export function extractUai(raw: string): string | null {
  const value = raw.trim().toUpperCase();
  if (UAI_EXACT.test(value)) return value;
  const found = value.match(UAI_INSIDE);
  return found ? found[found.length - 1]! : null;
}

const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * A calendar date as `AAAA-MM-JJ`, from `AAAA-MM-JJ[ HH:MM…]`, `JJ/MM/AAAA`, or the day-first
 * forms of spreadsheets and GLPI exports (`JJ-MM-AAAA`, `JJ.MM.AAAA`, with or without a time).
 * Impossible dates (31/02/2024) are null.
 */
export function parseImportDate(raw: string): string | null {
  const value = raw.trim();
  const dayFirst = DAY_FIRST.exec(value);
  const normalised = dayFirst
    ? `${dayFirst[1]!.padStart(2, "0")}/${dayFirst[2]!.padStart(2, "0")}/${dayFirst[3]}`
    : value;
  const date = parseCalendarDate(normalised);
  return date ? date.toISOString().slice(0, 10) : null;
}

/** « 36 », « 36 mois », « 3 ans », « 36 months »; « À vie » (GLPI's lifelong warranty) has no end. */
export function parseWarrantyMonths(raw: string): number | "a-vie" | null {
  const value = foldValue(raw);
  if (raw.trim() === "-1" || ["avie", "vie", "lifelong", "illimitee", "illimite"].includes(value))
    return "a-vie";
  const match = /^(\d{1,3})(mois|months?|m|ans?|annees?|years?)?$/.exec(value);
  if (!match) return null;
  const count = Number(match[1]);
  const months = match[2] && /^(an|annee|year)/.test(match[2]) ? count * 12 : count;
  return months <= 600 ? months : null;
}

/** The last day covered by a warranty of `months` months starting on `start` (AAAA-MM-JJ). */
export function warrantyEnd(start: string, months: number): string {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  const end = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay)),
  );
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** « 2024-02-29 » → « 29/02/2024 », for messages. */
export function frenchDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
