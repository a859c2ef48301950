"use client";

import type { ReactNode } from "react";
import { bulkHandleIncidentsAction } from "@/app/actions/incidents";
import type { ScopeProps } from "@/components/forms/action-form";
import { CheckedRowsForm } from "@/components/forms/checked-rows-form";
import { SelectField } from "@/components/ui/select";

const OPERATIONS = [
  { value: "take", label: "Prendre en charge" },
  { value: "assign", label: "Attribuer à la personne choisie" },
];

/**
 * Wraps the queue's table for its handlers: its rows carry `ids` checkboxes; the checked incidents
 * are taken in charge, or assigned to one person of the queue, each in turn.
 */
export function BulkHandleForm({
  people,
  hasItems,
  children,
  ...scope
}: ScopeProps & {
  people: { id: string; name: string }[];
  hasItems: boolean;
  children: ReactNode;
}) {
  return (
    <CheckedRowsForm
      {...scope}
      hasItems={hasItems}
      action={bulkHandleIncidentsAction}
      legend="Traiter les incidents cochés"
      submitLabel="Appliquer à la sélection"
      pendingLabel="Application…"
      fieldsetClassName="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      fields={(errors) => (
        <>
          <SelectField
            id="bulk-operation"
            name="operation"
            label="Action"
            defaultValue="take"
            options={OPERATIONS}
            error={errors.operation}
          />
          <SelectField
            id="bulk-assignee"
            name="assigneeId"
            label="Attribuer à"
            defaultValue=""
            emptyLabel="Choisir…"
            options={people.map((p) => ({ value: p.id, label: p.name }))}
            error={errors.assigneeId}
          />
        </>
      )}
    >
      {children}
    </CheckedRowsForm>
  );
}
