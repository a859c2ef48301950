/**
 * The annexes a convention attaches, numbered in one place: the article that lists them
 * (`{{annexes.liste}}`), the PDF's annex headings and the page that shows the document all read
 * their numbers from `numberAnnexes`, so they cannot contradict each other.
 */

export type AnnexKey = "inventory" | "serviceLevels";

/** The order annexes are numbered in: the inventory first, as the conventions in use list them. */
const ANNEX_ORDER: readonly AnnexKey[] = ["inventory", "serviceLevels"];

const ANNEX_TEXTS: Record<AnnexKey, { title: string; inSentence: string }> = {
  inventory: {
    title: "Inventaire des équipements",
    inSentence:
      "l'inventaire des équipements numériques de l'établissement à la date où la convention est figée",
  },
  serviceLevels: { title: "Niveaux de service", inSentence: "le tableau des niveaux de service" },
};

export interface NumberedAnnex {
  key: AnnexKey;
  number: number;
  title: string;
}

/** The attached annexes with their numbers, 1 upwards, in the one order. */
export function numberAnnexes(attached: Record<AnnexKey, boolean>): NumberedAnnex[] {
  return ANNEX_ORDER.filter((key) => attached[key]).map((key, index) => ({
    key,
    number: index + 1,
    title: ANNEX_TEXTS[key].title,
  }));
}

/** The value of `{{annexes.liste}}`: one line per annex, « – l'annexe 1 : … », without final punctuation. */
export function annexListText(attached: Record<AnnexKey, boolean>): string {
  const annexes = numberAnnexes(attached);
  if (annexes.length === 0) return "– aucune autre annexe";
  return annexes
    .map((a) => `– l'annexe ${a.number} : ${ANNEX_TEXTS[a.key].inSentence}`)
    .join(" ;\n");
}
