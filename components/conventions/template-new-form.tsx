"use client";

import { createConventionTemplateAction } from "@/app/actions/convention-templates";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS } from "@/lib/conventions/vocabulary";
import { SubmitRow } from "@/components/forms/submit-row";
import { InputField } from "@/components/ui/field";
import { labelledOptions, SelectField } from "@/components/ui/select";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";

/** « Nouveau modèle »: a kind and a name; the document starts from the default text of the kind. */
export function NewTemplateForm({
  scopeType,
  scopeKey,
  path,
}: {
  scopeType: string;
  scopeKey: string;
  path: string;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(
    createConventionTemplateAction,
    IDLE_STATE,
    { resetOnSuccess: true },
  );
  const errors = state.fieldErrors;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      noValidate
    >
      <ScopeFields scopeType={scopeType} scopeKey={scopeKey} path={path} />
      <SelectField
        id="template-kind"
        name="kind"
        label="Type de convention"
        error={errors.kind}
        options={labelledOptions(TEMPLATE_KINDS, TEMPLATE_KIND_LABELS)}
      />
      <InputField
        id="template-name"
        name="name"
        required
        maxLength={120}
        label="Nom du modèle"
        error={errors.name}
        hint="Par exemple « Convention tripartite 2026-2029 »."
      />
      <SubmitRow
        state={state}
        pending={pending}
        label="Créer le modèle"
        pendingLabel="Création…"
        className="sm:col-span-2"
      />
    </form>
  );
}
