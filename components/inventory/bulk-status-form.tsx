"use client";

import type { ReactNode } from "react";
import { bulkUpdateEquipmentStatusAction } from "@/app/actions/equipment";
import { EQUIPMENT_STATUSES, STATUS_LABELS } from "@/lib/inventory/labels";
import type { ScopeProps } from "@/components/forms/action-form";
import { CheckedRowsForm } from "@/components/forms/checked-rows-form";
import { labelledOptions, SelectField } from "@/components/ui/select";

/**
 * Wraps the equipment table: its rows carry `ids` checkboxes, this form applies one status to the
 * checked ones (one audit event per equipment changed).
 */
export function BulkStatusForm({ children, ...scope }: ScopeProps & { children: ReactNode }) {
  return (
    <CheckedRowsForm
      {...scope}
      action={bulkUpdateEquipmentStatusAction}
      legend="Changer le statut des équipements cochés"
      submitLabel="Appliquer à la sélection"
      pendingLabel="Application…"
      fieldsetClassName="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      fields={(errors) => (
        <SelectField
          id="bulk-status"
          name="status"
          label="Nouveau statut"
          defaultValue=""
          emptyLabel="Choisir…"
          options={labelledOptions(EQUIPMENT_STATUSES, STATUS_LABELS)}
          error={errors.status}
        />
      )}
    >
      {children}
    </CheckedRowsForm>
  );
}
