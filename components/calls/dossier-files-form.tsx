"use client";

import { addApplicationAttachmentsAction } from "@/app/actions/calls";
import { FilesForm, type FilesRule } from "@/components/assistance/files-form";
import type { ScopeProps } from "@/components/forms/scope-fields";

/** The collège joins photos or PDFs to its draft dossier. */
export function DossierFilesForm({
  callId,
  files,
  ...scope
}: ScopeProps & { callId: string; files: FilesRule }) {
  return (
    <FilesForm
      action={addApplicationAttachmentsAction}
      hidden={{ callId }}
      files={files}
      filesId="dossier-fichiers"
      submitLabel="Joindre au dossier"
      pendingLabel="Envoi…"
      resetOnSuccess
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      {...scope}
    >
      {() => null}
    </FilesForm>
  );
}
