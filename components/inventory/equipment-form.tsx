"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import {
  CATEGORY_LABELS,
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  EQUIPMENT_USAGES,
  FUNDING_LABELS,
  FUNDING_SOURCES,
  STATUS_LABELS,
  USAGE_LABELS,
} from "@/lib/inventory/labels";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";
import type { EquipmentFormValues } from "@/components/inventory/equipment-values";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function Labelled({
  id,
  label,
  error,
  help,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  help?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error ? (
        <FieldError id={`${id}-error`} message={error} />
      ) : help ? (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-700">
          {help}
        </p>
      ) : null}
    </div>
  );
}

/** The full equipment form of collectivité agents, to add or correct one equipment. */
export function EquipmentForm({
  action,
  values,
  etablissements,
  submitLabel,
  ...scope
}: ScopeProps & {
  action: Action;
  values: EquipmentFormValues;
  etablissements: { uai: string; name: string; communeName: string }[];
  submitLabel: string;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE);
  const errors = state.fieldErrors;
  const describe = (name: string, help = false) =>
    errors[name] ? `f-${name}-error` : help ? `f-${name}-help` : undefined;
  const input = (
    name: keyof EquipmentFormValues,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
    help = false,
  ) => (
    <input
      id={`f-${name}`}
      name={name}
      defaultValue={values[name]}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={describe(name, help)}
      className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
      {...props}
    />
  );
  const choice = (
    name: keyof EquipmentFormValues,
    options: readonly string[],
    labels: Record<string, string>,
    empty?: string,
  ) => (
    <select
      id={`f-${name}`}
      name={name}
      defaultValue={values[name]}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={describe(name)}
      className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
    >
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((o) => (
        <option key={o} value={o}>
          {labels[o]}
        </option>
      ))}
    </select>
  );
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <ScopeFields {...scope} />
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Labelled id="f-uai" label="Établissement" error={errors.uai}>
          <select
            id="f-uai"
            name="uai"
            defaultValue={values.uai}
            aria-invalid={errors.uai ? true : undefined}
            aria-describedby={describe("uai")}
            className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
          >
            <option value="">Choisir…</option>
            {etablissements.map((e) => (
              <option key={e.uai} value={e.uai}>
                {e.name} – {e.communeName} ({e.uai})
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled id="f-category" label="Catégorie" error={errors.category}>
          {choice("category", EQUIPMENT_CATEGORIES, CATEGORY_LABELS, "Choisir…")}
        </Labelled>
        <Labelled id="f-manufacturer" label="Fabricant" error={errors.manufacturer}>
          {input("manufacturer")}
        </Labelled>
        <Labelled id="f-model" label="Modèle" error={errors.model}>
          {input("model")}
        </Labelled>
        <Labelled
          id="f-serialNumber"
          label="Numéro de série"
          error={errors.serialNumber}
          help="Enregistré en majuscules, sans espaces."
        >
          {input("serialNumber", {}, true)}
        </Labelled>
        <Labelled id="f-inventoryNumber" label="Numéro d'inventaire" error={errors.inventoryNumber}>
          {input("inventoryNumber")}
        </Labelled>
        <Labelled id="f-acquiredOn" label="Date d'acquisition" error={errors.acquiredOn}>
          {input("acquiredOn", { type: "date" })}
        </Labelled>
        <Labelled id="f-warrantyEndsOn" label="Fin de garantie" error={errors.warrantyEndsOn}>
          {input("warrantyEndsOn", { type: "date" })}
        </Labelled>
        <Labelled id="f-status" label="Statut" error={errors.status}>
          {choice("status", EQUIPMENT_STATUSES, STATUS_LABELS)}
        </Labelled>
        <Labelled id="f-location" label="Emplacement (salle)" error={errors.location}>
          {input("location")}
        </Labelled>
        <Labelled id="f-usage" label="Usage" error={errors.usage}>
          {choice("usage", EQUIPMENT_USAGES, USAGE_LABELS)}
        </Labelled>
        <Labelled id="f-fundingSource" label="Financement" error={errors.fundingSource}>
          {choice("fundingSource", FUNDING_SOURCES, FUNDING_LABELS, "Non renseigné")}
        </Labelled>
        <Labelled
          id="f-purchaseCost"
          label="Coût d'achat (€ TTC)"
          error={errors.purchaseCost}
          help="Par exemple 749,90."
        >
          {input("purchaseCost", { inputMode: "decimal" }, true)}
        </Labelled>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-70"
        >
          {pending ? "Enregistrement…" : submitLabel}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}

/** Status and location: what a chef or référent changes on their collège's equipment. */
export function EquipmentStatusForm({
  action,
  id,
  status,
  location,
  ...scope
}: ScopeProps & { action: Action; id: string; status: string; location: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE);
  const errors = state.fieldErrors;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <ScopeFields {...scope} />
      <input type="hidden" name="id" value={id} />
      <Labelled id="s-status" label="Statut" error={errors.status}>
        <select
          id="s-status"
          name="status"
          defaultValue={status}
          className="mt-1 rounded border border-slate-500 px-2 py-2"
          aria-invalid={errors.status ? true : undefined}
          aria-describedby={errors.status ? "s-status-error" : undefined}
        >
          {EQUIPMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="s-location" label="Emplacement (salle)" error={errors.location}>
        <input
          id="s-location"
          name="location"
          defaultValue={location}
          className="mt-1 rounded border border-slate-500 px-3 py-2"
          aria-invalid={errors.location ? true : undefined}
          aria-describedby={errors.location ? "s-location-error" : undefined}
        />
      </Labelled>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-70"
      >
        {pending ? "Enregistrement…" : "Enregistrer le statut"}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
