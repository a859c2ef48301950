"use client";

import type { ConventionKind } from "@/lib/conventions/labels";
import type { ConventionContent } from "@/lib/conventions/content";
import { saveConventionTemplateVersionAction } from "@/app/actions/convention-templates";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { FieldError } from "@/components/forms/action-message";
import { SubmitRow } from "@/components/forms/submit-row";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { ContentEditor } from "@/components/conventions/content-editor";

interface Props {
  scope: { scopeType: string; scopeKey: string; path: string };
  templateId: string;
  /** The version the editor starts from: saving fails if someone saved another one meanwhile. */
  baseVersion: number;
  kind: ConventionKind;
  initial: ConventionContent;
}

/** The template editor: every save appends a version, with a note for the history. */
export function TemplateVersionForm({ scope, templateId, baseVersion, kind, initial }: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(
    saveConventionTemplateVersionAction,
    IDLE_STATE,
  );
  const errors = state.fieldErrors;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate>
      <ScopeFields {...scope} />
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <ContentEditor initial={initial} kind={kind} />
      <div className="rounded-lg border border-slate-300 bg-white p-4">
        <label htmlFor="template-note" className="block font-medium">
          Note de version
        </label>
        {/* Keyed by version: the note empties once its version is saved. */}
        <input
          key={baseVersion}
          id="template-note"
          name="note"
          maxLength={500}
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? "template-note-error" : "template-note-help"}
        />
        {errors.note ? (
          <FieldError id="template-note-error" message={errors.note} />
        ) : (
          <p id="template-note-help" className="mt-1 text-sm text-slate-700">
            Ce qui change, en une phrase : elle figure dans l&apos;historique.
          </p>
        )}
        <SubmitRow
          state={state}
          pending={pending}
          label="Enregistrer une nouvelle version"
          className="mt-4"
        />
      </div>
    </form>
  );
}
