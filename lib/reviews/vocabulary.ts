import { keysOf } from "@/lib/objects";

/** A party's overall assessment of the year, as its members choose it. */
export const REVIEW_RATING_LABELS = {
  SATISFAISANT: "Satisfaisant",
  A_AMELIORER: "À améliorer",
  INSUFFISANT: "Insuffisant",
} as const;
export const REVIEW_RATINGS = keysOf(REVIEW_RATING_LABELS);

export const REVIEW_STATUS_LABELS = {
  BROUILLON: "En préparation",
  FIGE: "Figé",
} as const;
