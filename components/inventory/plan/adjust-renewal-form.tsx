"use client";

import { useRef, type ReactNode } from "react";
import { adjustRenewalAction } from "@/app/actions/renewal";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";

/**
 * Wraps the plan's equipment table: its rows carry `ids` checkboxes; this form defers, advances
 * or resets (`resetValue`) the renewal year of the checked ones (one audit event per equipment).
 */
export function AdjustRenewalForm({
  years,
  resetValue,
  hasItems,
  children,
  ...scope
}: ScopeProps & { years: number[]; resetValue: string; hasItems: boolean; children: ReactNode }) {
  const { state, pending, formRef, onSubmit } = useFormAction(adjustRenewalAction, IDLE_STATE);
  const tableRef = useRef<HTMLDivElement>(null);
  const setAll = (checked: boolean) => {
    tableRef.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
      box.checked = checked;
    });
  };
  const error = (field: string) => state.fieldErrors[field];
  if (!hasItems) return <ActionMessage state={state} />;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-2">
      <ScopeFields {...scope} />
      <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="px-1 text-sm font-semibold">
          Reporter, avancer ou revenir au calcul pour les équipements cochés
        </legend>
        <div className="flex items-end gap-2 lg:col-span-4">
          <button
            type="button"
            onClick={() => setAll(true)}
            className="rounded border border-slate-500 px-3 py-1 text-sm"
          >
            Tout cocher sur la page
          </button>
          <button
            type="button"
            onClick={() => setAll(false)}
            className="rounded border border-slate-500 px-3 py-1 text-sm"
          >
            Tout décocher
          </button>
        </div>
        <div>
          <label htmlFor="renewal-year" className="block text-sm font-medium">
            Année de renouvellement
          </label>
          <select
            id="renewal-year"
            name="annee"
            defaultValue=""
            className="mt-1 w-full rounded border border-slate-500 px-2 py-1.5"
            aria-invalid={error("annee") ? true : undefined}
            aria-describedby={error("annee") ? "renewal-year-error" : undefined}
          >
            <option value="">Choisir…</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
            <option value={resetValue}>Revenir au calcul du référentiel</option>
          </select>
          <FieldError id="renewal-year-error" message={error("annee")} />
        </div>
        <div className="sm:col-span-1 lg:col-span-2">
          <label htmlFor="renewal-note" className="block text-sm font-medium">
            Motif (facultatif)
          </label>
          <input
            id="renewal-note"
            name="motif"
            type="text"
            maxLength={500}
            className="mt-1 w-full rounded border border-slate-500 px-3 py-1.5"
            aria-invalid={error("motif") ? true : undefined}
            aria-describedby={error("motif") ? "renewal-note-error" : undefined}
          />
          <FieldError id="renewal-note-error" message={error("motif")} />
        </div>
        <div className="flex items-end">
          <Button type="submit" disabled={pending} size="small">
            {pending ? "Enregistrement…" : "Appliquer aux équipements cochés"}
          </Button>
        </div>
        <div className="lg:col-span-4">
          <ActionMessage state={state} />
          {error("ids") ? <p className="text-sm text-red-800">{error("ids")}</p> : null}
        </div>
      </fieldset>
      <div ref={tableRef}>{children}</div>
    </form>
  );
}
