"use client";

import { createConventionTemplateAction } from "@/app/actions/convention-templates";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS } from "@/lib/conventions/vocabulary";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";

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
      <div>
        <label htmlFor="template-kind" className="block text-sm font-medium">
          Type de convention
        </label>
        <select
          id="template-kind"
          name="kind"
          className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
          aria-invalid={errors.kind ? true : undefined}
          aria-describedby={errors.kind ? "template-kind-error" : undefined}
        >
          {TEMPLATE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {TEMPLATE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <FieldError id="template-kind-error" message={errors.kind} />
      </div>
      <div>
        <label htmlFor="template-name" className="block text-sm font-medium">
          Nom du modèle
        </label>
        <input
          id="template-name"
          name="name"
          required
          maxLength={120}
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "template-name-error" : "template-name-help"}
        />
        {errors.name ? (
          <FieldError id="template-name-error" message={errors.name} />
        ) : (
          <p id="template-name-help" className="mt-1 text-xs text-slate-700">
            Par exemple « Convention tripartite 2026-2029 ».
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Création…" : "Créer le modèle"}
        </Button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
