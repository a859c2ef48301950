"use client";

import { useRef, type ReactNode } from "react";
import { bulkUpdateEquipmentStatusAction } from "@/app/actions/equipment";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { EQUIPMENT_STATUSES, STATUS_LABELS } from "@/lib/inventory/labels";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";

/**
 * Wraps the equipment table: its rows carry `ids` checkboxes, this form applies one status to the
 * checked ones (one audit event per equipment changed).
 */
export function BulkStatusForm({ children, ...scope }: ScopeProps & { children: ReactNode }) {
  const { state, pending, formRef, onSubmit } = useFormAction(
    bulkUpdateEquipmentStatusAction,
    IDLE_STATE,
  );
  const tableRef = useRef<HTMLDivElement>(null);
  const setAll = (checked: boolean) => {
    tableRef.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
      box.checked = checked;
    });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-2">
      <ScopeFields {...scope} />
      <fieldset className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <legend className="px-1 text-sm font-semibold">
          Changer le statut des équipements cochés
        </legend>
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
        <div>
          <label htmlFor="bulk-status" className="block text-sm font-medium">
            Nouveau statut
          </label>
          <select
            id="bulk-status"
            name="status"
            defaultValue=""
            className="mt-1 rounded border border-slate-500 px-2 py-1"
            aria-invalid={state.fieldErrors.status ? true : undefined}
            aria-describedby={state.fieldErrors.status ? "bulk-status-error" : undefined}
          >
            <option value="">Choisir…</option>
            {EQUIPMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <FieldError id="bulk-status-error" message={state.fieldErrors.status} />
        </div>
        <Button type="submit" disabled={pending} size="small">
          {pending ? "Application…" : "Appliquer à la sélection"}
        </Button>
        <ActionMessage state={state} />
        {state.fieldErrors.ids ? (
          <p className="text-sm text-red-800">{state.fieldErrors.ids}</p>
        ) : null}
      </fieldset>
      <div ref={tableRef}>{children}</div>
    </form>
  );
}
