"use client";

import type { ConventionKind } from "@/lib/conventions/labels";
import type { ConventionContent } from "@/lib/conventions/content";
import { saveConventionTemplateVersionAction } from "@/app/actions/convention-templates";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { HelpedField, helpedControl } from "@/components/forms/action-message";
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
        <HelpedField
          id="template-note"
          label="Note de version"
          error={errors.note}
          help="Ce qui change, en une phrase : elle figure dans l'historique."
        >
          {/* Keyed by version: the note empties once its version is saved. */}
          <input
            key={baseVersion}
            id="template-note"
            name="note"
            maxLength={500}
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
            {...helpedControl("template-note", errors.note)}
          />
        </HelpedField>
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
