import type { CollectiviteType } from "@/lib/generated/prisma/enums";
import { DEPARTEMENTS } from "@/lib/referentials/data";

export interface CollectiviteDefinition {
  code: string;
  type: CollectiviteType;
  name: string;
  shortName: string;
  departementCodes: readonly string[];
}

/**
 * Collectivités that own collèges in place of a Département council (Code général des
 * collectivités territoriales; INSEE codes of the collectivités).
 */
export const SPECIAL_COLLECTIVITES: readonly CollectiviteDefinition[] = [
  {
    code: "69M",
    type: "METROPOLE",
    name: "Métropole de Lyon",
    shortName: "Métropole de Lyon",
    departementCodes: ["69"],
  },
  {
    code: "75C",
    type: "COLLECTIVITE_STATUT_PARTICULIER",
    name: "Ville de Paris",
    shortName: "Paris",
    departementCodes: ["75"],
  },
  {
    code: "20R",
    type: "COLLECTIVITE_STATUT_PARTICULIER",
    name: "Collectivité de Corse",
    shortName: "Corse",
    departementCodes: ["2A", "2B"],
  },
  {
    code: "6AE",
    type: "COLLECTIVITE_EUROPEENNE",
    name: "Collectivité européenne d'Alsace",
    shortName: "Alsace",
    departementCodes: ["67", "68"],
  },
  {
    code: "972",
    type: "COLLECTIVITE_TERRITORIALE_UNIQUE",
    name: "Collectivité territoriale de Martinique",
    shortName: "Martinique",
    departementCodes: ["972"],
  },
  {
    code: "973",
    type: "COLLECTIVITE_TERRITORIALE_UNIQUE",
    name: "Collectivité territoriale de Guyane",
    shortName: "Guyane",
    departementCodes: ["973"],
  },
  {
    code: "975",
    type: "COLLECTIVITE_OUTRE_MER",
    name: "Collectivité territoriale de Saint-Pierre-et-Miquelon",
    shortName: "Saint-Pierre-et-Miquelon",
    departementCodes: ["975"],
  },
  {
    code: "977",
    type: "COLLECTIVITE_OUTRE_MER",
    name: "Collectivité de Saint-Barthélemy",
    shortName: "Saint-Barthélemy",
    departementCodes: ["977"],
  },
  {
    code: "978",
    type: "COLLECTIVITE_OUTRE_MER",
    name: "Collectivité de Saint-Martin",
    shortName: "Saint-Martin",
    departementCodes: ["978"],
  },
  {
    code: "986",
    type: "COLLECTIVITE_OUTRE_MER",
    name: "Territoire des îles Wallis et Futuna",
    shortName: "Wallis-et-Futuna",
    departementCodes: ["986"],
  },
  {
    code: "987",
    type: "COLLECTIVITE_OUTRE_MER",
    name: "Polynésie française",
    shortName: "Polynésie française",
    departementCodes: ["987"],
  },
  {
    code: "988",
    type: "COLLECTIVITE_OUTRE_MER",
    name: "Nouvelle-Calédonie",
    shortName: "Nouvelle-Calédonie",
    departementCodes: ["988"],
  },
];

/** Départements with no Département council of their own: a special collectivité replaced it. */
const REPLACED_DEPARTEMENTS = new Set([
  "2A",
  "2B",
  "67",
  "68",
  "75",
  "972",
  "973",
  "975",
  "977",
  "978",
  "986",
  "987",
  "988",
]);

/** The 58 communes of the Métropole de Lyon (INSEE codes, Lyon by arrondissement), 2024 map. */
const METROPOLE_DE_LYON_COMMUNES = new Set([
  "69003",
  "69029",
  "69033",
  "69034",
  "69040",
  "69044",
  "69046",
  "69063",
  "69068",
  "69069",
  "69071",
  "69072",
  "69081",
  "69085",
  "69087",
  "69088",
  "69089",
  "69091",
  "69096",
  "69100",
  "69116",
  "69117",
  "69123",
  "69127",
  "69142",
  "69143",
  "69149",
  "69152",
  "69153",
  "69163",
  "69168",
  "69191",
  "69194",
  "69199",
  "69202",
  "69204",
  "69205",
  "69207",
  "69233",
  "69244",
  "69250",
  "69256",
  "69259",
  "69260",
  "69266",
  "69271",
  "69273",
  "69275",
  "69276",
  "69278",
  "69279",
  "69282",
  "69283",
  "69284",
  "69286",
  "69290",
  "69292",
  "69293",
  "69296",
  "69381",
  "69382",
  "69383",
  "69384",
  "69385",
  "69386",
  "69387",
  "69388",
  "69389",
]);

export function isInMetropoleDeLyon(communeCode: string | null | undefined): boolean {
  return communeCode != null && METROPOLE_DE_LYON_COMMUNES.has(communeCode);
}

/** Every collectivité that can own a collège: each Département council, then the special ones. */
export function listCollectiviteDefinitions(): CollectiviteDefinition[] {
  const departements = DEPARTEMENTS.filter((d) => !REPLACED_DEPARTEMENTS.has(d.code)).map(
    (d): CollectiviteDefinition => ({
      code: d.code,
      type: "DEPARTEMENT",
      name: `Département ${d.article}${d.name}`,
      shortName: d.name,
      departementCodes: [d.code],
    }),
  );
  return [...departements, ...SPECIAL_COLLECTIVITES];
}

/**
 * The collectivité de rattachement of a collège from its département and commune: the
 * Métropole de Lyon inside its communes, the special collectivité where one replaced the
 * Département, the Département council otherwise.
 */
export function collectiviteCodeFor(
  departementCode: string,
  communeCode: string | null | undefined,
): string {
  if (departementCode === "69" && isInMetropoleDeLyon(communeCode)) return "69M";
  const special = SPECIAL_COLLECTIVITES.find(
    (c) => c.code !== "69M" && c.departementCodes.includes(departementCode),
  );
  return special ? special.code : departementCode;
}
