"use client";

import { importNetworkAction, type NetworkImportState } from "@/app/actions/network-import";
import { plural } from "@/lib/format";
import { MAX_UPLOAD_LABEL } from "@/lib/imports/limits";
import { useFileSizeCheck } from "@/components/forms/file-size-check";
import { ActionMessage } from "@/components/forms/action-message";
import { ScopeFields, type ScopeProps } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

const INITIAL: NetworkImportState = { status: "idle", message: "", fieldErrors: {}, report: null };

/**
 * The operator's or the département's network file: a first submission previews (nothing is
 * written), the second confirms the very file previewed (its hash travels back); another file
 * chosen in between is previewed again.
 */
export function NetworkImportForm(scope: ScopeProps) {
  const { state, pending, formRef, onSubmit } = useFormAction(importNetworkAction, INITIAL);
  const { tooLarge, submit } = useFileSizeCheck(onSubmit);
  const errors = tooLarge ? { ...state.fieldErrors, file: tooLarge } : state.fieldErrors;
  const report = state.report;
  const confirmable =
    report !== null &&
    report.errors.length === 0 &&
    !report.written &&
    report.created + report.updated > 0;
  return (
    <div className="space-y-4">
      <form
        ref={formRef}
        onSubmit={submit}
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        noValidate
      >
        <ScopeFields {...scope} />
        <InputField
          id="reseau-fichier"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv"
          className="mt-1 block"
          label={`Fichier réseau, CSV ou XLSX (${MAX_UPLOAD_LABEL} au plus)`}
          error={errors.file}
          hint="Une ligne par collège : une colonne UAI et les colonnes connues (débit descendant et montant en Mbit/s ou kbit/s, technologie, opérateur, fin de contrat, salles, salles Wi-Fi…). Une cellule vide ne change rien."
        />
        {confirmable ? <input type="hidden" name="confirm" value={report.sha256} /> : null}
        <Button type="submit" disabled={pending}>
          {pending
            ? "Lecture du fichier…"
            : confirmable
              ? `Confirmer l'import de « ${report.fileName} »`
              : "Prévisualiser l'import"}
        </Button>
        <ActionMessage state={state} />
      </form>
      {report ? <ImportReport report={report} /> : null}
    </div>
  );
}

function ImportReport({ report }: { report: NonNullable<NetworkImportState["report"]> }) {
  return (
    <section
      aria-labelledby="rapport-reseau-titre"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="rapport-reseau-titre">
        {report.written ? "Import enregistré" : "Aperçu de l'import"} : {report.fileName}
      </h3>
      <p className="text-sm">
        {plural(report.rows, "ligne lue", "lignes lues")}. Colonnes reconnues :{" "}
        {report.columns.length > 0 ? report.columns.join(" ; ") : "aucune"}.
      </p>
      {report.errors.length > 0 ? (
        <table className="text-sm">
          <caption className="text-left font-medium">
            {plural(report.errors.length, "erreur")} : aucune ligne n&apos;est importée
          </caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                Ligne
              </th>
              <th scope="col" className="pr-4 text-left">
                Colonne
              </th>
              <th scope="col" className="text-left">
                Erreur
              </th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e, i) => (
              <tr key={i} className="align-top">
                <td className="pr-4 tabular-nums">{e.line}</td>
                <td className="pr-4">{e.column ?? "—"}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <>
          <p className="text-sm">
            {plural(report.created, "collège renseigné", "collèges renseignés")} pour la première
            fois, {plural(report.updated, "mis à jour", "mis à jour")},{" "}
            {plural(report.unchanged, "inchangé", "inchangés")}.
          </p>
          {report.changes.length > 0 ? (
            <table className="text-sm">
              <caption className="text-left font-medium">
                {report.written ? "Changements enregistrés" : "Changements à enregistrer"}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-4 text-left">
                    Ligne
                  </th>
                  <th scope="col" className="pr-4 text-left">
                    Collège
                  </th>
                  <th scope="col" className="text-left">
                    Changements
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.changes.map((c) => (
                  <tr key={c.uai} className="align-top">
                    <td className="pr-4 tabular-nums">{c.line}</td>
                    <th scope="row" className="pr-4 text-left font-normal">
                      {c.name} ({c.uai})
                    </th>
                    <td>{c.changes.join(" ; ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </section>
  );
}
