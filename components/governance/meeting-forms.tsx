"use client";

import {
  addDecisionAction,
  addMeetingDocumentsAction,
  approveMinutesAction,
  cancelMeetingAction,
  conveneMeetingAction,
  freezeMinutesAction,
  recordAttendanceAction,
  removeDecisionAction,
  removeMeetingDocumentAction,
  reopenMinutesAction,
  requestCorrectionAction,
  saveMinutesAction,
  scheduleMeetingAction,
  updateActionStateAction,
  updateMeetingAction,
} from "@/app/actions/governance";
import type { ScopeProps } from "@/components/forms/action-form";
import { ActionForm } from "@/components/forms/action-form";
import { DetailsActionForm } from "@/components/forms/details-action-form";
import { PasswordConfirmField } from "@/components/forms/input-fields";
import { RecordForm, type BoundFields } from "@/components/forms/record-form";
import { InputField, TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { FilesForm, type FilesRule } from "@/components/assistance/files-form";
import type { SelectOption } from "@/components/ui/select";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import {
  ACTION_STATE_LABELS,
  ACTION_STATES,
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  DECISION_KIND_LABELS,
  DECISION_KINDS,
  PARTIES,
} from "@/lib/governance/vocabulary";

/** A meeting's fields as the form shows them: Paris day and times, the agenda one item per line. */
export interface MeetingFormValues {
  title: string;
  day: string;
  start: string;
  end: string;
  place: string;
  videoUrl: string;
  agenda: string;
}

type MeetingField = keyof MeetingFormValues;

function MeetingFields({ field }: { field: BoundFields }) {
  return (
    <>
      {field.input("title", "Objet de la séance", {
        required: true,
        hint: "Par exemple « Comité de pilotage du 2e trimestre ».",
      })}
      <div className="grid gap-4 sm:grid-cols-3">
        {field.input("day", "Date", { type: "date", required: true })}
        {field.input("start", "Début (heure de Paris)", { type: "time", required: true })}
        {field.input("end", "Fin (heure de Paris)", { type: "time", required: true })}
      </div>
      {field.input("place", "Lieu", {
        hint: "Salle et adresse ; ou seulement un lien ci-dessous.",
      })}
      {field.input("videoUrl", "Lien de visioconférence", {
        type: "url",
        hint: "Une adresse https:// complète.",
      })}
      {field.textarea("agenda", "Ordre du jour", {
        required: true,
        rows: 5,
        hint: "Un point par ligne ; « Point — Présenté par » nomme qui le présente.",
      })}
    </>
  );
}

/** A new meeting of a body (its secretariat). */
export function ScheduleMeetingForm({
  bodyId,
  values,
  ...scope
}: ScopeProps & { bodyId: string; values: MeetingFormValues }) {
  return (
    <RecordForm<MeetingField>
      action={scheduleMeetingAction}
      prefix="seance"
      values={values}
      hidden={{ bodyId }}
      submitLabel="Programmer la séance"
      pendingLabel="Enregistrement…"
      {...scope}
    >
      {(field) => <MeetingFields field={field} />}
    </RecordForm>
  );
}

/** Changes a meeting; a convened one sends the change to the members convened. */
export function UpdateMeetingForm({
  meetingId,
  values,
  convened,
  ...scope
}: ScopeProps & { meetingId: string; values: MeetingFormValues; convened: boolean }) {
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold">Modifier la séance</summary>
      {convened ? (
        <p className="mt-2 text-sm">
          Les membres convoqués recevront la modification, avec la mise à jour de leur invitation.
        </p>
      ) : null}
      <RecordForm<MeetingField>
        action={updateMeetingAction}
        prefix="modifier-seance"
        values={values}
        hidden={{ meetingId }}
        submitLabel="Enregistrer les modifications"
        pendingLabel="Enregistrement…"
        className="mt-3 space-y-4"
        {...scope}
      >
        {(field) => <MeetingFields field={field} />}
      </RecordForm>
    </details>
  );
}

/** The one-button steps of a meeting: its labels and tone, by step. */
const MEETING_STEPS = {
  convene: {
    action: conveneMeetingAction,
    label: "Convoquer les membres",
    pending: "Envoi…",
    tone: "primary",
  },
  /** Convening again: the members designated since the convocation. */
  reconvene: {
    action: conveneMeetingAction,
    label: "Convoquer les membres désignés depuis",
    pending: "Envoi…",
    tone: "primary",
  },
  freeze: {
    action: freezeMinutesAction,
    label: "Figer le compte rendu et le soumettre aux coprésidents",
    pending: "Production du PDF…",
    tone: "primary",
  },
  reopen: {
    action: reopenMinutesAction,
    label: "Reprendre la rédaction (annule les approbations attendues)",
    pending: "Enregistrement…",
    tone: "secondary",
  },
} as const;

