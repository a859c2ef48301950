"use client";

import { importEtablissementsAction, type ImportActionState } from "@/app/actions/imports";
import { MAX_UPLOAD_LABEL } from "@/lib/imports/limits";
import { useFileSizeCheck } from "@/components/forms/file-size-check";
import { ActionMessage } from "@/components/forms/action-message";
import { InputField } from "@/components/ui/field";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";

const INITIAL: ImportActionState = { status: "idle", message: "", fieldErrors: {}, report: [] };

export function ImportEtablissementsForm() {
  const { state, pending, formRef, onSubmit } = useFormAction(importEtablissementsAction, INITIAL);
  const { tooLarge, submit } = useFileSizeCheck(onSubmit);
  const errors = tooLarge ? { ...state.fieldErrors, file: tooLarge } : state.fieldErrors;
  return (
    <div className="space-y-4">
      <form
        ref={formRef}
        onSubmit={submit}
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        noValidate
      >
        <ScopeFields scopeType="PLATFORM" scopeKey="" path="/plateforme/import" />
        <InputField
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          className="mt-1 block"
          label={`Fichier CSV du ministère (${MAX_UPLOAD_LABEL} au plus)`}
          error={errors.file}
          hint="Adresse et géolocalisation des établissements, ou annuaire de l'éducation (toute année) ; séparateur « ; » ou « , »."
        />
        <InputField
          id="import-source"
          name="source"
          label="Provenance"
          defaultValue="MENJ, annuaire de l'éducation"
          error={errors.source}
        />
        <div className="flex items-start gap-2">
          <input
            id="import-dry-run"
            name="dryRun"
            type="checkbox"
            defaultChecked
            className="mt-1"
          />
          <label htmlFor="import-dry-run">
            Simulation : afficher le rapport sans rien enregistrer
          </label>
        </div>
        <div className="flex items-start gap-2">
          <input id="import-complete" name="complete" type="checkbox" className="mt-1" />
          <label htmlFor="import-complete">
            Fichier complet : fermer les collèges des départements couverts qui n&apos;y figurent
            pas (jamais supprimés)
          </label>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Import en cours…" : "Importer"}
        </Button>
        <ActionMessage state={state} />
      </form>
      {state.report.length > 0 && (
        <section
          aria-labelledby="rapport-titre"
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="rapport-titre">Rapport d&apos;import</h2>
          <ul className="mt-2 space-y-1 font-mono text-sm">
            {state.report.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
