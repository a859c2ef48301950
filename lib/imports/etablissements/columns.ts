import { foldColumnName } from "@/lib/imports/csv";

/**
 * Canonical fields of an établissement row and the column names the ministry has used for them:
 * the geolocation file (`fr-en-adresse-et-geolocalisation-…`) and the annuaire de l'éducation
 * (`fr-en-annuaire-education`, whose columns change between years). Matching is on folded names.
 */
export const ETABLISSEMENT_COLUMNS = {
  uai: ["numero_uai", "Identifiant_de_l_etablissement", "uai", "code_uai", "numero_etablissement"],
  name: ["appellation_officielle", "Nom_etablissement", "nom"],
  denomination: ["denomination_principale", "Dénomination principale"],
  patronyme: ["patronyme_uai", "Patronyme"],
  secteur: ["secteur_public_prive_libe", "Statut_public_prive", "secteur", "statut"],
  natureCode: ["nature_uai", "code_nature"],
  natureLabel: ["nature_uai_libe", "libelle_nature"],
  etat: ["etat_etablissement_libe", "etat"],
  departementCode: ["code_departement", "Code_departement", "departement"],
  academieCode: ["code_academie", "Code_academie"],
  communeCode: ["code_commune", "Code_commune", "code_insee_commune"],
  communeName: ["libelle_commune", "Nom_commune", "commune"],
  address: ["adresse_uai", "Adresse_1", "adresse"],
  postalCode: ["code_postal_uai", "Code postal", "code_postal"],
  latitude: ["latitude"],
  longitude: ["longitude"],
  openedOn: ["date_ouverture"],
  privateContractCode: ["secteur_prive_code_type_contrat", "Code_type_contrat_prive"],
  privateContractLabel: ["secteur_prive_libelle_type_contrat", "Type_contrat_prive"],
  educationPrioritaire: ["Appartenance_Education_Prioritaire", "education_prioritaire"],
  phone: ["Telephone", "telephone"],
  email: ["Mail", "courriel", "email"],
  website: ["Web", "site_web"],
} as const;

export type EtablissementField = keyof typeof ETABLISSEMENT_COLUMNS;

export const REQUIRED_FIELDS: readonly EtablissementField[] = [
  "uai",
  "name",
  "secteur",
  "departementCode",
  "academieCode",
  "communeName",
];

/** Maps each canonical field to the index of its column in the header, when present. */
export function mapColumns(
  header: readonly string[],
): Map<EtablissementField, { index: number; column: string }> {
  const folded = header.map(foldColumnName);
  const mapping = new Map<EtablissementField, { index: number; column: string }>();
  for (const [field, aliases] of Object.entries(ETABLISSEMENT_COLUMNS) as [
    EtablissementField,
    readonly string[],
  ][]) {
    for (const alias of aliases) {
      const index = folded.indexOf(foldColumnName(alias));
      if (index !== -1) {
        mapping.set(field, { index, column: header[index] ?? alias });
        break;
      }
    }
  }
  return mapping;
}
