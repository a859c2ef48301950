"use client";

import { useState } from "react";
import {
  acceptProposalAction,
  proposeConventionChangeAction,
  rejectProposalAction,
  withdrawProposalAction,
} from "@/app/actions/conventions";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { DetailsActionForm } from "@/components/forms/details-action-form";
import { TextAreaField } from "@/components/ui/field";
import { labelledOptions, SelectField } from "@/components/ui/select";
import {
  MAINTENANCE_LEVELS,
  MATRIX_HOLDER_LABELS,
  MATRIX_HOLDERS,
} from "@/lib/conventions/vocabulary";

interface DraftElements {
  articles: readonly { title: string; body: string }[];
  matrix: readonly { domain: string; holder: string; level: string; detail: string }[];
}

const LEVEL_OPTIONS = MAINTENANCE_LEVELS.map((level) => ({
  value: level,
  label: level === "" ? "Sans niveau" : level,
}));

/**
 * The académie's or the collège's proposal on a draft: an article's new text, a matrix row's new
 * holder, level and precision, or a comment on the whole draft; always with its reason. The fields
 * start from what the draft says now.
 */
export function ProposeForm({
  conventionId,
  articles,
  matrix,
  ...scope
}: ScopeProps & DraftElements & { conventionId: string }) {
  const [target, setTarget] = useState(articles.length > 0 ? "article:0" : "general");
  const [kind, index] = target.split(":");
  const article = kind === "article" ? articles[Number(index)] : undefined;
  const row = kind === "matrice" ? matrix[Number(index)] : undefined;
  const options = [
    ...articles.map((a, i) => ({ value: `article:${i}`, label: `Article ${i + 1} — ${a.title}` })),
    ...matrix.map((r, i) => ({
      value: `matrice:${i}`,
      label: `Matrice, ligne ${i + 1} — ${r.domain}`,
    })),
    { value: "general", label: "Commentaire sur l'ensemble du brouillon" },
  ];
  return (
    <ActionForm
      action={proposeConventionChangeAction}
      hidden={{ conventionId }}
      submitLabel="Envoyer la proposition"
      pendingLabel="Envoi…"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      {...scope}
    >
      <SelectField
        id="proposition-cible"
        name="cible"
        label="Objet"
        options={options}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      />
      {article ? (
        <TextAreaField
          key={target}
          id="proposition-texte"
          name="body"
          label={`Texte proposé pour l'article ${Number(index) + 1}`}
          defaultValue={article.body}
          rows={8}
          required
          hint="Le texte actuel du brouillon : modifiez-le. Les variables {{…}} restent utilisables."
        />
      ) : null}
      {row ? (
        <div key={target} className="grid gap-4 sm:grid-cols-3">
          <SelectField
            id="proposition-responsable"
            name="holder"
            label="Responsable proposé"
            options={labelledOptions(MATRIX_HOLDERS, MATRIX_HOLDER_LABELS)}
            defaultValue={row.holder}
          />
          <SelectField
            id="proposition-niveau"
            name="level"
            label="Niveau proposé"
            options={LEVEL_OPTIONS}
            defaultValue={row.level}
          />
          <TextAreaField
            id="proposition-precision"
            name="detail"
            label="Précision proposée"
            defaultValue={row.detail}
            rows={2}
          />
        </div>
      ) : null}
      <TextAreaField
        id="proposition-motif"
        name="rationale"
        label={kind === "general" ? "Votre commentaire" : "Motif de la proposition"}
        rows={3}
        required
      />
    </ActionForm>
  );
}

/** The pilot's answer to an open proposal: accept (applied to the draft) or reject with a reason. */
export function DecideProposalForms({
  proposalId,
  change,
  ...scope
}: ScopeProps & { proposalId: string; change: boolean }) {
  return (
    <div className="space-y-3">
      <ActionForm
        action={acceptProposalAction}
        hidden={{ proposalId }}
        submitLabel={change ? "Accepter et l'appliquer au brouillon" : "Prendre en compte"}
        pendingLabel="Enregistrement…"
        {...scope}
      >
        <TextAreaField
          id={`accepter-${proposalId}`}
          name="reason"
          label="Commentaire (facultatif)"
          rows={2}
        />
      </ActionForm>
      <DetailsActionForm
        summary="Rejeter la proposition"
        action={rejectProposalAction}
        hidden={{ proposalId }}
        submitLabel="Rejeter la proposition"
        pendingLabel="Enregistrement…"
        tone="danger"
        {...scope}
      >
        <TextAreaField id={`rejeter-${proposalId}`} name="reason" label="Motif du rejet" required />
      </DetailsActionForm>
    </div>
  );
}

export function WithdrawProposalForm({
  proposalId,
  ...scope
}: ScopeProps & { proposalId: string }) {
  return (
    <ActionForm
      action={withdrawProposalAction}
      hidden={{ proposalId }}
      submitLabel="Retirer ma proposition"
      pendingLabel="Retrait…"
      tone="secondary"
      {...scope}
    />
  );
}
