import { keysOf } from "@/lib/objects";
import type { ConventionKind } from "@/lib/generated/prisma/enums";

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

/** A convention is reviewed each year on its own; an avenant is reviewed with the convention it amends. */
export const isReviewable = (kind: ConventionKind): boolean => kind !== "AVENANT";
