"use client";

import { commentIncidentAction } from "@/app/actions/incidents";
import type { ScopeProps } from "@/components/forms/scope-fields";
import { TextAreaField } from "@/components/ui/field";
import { FilesForm, type FilesRule } from "@/components/assistance/files-form";

/** A comment on the incident, with files; handlers may keep it as an internal note of their queue. */
export function CommentForm({
  incidentId,
  files,
  canWriteInternal,
  ...scope
}: ScopeProps & { incidentId: string; files: FilesRule; canWriteInternal: boolean }) {
  return (
    <FilesForm
      {...scope}
      action={commentIncidentAction}
      hidden={{ incidentId }}
      files={files}
      filesId="commentaire-fichiers"
      submitLabel="Ajouter le commentaire"
      pendingLabel="Envoi…"
      resetOnSuccess
    >
      {(errors) => (
        <>
          <TextAreaField
            id="commentaire-texte"
            name="body"
            label="Commentaire"
            rows={4}
            error={errors.body}
          />
          {canWriteInternal ? (
            <div className="flex items-start gap-2">
              <input id="commentaire-interne" name="internal" type="checkbox" className="mt-1" />
              <label htmlFor="commentaire-interne">
                Note interne : lue seulement par les membres de votre file, pas par le collège ni
                les autres parties
              </label>
            </div>
          ) : null}
        </>
      )}
    </FilesForm>
  );
}
