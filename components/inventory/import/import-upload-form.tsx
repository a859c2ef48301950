"use client";

import { useState, type FormEvent } from "react";
import { createInventoryImportAction } from "@/app/actions/inventory-import";
import { MAX_UPLOAD_LABEL } from "@/lib/imports/limits";
import { oversizedFileMessage } from "@/components/forms/file-size-check";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";

/** The file input of the import page: the file is analysed and the preview page opens. */
export function ImportUploadForm({ scopeKey, path }: { scopeKey: string; path: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(
    createInventoryImportAction,
    IDLE_STATE,
  );
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const error = tooLarge ?? state.fieldErrors.file;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const message = oversizedFileMessage(event.currentTarget);
    setTooLarge(message);
    if (message) event.preventDefault();
    else onSubmit(event);
  };
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      <ScopeFields scopeType="COLLECTIVITE" scopeKey={scopeKey} path={path} />
      <div>
        <label htmlFor="import-file" className="block font-medium">
          Fichier d&apos;inventaire (CSV ou XLSX, {MAX_UPLOAD_LABEL} au plus)
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="mt-1 block"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "import-file-error" : "import-file-help"}
        />
        {error ? (
          <FieldError id="import-file-error" message={error} />
        ) : (
          <p id="import-file-help" className="mt-1 text-sm text-slate-700">
            Une ligne par équipement et une colonne donnant l&apos;UAI du collège : un seul fichier
            pour tous vos collèges. Séparateur « ; » ou « , », encodage UTF-8 ou Windows.
            L&apos;export de la liste des ordinateurs de GLPI est accepté tel quel.
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? "Analyse du fichier…" : "Analyser le fichier"}
        </Button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