export function MeetingStepForm({
  step,
  meetingId,
  ...scope
}: ScopeProps & { step: keyof typeof MEETING_STEPS; meetingId: string }) {
  const { action, label, pending, tone } = MEETING_STEPS[step];
  return (
    <ActionForm
      action={action}
      hidden={{ meetingId }}
      submitLabel={label}
      pendingLabel={pending}
      tone={tone}
      {...scope}
    />
  );
}

export function CancelMeetingForm({ meetingId, ...scope }: ScopeProps & { meetingId: string }) {
  return (
    <DetailsActionForm
      summary="Annuler la séance"
      intro="Les membres convoqués recevront l'annulation, qui retire la séance de leur agenda."
      action={cancelMeetingAction}
      hidden={{ meetingId }}
      submitLabel="Annuler la séance"
      pendingLabel="Annulation…"
      tone="danger"
      {...scope}
    >
      <TextAreaField id="annulation-motif" name="reason" label="Motif de l'annulation" required />
    </DetailsActionForm>
  );
}

export interface RollMember {
  id: string;
  name: string;
  party: keyof typeof PARTY_LABELS;
  qualite: string;
  status: string;
  representedBy: string;
}

/** Who came: one status per member on the roll, and who represented those represented. */
export function AttendanceForm({
  meetingId,
  roll,
  ...scope
}: ScopeProps & { meetingId: string; roll: readonly RollMember[] }) {
  const values: Record<string, string> = {};
  for (const m of roll) {
    values[`presence.${m.id}`] = m.status;
    values[`represente.${m.id}`] = m.representedBy;
  }
  return (
    <RecordForm<string>
      action={recordAttendanceAction}
      prefix="presence"
      values={values}
      hidden={{ meetingId }}
      submitLabel="Enregistrer les présences"
      pendingLabel="Enregistrement…"
      {...scope}
    >
      {(field) =>
        roll.map((m) => (
          <fieldset key={m.id} className="grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-2">
            <legend className="font-medium">
              {m.name} — {m.qualite} ({PARTY_LABELS[m.party]})
            </legend>
            {field.coded(`presence.${m.id}`, "Présence", ATTENDANCE_STATUSES, ATTENDANCE_LABELS, {
              emptyLabel: "À relever",
            })}
            {field.input(`represente.${m.id}`, "Représenté par (si représenté)")}
          </fieldset>
        ))
      }
    </RecordForm>
  );
}

/** The minutes' text: the general part, then each agenda item's. */
export function MinutesForm({
  meetingId,
  summary,
  items,
  ...scope
}: ScopeProps & {
  meetingId: string;
  summary: string;
  items: readonly { id: string; label: string; minutes: string }[];
}) {
  const values: Record<string, string> = { summary };
  for (const item of items) values[`point.${item.id}`] = item.minutes;
  return (
    <RecordForm<string>
      action={saveMinutesAction}
      prefix="cr"
      values={values}
      hidden={{ meetingId }}
      submitLabel="Enregistrer le compte rendu"
      pendingLabel="Enregistrement…"
      {...scope}
    >
      {(field) => (
        <>
          {field.textarea("summary", "Synthèse de la séance", { rows: 4 })}
          {items.map((item) =>
            field.textarea(`point.${item.id}`, item.label, {
              rows: 5,
              hint: "Ce qui a été présenté et débattu sur ce point.",
            }),
          )}
        </>
      )}
    </RecordForm>
  );
}

/** A decision or an action for the minutes. */
export function DecisionForm({
  meetingId,
  items,
  members,
  ...scope
}: ScopeProps & {
  meetingId: string;
  items: readonly SelectOption[];
  members: readonly SelectOption[];
}) {
  return (
    <RecordForm
      action={addDecisionAction}
      prefix="decision"
      values={{
        kind: "DECISION",
        agendaItemId: "",
        text: "",
        ownerParty: "",
        ownerMemberId: "",
        dueOn: "",
      }}
      hidden={{ meetingId }}
      submitLabel="Inscrire au compte rendu"
      pendingLabel="Enregistrement…"
      resetOnSuccess
      {...scope}
    >
      {(field) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            {field.coded("kind", "Nature", DECISION_KINDS, DECISION_KIND_LABELS)}
            {field.select("agendaItemId", "Point de l'ordre du jour", items, {
              emptyLabel: "Hors ordre du jour",
            })}
          </div>
          {field.textarea("text", "Énoncé", { required: true, rows: 2 })}
          <p className="text-sm text-slate-700">Pour une action :</p>
          <div className="grid gap-4 sm:grid-cols-3">
            {field.coded("ownerParty", "Partie responsable", PARTIES, PARTY_LABELS, {
              emptyLabel: "—",
            })}
            {field.select("ownerMemberId", "Porteur (facultatif)", members, { emptyLabel: "—" })}
            {field.input("dueOn", "Échéance", { type: "date" })}
          </div>
        </>
      )}
    </RecordForm>
  );
}

