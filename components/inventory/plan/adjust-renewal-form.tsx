"use client";

import type { ReactNode } from "react";
import { adjustRenewalAction } from "@/app/actions/renewal";
import type { ScopeProps } from "@/components/forms/action-form";
import { CheckedRowsForm } from "@/components/forms/checked-rows-form";
import { InputField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";

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
  return (
    <CheckedRowsForm
      {...scope}
      action={adjustRenewalAction}
      hasItems={hasItems}
      legend="Reporter, avancer ou revenir au calcul pour les équipements cochés"
      submitLabel="Appliquer aux équipements cochés"
      pendingLabel="Enregistrement…"
      fieldsetClassName="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
      fullRowClassName="lg:col-span-4"
      fields={(errors) => (
        <>
          <SelectField
            id="renewal-year"
            name="annee"
            label="Année de renouvellement"
            defaultValue=""
            emptyLabel="Choisir…"
            options={[
              ...years.map((year) => ({ value: String(year), label: String(year) })),
              { value: resetValue, label: "Revenir au calcul du référentiel" },
            ]}
            error={errors.annee}
          />
          <InputField
            id="renewal-note"
            name="motif"
            type="text"
            maxLength={500}
            label="Motif (facultatif)"
            error={errors.motif}
            fieldClassName="sm:col-span-1 lg:col-span-2"
          />
        </>
      )}
    >
      {children}
    </CheckedRowsForm>
  );
}
