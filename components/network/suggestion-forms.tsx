"use client";

import { RecordForm } from "@/components/forms/record-form";
import type { ScopeProps } from "@/components/forms/scope-fields";
import { answerSuggestionAction, suggestNetworkAction } from "@/app/actions/network";

/** The collège's suggestion of a correction (a declaration: the collectivité decides). */
export function SuggestionForm(scope: ScopeProps) {
  return (
    <RecordForm<"message">
      action={suggestNetworkAction}
      prefix="suggestion"
      values={{ message: "" }}
      submitLabel="Envoyer la suggestion à la collectivité"
      resetOnSuccess
      {...scope}
    >
      {(field) =>
        field.textarea("message", "Correction suggérée", {
          rows: 3,
          hint: "Ce qui est inexact et ce que vous constatez (débit réel, salles sans Wi-Fi…). La collectivité corrige la fiche si elle le retient.",
        })
      }
    </RecordForm>
  );
}

const ANSWERS = { PRISE_EN_COMPTE: "Prise en compte", ECARTEE: "Écartée" } as const;

/** The collectivité's answer to one open suggestion. */
export function AnswerSuggestionForm({
  suggestionId,
  ...scope
}: ScopeProps & { suggestionId: string }) {
  return (
    <RecordForm<"status" | "answer">
      action={answerSuggestionAction}
      prefix={`reponse-${suggestionId}`}
      values={{ status: "PRISE_EN_COMPTE", answer: "" }}
      hidden={{ suggestionId }}
      submitLabel="Répondre au collège"
      {...scope}
    >
      {(field) => (
        <>
          {field.coded("status", "Suite donnée", Object.keys(ANSWERS), ANSWERS)}
          {field.textarea("answer", "Réponse au collège (obligatoire si écartée)", { rows: 2 })}
        </>
      )}
    </RecordForm>
  );
}