export function RemoveDecisionForm({ decisionId, ...scope }: ScopeProps & { decisionId: string }) {
  return (
    <ActionForm
      action={removeDecisionAction}
      hidden={{ decisionId }}
      submitLabel="Retirer"
      pendingLabel="Retrait…"
      tone="secondary"
      className="inline"
      {...scope}
    />
  );
}

/** A co-chair's answer: approve the SHA-256 they read (password again), or ask for a correction. */
export function ApproveMinutesForms({
  meetingId,
  sha256,
  partyLabel,
  ...scope
}: ScopeProps & { meetingId: string; sha256: string; partyLabel: string }) {
  return (
    <div className="space-y-4 rounded-lg border-2 border-blue-800 bg-white p-4">
      <h3>Approuver pour : {partyLabel}</h3>
      <p className="text-sm">
        Vous approuvez le compte rendu figé dont l&apos;empreinte SHA-256 est{" "}
        <code className="break-all font-mono">{sha256}</code>.
      </p>
      <ActionForm
        action={approveMinutesAction}
        hidden={{ meetingId, sha256 }}
        submitLabel="Approuver le compte rendu"
        pendingLabel="Approbation…"
        {...scope}
      >
        <PasswordConfirmField
          id="approbation-password"
          label="Votre mot de passe (confirmation de l'approbation)"
        />
      </ActionForm>
      <DetailsActionForm
        summary="Demander une correction"
        intro="Le compte rendu retourne au secrétariat ; il vous sera soumis de nouveau une fois corrigé."
        action={requestCorrectionAction}
        hidden={{ meetingId, sha256 }}
        submitLabel="Demander la correction"
        pendingLabel="Envoi…"
        tone="secondary"
        {...scope}
      >
        <TextAreaField id="correction-motif" name="reason" label="Correction demandée" required />
      </DetailsActionForm>
    </div>
  );
}

/** The owner party says where one of its actions stands. */
export function ActionStateForm({
  decisionId,
  state,
  ...scope
}: ScopeProps & { decisionId: string; state: string }) {
  return (
    <RecordForm
      action={updateActionStateAction}
      prefix={`action-${decisionId}`}
      values={{ state, note: "" }}
      hidden={{ decisionId }}
      submitLabel="Mettre à jour"
      pendingLabel="Enregistrement…"
      className="grid gap-2 sm:grid-cols-[10rem_1fr_auto] sm:items-end"
      {...scope}
    >
      {(field) => (
        <>
          {field.coded("state", "État", ACTION_STATES, ACTION_STATE_LABELS)}
          {field.input("note", "Commentaire (facultatif)")}
        </>
      )}
    </RecordForm>
  );
}

/** Joins documents for the reader's party: files from their computer, or an export's snapshot. */
export function MeetingDocumentsForm({
  meetingId,
  sources,
  files,
  ...scope
}: ScopeProps & { meetingId: string; sources: readonly SelectOption[]; files: FilesRule }) {
  return (
    <FilesForm
      action={addMeetingDocumentsAction}
      hidden={{ meetingId }}
      files={files}
      filesId="document-fichiers"
      submitLabel="Joindre au dossier"
      pendingLabel="Envoi…"
      resetOnSuccess
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      {...scope}
    >
      {(errors) => (
        <>
          <SelectField
            id="document-source"
            name="source"
            label="Document"
            options={sources}
            defaultValue={sources[0]?.value}
            error={errors.source}
            hint="Un export est pris tel qu'il est aujourd'hui dans votre espace, au format XLSX."
          />
          <InputField
            id="document-titre"
            name="title"
            label="Titre (facultatif)"
            hint="Par défaut, le nom du fichier ou de l'export."
            error={errors.title}
          />
        </>
      )}
    </FilesForm>
  );
}

export function RemoveMeetingDocumentForm({
  documentId,
  ...scope
}: ScopeProps & { documentId: string }) {
  return (
    <ActionForm
      action={removeMeetingDocumentAction}
      hidden={{ documentId }}
      submitLabel="Retirer"
      pendingLabel="Retrait…"
      tone="secondary"
      className="inline"
      {...scope}
    />
  );
}
