"use client";

import type { ConventionKind } from "@/lib/conventions/labels";
import type { ConventionContent } from "@/lib/conventions/content";
import { updateDraftAction } from "@/app/actions/conventions";
import { ActionForm, Field, type ScopeProps } from "@/components/forms/action-form";
import { ContentEditor } from "@/components/conventions/content-editor";

interface Props extends ScopeProps {
  conventionId: string;
  kind: ConventionKind;
  title: string;
  startsOn: string;
  endsOn: string;
  content: ConventionContent;
}

/** Editing a draft: title, dates and the whole content; a frozen version is never edited. */
export function DraftForm({ conventionId, kind, title, startsOn, endsOn, content, ...scope }: Props) {
  return (
    <ActionForm {...scope} action={updateDraftAction} hidden={{ conventionId }} submitLabel="Enregistrer le brouillon" className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <Field id="draft-title" name="title" label="Titre de la convention" defaultValue={title} required />
        </div>
        <Field id="draft-starts" name="startsOn" type="date" label="Entrée en vigueur" defaultValue={startsOn} />
        <Field id="draft-ends" name="endsOn" type="date" label="Fin" defaultValue={endsOn} />
      </div>
      <ContentEditor initial={content} kind={kind} />
    </ActionForm>
  );
}
