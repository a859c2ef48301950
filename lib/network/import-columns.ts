import { foldColumnName } from "@/lib/imports/csv";
import type { NetworkProfileFields } from "@/lib/network/schemas";

/*
 * How the columns of an operator's or a département's network file are recognised (pure; tested
 * in import-columns.test.ts). A file names its columns as it likes: « UAI », « Débit descendant
 * (Mbit/s) », « Débit down kbps », « Technologie d'accès »… Folded names are compared.
 */

export type NetworkImportField = Exclude<keyof NetworkProfileFields, "uai"> | "uai";

/** Folded column names that fill each field, compared after the unit has been cut off. */
const SYNONYMS: Record<NetworkImportField, readonly string[]> = {
  uai: ["uai", "codeuai", "numerouai", "uaietablissement", "rne", "coderne", "codeetablissement"],
  accessTechnology: ["technologie", "technologiedacces", "typedacces", "acces", "typedelien"],
  downMbps: ["debitdescendant", "debitdown", "debitdownload", "debitdescendantgaranti", "debit"],
  upMbps: ["debitmontant", "debitup", "debitupload", "debitmontantgaranti"],
  operator: ["operateur", "fournisseurdacces", "fai"],
  contractEndsOn: ["findecontrat", "finducontrat", "fincontrat", "echeanceducontrat", "echeance"],
  backupLink: ["liendesecours", "secours", "backup"],
  backboneMbps: ["coeurdereseau", "debitducoeurdereseau", "backbone"],
  lastAuditOn: ["dernieraudit", "audit", "datedudernieraudit"],
  teachingRooms: ["sallesdenseignement", "salles", "nombredesalles"],
  wifiRooms: ["sallescouvertesparlewifi", "salleswifi", "sallesavecwifi", "wifi"],
  filteringSolution: ["filtrage", "solutiondefiltrage"],
  filteringParty: ["filtrageassurepar", "partiedufiltrage"],
  entName: ["ent", "espacenumeriquedetravail"],
  entGroupement: ["groupementdecommandes", "groupementent", "groupement"],
  entSince: ["entdepuis", "entenservicedepuis"],
  garEnabled: ["gar", "garactive", "gestionnairedaccesauxressources"],
  messaging: ["messagerie"],
};

export const NETWORK_IMPORT_LABELS: Record<NetworkImportField, string> = {
  uai: "UAI",
  accessTechnology: "Technologie d'accès",
  downMbps: "Débit descendant",
  upMbps: "Débit montant",
  operator: "Opérateur",
  contractEndsOn: "Fin du contrat",
  backupLink: "Lien de secours",
  backboneMbps: "Cœur de réseau",
  lastAuditOn: "Dernier audit",
  teachingRooms: "Salles d'enseignement",
  wifiRooms: "Salles couvertes par le Wi-Fi",
  filteringSolution: "Solution de filtrage",
  filteringParty: "Filtrage assuré par",
  entName: "ENT",
  entGroupement: "Groupement de commandes de l'ENT",
  entSince: "ENT depuis",
  garEnabled: "GAR",
  messaging: "Messagerie",
};

/** Speeds a file may give in kbit/s instead of Mbit/s; the unit is read from the column name. */
const SPEED_FIELDS = new Set<NetworkImportField>(["downMbps", "upMbps", "backboneMbps"]);
const UNITS = ["mbits", "mbps", "mbs", "kbits", "kbps", "kbs", "gbits", "gbps"] as const;

export interface NetworkColumn {
  field: NetworkImportField;
  index: number;
  /** As written in the file, for the errors. */
  name: string;
  /** What one unit of the column is worth in Mbit/s (1 unless the name says kbit/s or Gbit/s). */
  mbpsFactor: number;
}

/** The unit a folded column name ends with, cut off, and its factor to Mbit/s. */
function splitUnit(folded: string): { stem: string; factor: number } {
  for (const unit of UNITS)
    if (folded.endsWith(unit) && folded.length > unit.length)
      return {
        stem: folded.slice(0, -unit.length),
        factor: unit.startsWith("k") ? 0.001 : unit.startsWith("g") ? 1000 : 1,
      };
  return { stem: folded, factor: 1 };
}

/** Each field's column in the header (the first column that matches wins; a column fills one field). */
export function matchNetworkColumns(
  header: readonly string[],
): Map<NetworkImportField, NetworkColumn> {
  const columns = new Map<NetworkImportField, NetworkColumn>();
  header.forEach((name, index) => {
    const { stem, factor } = splitUnit(foldColumnName(name));
    const field = (Object.keys(SYNONYMS) as NetworkImportField[]).find(
      (f) => !columns.has(f) && SYNONYMS[f].includes(stem),
    );
    if (!field) return;
    if (factor !== 1 && !SPEED_FIELDS.has(field)) return;
    columns.set(field, { field, index, name, mbpsFactor: factor });
  });
  return columns;
}

/** A technology as operators write it (« Fibre dédiée », « VDSL2 », « 4G ») as the product's, or null. */
export function readTechnology(raw: string): string | null {
  const v = foldColumnName(raw);
  if (v === "") return "";
  if (v.includes("ftto") || v.includes("fibredediee") || v === "fibreoptiquedediee")
    return "FIBRE_FTTO";
  if (v.includes("ftth") || v.includes("mutualisee")) return "FIBRE_FTTH";
  if (/(adsl|vdsl|sdsl|xdsl|cuivre|rnis|numeris)/.test(v)) return "CUIVRE";
  if (/(4g|5g|radio|wimax|thdradio|lte)/.test(v)) return "RADIO";
  if (v.includes("satellite")) return "SATELLITE";
  return null;
}

/** « oui », « non », « 1 », « 0 », « vrai », « faux », « x » as the form's « oui » / « non ». */
export function readYesNo(raw: string): string | null {
  const v = foldColumnName(raw);
  if (v === "") return "";
  if (["oui", "o", "1", "vrai", "x", "yes", "active"].includes(v)) return "oui";
  if (["non", "n", "0", "faux", "no", "inactive"].includes(v)) return "non";
  return null;
}

/** A number written in a speed column, converted to Mbit/s as the form reads it; as written if not a number. */
export function toMbpsText(raw: string, factor: number): string {
  if (factor === 1) return raw;
  const value = Number(raw.replace(/\s/g, "").replace(",", "."));
  if (raw.trim() === "" || !Number.isFinite(value)) return raw;
  return String(Math.round(value * factor * 1000) / 1000);
}
