"use client";

import { createInventoryImportAction } from "@/app/actions/inventory-import";
import { MAX_UPLOAD_LABEL } from "@/lib/imports/limits";
import { useFileSizeCheck } from "@/components/forms/file-size-check";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { SubmitRow } from "@/components/forms/submit-row";
import { InputField } from "@/components/ui/field";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";

/** The file input of the import page: the file is analysed and the preview page opens. */
export function ImportUploadForm({ scopeKey, path }: { scopeKey: string; path: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(
    createInventoryImportAction,
    IDLE_STATE,
  );
  const { tooLarge, submit } = useFileSizeCheck(onSubmit);
  const error = tooLarge ?? state.fieldErrors.file;
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      <ScopeFields scopeType="COLLECTIVITE" scopeKey={scopeKey} path={path} />
      <InputField
        id="import-file"
        name="file"
        type="file"
        required
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="mt-1 block"
        label={`Fichier d'inventaire (CSV ou XLSX, ${MAX_UPLOAD_LABEL} au plus)`}
        error={error ?? undefined}
        hint="Une ligne par équipement et une colonne donnant l'UAI du collège : un seul fichier pour tous vos collèges. Séparateur « ; » ou « , », encodage UTF-8 ou Windows. L'export de la liste des ordinateurs de GLPI est accepté tel quel."
      />
      <SubmitRow
        state={state}
        pending={pending}
        label="Analyser le fichier"
        pendingLabel="Analyse du fichier…"
      />
    </form>
  );
}
