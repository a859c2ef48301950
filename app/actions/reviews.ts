"use server";

import {
  formSection,
  redirectingAction,
  revalidatingAction,
  stepAction,
} from "@/app/actions/form-actions";
import {
  freezeReview,
  openReview,
  refreshReviewFigures,
  saveAssessment,
  saveReviewConclusions,
} from "@/lib/reviews/write-review";

/** The review opened, in the form's space (« /c/35/conventions/bilans/<id> »). */
export const openReviewAction = redirectingAction(
  openReview,
  (review, formData) =>
    `${formSection(formData, /^\/[cae]\/[^/]+\/conventions/)}/bilans/${review.id}`,
);

export const refreshReviewAction = revalidatingAction(
  refreshReviewFigures,
  (r) => `Chiffres actualisés pour la période ${r.period}.`,
);

export const saveAssessmentAction = revalidatingAction(
  saveAssessment,
  "Appréciation de votre partie enregistrée.",
);

export const saveConclusionsAction = revalidatingAction(
  saveReviewConclusions,
  "Conclusions enregistrées.",
);

export const freezeReviewAction = stepAction(freezeReview, "fige", () => "Bilan figé.");
