"use client";

import {
  freezeReviewAction,
  openReviewAction,
  refreshReviewAction,
  saveAssessmentAction,
  saveConclusionsAction,
} from "@/app/actions/reviews";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { RecordForm } from "@/components/forms/record-form";
import type { SelectOption } from "@/components/ui/select";
import { REVIEW_RATING_LABELS, REVIEW_RATINGS } from "@/lib/reviews/vocabulary";

/** The pilot opens a review for a period (by default the twelve months ending today). */
export function OpenReviewForm({
  conventionId,
  from,
  to,
  ...scope
}: ScopeProps & { conventionId: string; from: string; to: string }) {
  return (
    <RecordForm
      action={openReviewAction}
      prefix="bilan"
      values={{ from, to }}
      hidden={{ conventionId }}
      submitLabel="Ouvrir le bilan annuel"
      pendingLabel="Rassemblement des chiffres…"
      {...scope}
    >
      {(field) => (
        <div className="grid gap-4 sm:grid-cols-2">
          {field.input("from", "Début de la période", { type: "date", required: true })}
          {field.input("to", "Fin de la période", { type: "date", required: true })}
        </div>
      )}
    </RecordForm>
  );
}

/** A party's own assessment: a rating and its text. */
export function AssessmentForm({
  reviewId,
  partyLabel,
  rating,
  text,
  ...scope
}: ScopeProps & { reviewId: string; partyLabel: string; rating: string; text: string }) {
  return (
    <RecordForm
      action={saveAssessmentAction}
      prefix="appreciation"
      values={{ rating, text }}
      hidden={{ reviewId }}
      submitLabel={`Enregistrer l'appréciation de ${partyLabel}`}
      pendingLabel="Enregistrement…"
      {...scope}
    >
      {(field) => (
        <>
          {field.coded("rating", "Appréciation d'ensemble", REVIEW_RATINGS, REVIEW_RATING_LABELS, {
            placeholder: "Choisir…",
            required: true,
          })}
          {field.textarea("text", "Appréciation de votre partie", {
            required: true,
            rows: 6,
            hint: "Ce qui a fonctionné, ce qui reste à améliorer, au regard des chiffres ci-dessus.",
          })}
        </>
      )}
    </RecordForm>
  );
}

/** The pilot's conclusions (they prefill the renewal) and the meeting where it was presented. */
export function ConclusionsForm({
  reviewId,
  conclusions,
  meetingId,
  meetings,
  ...scope
}: ScopeProps & {
  reviewId: string;
  conclusions: string;
  meetingId: string;
  meetings: readonly SelectOption[];
}) {
  return (
    <RecordForm
      action={saveConclusionsAction}
      prefix="conclusions"
      values={{ conclusions, meetingId }}
      hidden={{ reviewId }}
      submitLabel="Enregistrer les conclusions"
      pendingLabel="Enregistrement…"
      {...scope}
    >
      {(field) => (
        <>
          {field.textarea("conclusions", "Conclusions pour la suite", {
            rows: 5,
            hint: "Elles ouvrent le brouillon du renouvellement de la convention.",
          })}
          {field.select("meetingId", "Présenté en séance", meetings, {
            emptyLabel: "Pas encore présenté",
            hint: "Une séance d'une instance qui pilote la convention ou sa convention-cadre.",
          })}
        </>
      )}
    </RecordForm>
  );
}

const STEPS = {
  refresh: {
    action: refreshReviewAction,
    label: "Actualiser les chiffres",
    pending: "Rassemblement des chiffres…",
    tone: "secondary",
  },
  freeze: {
    action: freezeReviewAction,
    label: "Figer le bilan (PDF et empreinte SHA-256)",
    pending: "Production du PDF…",
    tone: "primary",
  },
} as const;

export function ReviewStepForm({
  step,
  reviewId,
  ...scope
}: ScopeProps & { step: keyof typeof STEPS; reviewId: string }) {
  const { action, label, pending, tone } = STEPS[step];
  return (
    <ActionForm
      action={action}
      hidden={{ reviewId }}
      submitLabel={label}
      pendingLabel={pending}
      tone={tone}
      {...scope}
    />
  );
}
