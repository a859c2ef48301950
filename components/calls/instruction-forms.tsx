import type { Criterion } from "@/lib/calls/schemas";
import { DECISION_LABELS } from "@/lib/calls/instruction-rules";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { boundFields } from "@/components/forms/bound-fields";
import { InputField, TextAreaField } from "@/components/ui/field";
import {
  assessReportAction,
  confirmDecisionAction,
  deliverApplicationAction,
  fileReportAction,
  proposeDecisionAction,
  scoreApplicationAction,
} from "@/app/actions/calls";

const FORM_CLASS = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";

/** One party's scoring of a dossier: points per criterion, at most its weight, and a private note. */
export function ScoreForm({
  applicationId,
  criteria,
  points,
  note,
  ...scope
}: {
  applicationId: string;
  criteria: readonly Criterion[];
  points: readonly number[] | null;
  note: string;
} & ScopeProps) {
  return (
    <ActionForm
      action={scoreApplicationAction}
      hidden={{ applicationId }}
      submitLabel={points ? "Modifier la notation" : "Enregistrer la notation"}
      {...scope}
      className={FORM_CLASS}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        {criteria.map((c, i) => (
          <InputField
            key={c.label}
            id={`notation-points${i}`}
            name={`points${i}`}
            label={`${c.label} (sur ${c.weight})`}
            defaultValue={points ? String(points[i] ?? "") : ""}
            inputMode="numeric"
            required
          />
        ))}
      </div>
      <TextAreaField
        id="notation-note"
        name="note"
        label="Note interne (lue par votre partie seulement)"
        defaultValue={note}
        maxLength={2000}
      />
    </ActionForm>
  );
}

/** A party proposes the committee's decision (a call of the collectivité alone: takes it). */
export function DecisionForm({
  applicationId,
  requested,
  final,
  ...scope
}: { applicationId: string; requested: string; final: boolean } & ScopeProps) {
  const field = boundFields<"decision" | "granted" | "reasons">("decision", {});
  return (
    <ActionForm
      action={proposeDecisionAction}
      hidden={{ applicationId }}
      submitLabel={final ? "Prendre la décision" : "Proposer la décision"}
      {...scope}
      className={FORM_CLASS}
    >
      {field.coded("decision", "Décision", Object.keys(DECISION_LABELS), DECISION_LABELS, {
        required: true,
      })}
      {field.amount(
        "granted",
        "Montant accordé (retenu)",
        `Vide : le montant demandé, ${requested}.`,
      )}
      {field.textarea("reasons", "Conditions ou motifs (lus par le collège)", {
        maxLength: 2000,
      })}
    </ActionForm>
  );
}

/** The other party confirms the proposal it reads: the decision is then taken. */
export function ConfirmDecisionForm({
  applicationId,
  proposedAt,
  ...scope
}: { applicationId: string; proposedAt: string } & ScopeProps) {
  return (
    <ActionForm
      action={confirmDecisionAction}
      hidden={{ applicationId, proposedAt }}
      submitLabel="Confirmer la décision proposée"
      {...scope}
    />
  );
}

/** The collectivité records the delivery: the equipment enters the collège's inventory. */
export function DeliveryForm({
  applicationId,
  today,
  ...scope
}: { applicationId: string; today: string } & ScopeProps) {
  return (
    <ActionForm
      action={deliverApplicationAction}
      hidden={{ applicationId }}
      submitLabel="Enregistrer la livraison et inventorier"
      {...scope}
      className={FORM_CLASS}
    >
      <InputField
        id="livraison-date"
        name="deliveredOn"
        type="date"
        label="Date de livraison"
        defaultValue={today}
        max={today}
        required
      />
    </ActionForm>
  );
}

/** The collège's report at 6, 12 or 24 months. */
export function ReportForm({
  callId,
  milestone,
  ...scope
}: { callId: string; milestone: number } & ScopeProps) {
  const field = boundFields<
    "classesUsing" | "pupilsReached" | "equipmentInUsePct" | "whatWorked" | "difficulties"
  >("bilan", {});
  return (
    <ActionForm
      action={fileReportAction}
      hidden={{ callId, milestone: String(milestone) }}
      submitLabel={`Déposer le bilan à ${milestone} mois`}
      {...scope}
      className={FORM_CLASS}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        {field.input("classesUsing", "Classes qui utilisent l'équipement", {
          inputMode: "numeric",
          required: true,
        })}
        {field.input("pupilsReached", "Élèves concernés", { inputMode: "numeric", required: true })}
        {field.input("equipmentInUsePct", "Part de l'équipement utilisée en classe (%)", {
          inputMode: "numeric",
          required: true,
        })}
      </div>
      {field.textarea("whatWorked", "Ce qui a fonctionné", { required: true, maxLength: 4000 })}
      {field.textarea("difficulties", "Difficultés rencontrées", {
        required: true,
        maxLength: 4000,
      })}
    </ActionForm>
  );
}

/** The académie's pedagogical assessment of one report. */
export function AssessmentForm({
  reportId,
  milestone,
  ...scope
}: { reportId: string; milestone: number } & ScopeProps) {
  return (
    <ActionForm
      action={assessReportAction}
      hidden={{ reportId }}
      submitLabel="Enregistrer l'appréciation"
      {...scope}
      className={FORM_CLASS}
    >
      <TextAreaField
        id={`appreciation-${milestone}`}
        name="assessment"
        label={`Appréciation pédagogique de l'académie sur le bilan à ${milestone} mois`}
        maxLength={4000}
        required
      />
    </ActionForm>
  );
}
