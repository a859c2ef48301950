/**
 * National reference values of the ETIC survey (MENJ) for collèges, shown beside a collège's or a
 * collectivité's own figures (domain.md § Indicators). They are dated: each carries its year and
 * where it comes from, and none is a target.
 */
export interface NationalReference {
  /** What is measured, as the indicator tables name it. */
  label: string;
  /** The value as written in French, with its unit (« 33,8 », « 42 % », « de 1:2 à 1:6 »). */
  value: string;
  year: string;
  source: string;
  /** Earlier values of the same series, oldest first, to show the trend. */
  history?: readonly { year: string; value: string }[];
}

export type NationalReferenceKey =
  | "terminauxPour100"
  | "elevesParTerminal"
  | "partPlus5Ans"
  | "affichagesPour1000"
  | "videoprojecteursPour1000";

const ETIC = "Enquête ETIC du ministère de l'Éducation nationale, collèges publics";

export const NATIONAL_REFERENCES: Record<NationalReferenceKey, NationalReference> = {
  terminauxPour100: {
    label: "Terminaux pour 100 élèves",
    value: "33,8",
    year: "2018-2019",
    source: ETIC,
    history: [
      { year: "2005", value: "12,7" },
      { year: "2014", value: "22" },
    ],
  },
  elevesParTerminal: {
    label: "Élèves par terminal",
    value: "de 1:2 à 1:6 selon les départements",
    year: "2017",
    source: ETIC,
  },
  partPlus5Ans: {
    label: "Part des terminaux de plus de 5 ans",
    value: "42 %",
    year: "2014",
    source: ETIC,
  },
  affichagesPour1000: {
    label: "TNI / ENI pour 1 000 élèves",
    value: "11",
    year: "2014",
    source: ETIC,
  },
  videoprojecteursPour1000: {
    label: "Vidéoprojecteurs pour 1 000 élèves",
    value: "31",
    year: "2014",
    source: ETIC,
  },
};

/** « 33,8 (2018-2019) ; 12,7 en 2005, 22 en 2014 », for a table cell or an export. */
export function describeReference(reference: NationalReference): string {
  const earlier = reference.history?.map((h) => `${h.value} en ${h.year}`).join(", ");
  return `${reference.value} (${reference.year})${earlier ? ` ; ${earlier}` : ""}`;
}
