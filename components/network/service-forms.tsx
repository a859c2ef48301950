"use client";

import { RecordForm } from "@/components/forms/record-form";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { SERVICE_KIND_LABELS, SERVICE_KINDS } from "@/lib/network/service-labels";
import { PARTIES, PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { saveServiceAction, setServiceUsesAction } from "@/app/actions/network";

type ServiceField =
  | "kind"
  | "name"
  | "provider"
  | "contractStartsOn"
  | "contractEndsOn"
  | "annualCost"
  | "responsibleParty"
  | "description";

/** Creates (no id) or corrects a service of the collectivité's catalogue. */
export function ServiceForm({
  values,
  ...scope
}: ScopeProps & { values: Partial<Record<ServiceField, string>> & { id?: string } }) {
  return (
    <RecordForm<ServiceField>
      action={saveServiceAction}
      prefix={values.id ? `service-${values.id}` : "service"}
      values={values}
      hidden={values.id ? { serviceId: values.id } : {}}
      submitLabel={values.id ? "Enregistrer le service" : "Ajouter le service"}
      resetOnSuccess={!values.id}
      {...scope}
    >
      {(field) => (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            {field.coded("kind", "Type de service", SERVICE_KINDS, SERVICE_KIND_LABELS)}
            {field.input("name", "Nom du service")}
            {field.input("provider", "Fournisseur")}
            {field.input("contractStartsOn", "Début du contrat (facultatif)", { type: "date" })}
            {field.input("contractEndsOn", "Fin du contrat (facultatif)", { type: "date" })}
            {field.amount("annualCost", "Coût annuel en € TTC (facultatif)")}
            {field.coded("responsibleParty", "Partie responsable", PARTIES, PARTY_LABELS)}
          </div>
          {field.textarea("description", "Description (facultative)", { rows: 2 })}
        </>
      )}
    </RecordForm>
  );
}

/** Which collèges use a service: their checkboxes, ticked for those that do. */
export function ServiceUsesForm({
  serviceId,
  serviceName,
  colleges,
  used,
  ...scope
}: ScopeProps & {
  serviceId: string;
  serviceName: string;
  colleges: readonly { uai: string; name: string }[];
  used: readonly string[];
}) {
  return (
    <ActionForm
      action={setServiceUsesAction}
      hidden={{ serviceId }}
      submitLabel="Enregistrer les collèges"
      {...scope}
    >
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">Collèges qui utilisent {serviceName}</legend>
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {colleges.map((c) => (
            <label key={c.uai} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="uais"
                value={c.uai}
                defaultChecked={used.includes(c.uai)}
              />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
    </ActionForm>
  );
}
