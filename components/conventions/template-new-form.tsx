"use client";

import { createConventionTemplateAction } from "@/app/actions/convention-templates";
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS } from "@/lib/conventions/vocabulary";
import type { ScopeProps } from "@/components/forms/action-form";
import { RecordForm } from "@/components/forms/record-form";

/** « Nouveau modèle »: a kind and a name; the document starts from the default text of the kind. */
export function NewTemplateForm(scope: ScopeProps) {
  return (
    <RecordForm
      action={createConventionTemplateAction}
      prefix="template"
      values={{}}
      submitLabel="Créer le modèle"
      pendingLabel="Création…"
      submitRowClassName="sm:col-span-2"
      resetOnSuccess
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      {...scope}
    >
      {(field) => (
        <>
          {field.coded("kind", "Type de convention", TEMPLATE_KINDS, TEMPLATE_KIND_LABELS)}
          {field.input("name", "Nom du modèle", {
            required: true,
            maxLength: 120,
            hint: "Par exemple « Convention tripartite 2026-2029 ».",
          })}
        </>
      )}
    </RecordForm>
  );
}
