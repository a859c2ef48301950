"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import {
  commitInventoryImportAction,
  recomputeInventoryImportAction,
} from "@/app/actions/inventory-import";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { Button } from "@/components/ui/button";

interface Props {
  scopeKey: string;
  path: string;
  importId: string;
  /** The file's columns. */
  columns: string[];
  /** Each product field with its label and the column mapped to it ("" for none). */
  fields: { name: string; label: string; column: string; required: boolean }[];
  categories: { value: string; label: string }[];
  defaultCategory: string;
  /** Values of the file's category column the product does not know, with the category chosen ("" for none yet). */
  categoryValues: { value: string; category: string }[];
  /** The preview has no error: the import may be confirmed. */
  canCommit: boolean;
}

/**
 * The mapping of the preview page, with two outcomes: recompute the preview with the columns
 * chosen, or confirm the import (the server checks the mapping is the one previewed).
 */
export function ImportMappingForm({
  scopeKey,
  path,
  importId,
  columns,
  fields,
  categories,
  defaultCategory,
  categoryValues,
  canCommit,
}: Props) {
  const [recomputeState, recompute, recomputing] = useActionState(
    recomputeInventoryImportAction,
    IDLE_STATE,
  );
  const [commitState, commit, committing] = useActionState(commitInventoryImportAction, IDLE_STATE);
  const [last, setLast] = useState<"recompute" | "commit">("recompute");
  const state = last === "commit" ? commitState : recomputeState;
  const pending = recomputing || committing;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const formData = new FormData(event.currentTarget);
    const intent = submitter?.value === "confirmer" ? "commit" : "recompute";
    setLast(intent);
    startTransition(() => (intent === "commit" ? commit(formData) : recompute(formData)));
  };

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      <ScopeFields scopeType="COLLECTIVITE" scopeKey={scopeKey} path={path} />
      <input type="hidden" name="importId" value={importId} />
      <fieldset>
        <legend className="font-semibold">Colonne du fichier pour chaque information</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {fields.map((field) => {
            const id = `map-${field.name}`;
            const error = state.fieldErrors[`map_${field.name}`];
            return (
              <div key={field.name}>
                <label htmlFor={id} className="block text-sm font-medium">
                  {field.label}
                  {field.required ? " (obligatoire)" : ""}
                </label>
                <select
                  id={id}
                  name={`map_${field.name}`}
                  defaultValue={field.column}
                  required={field.required}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
                >
                  <option value="">— non importé —</option>
                  {columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id}-error`} message={error} />
              </div>
            );
          })}
          <div>
            <label htmlFor="map-default-category" className="block text-sm font-medium">
              Catégorie par défaut
            </label>
            <select
              id="map-default-category"
              name="defaultCategory"
              defaultValue={defaultCategory}
              aria-describedby="map-default-category-help"
              className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
            >
              <option value="">— aucune —</option>
              {categories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
            <p id="map-default-category-help" className="mt-1 text-xs text-slate-700">
              Pour les nouveaux équipements dont la ligne ne donne pas de catégorie (par exemple un
              export des ordinateurs de GLPI).
            </p>
          </div>
        </div>
      </fieldset>
      {categoryValues.length > 0 ? (
        <fieldset>
          <legend className="font-semibold">Catégories du fichier inconnues de Tripartite</legend>
          <p className="mt-1 text-sm text-slate-700">
            Associez chaque valeur à une catégorie, puis recalculez l&apos;aperçu. Enregistrée avec
            le mapping, l&apos;association servira aux prochains imports.
          </p>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {categoryValues.map((entry, n) => (
              <div key={entry.value}>
                <input type="hidden" name={`catval_${n}`} value={entry.value} />
                <label htmlFor={`catmap-${n}`} className="block text-sm font-medium">
                  « {entry.value} »
                </label>
                <select
                  id={`catmap-${n}`}
                  name={`catmap_${n}`}
                  defaultValue={entry.category}
                  className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
                >
                  <option value="">— catégorie inconnue —</option>
                  {categories.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="flex items-start gap-2">
        <input id="save-mapping" name="saveMapping" type="checkbox" className="mt-1" />
        <label htmlFor="save-mapping">
          Enregistrer ce mapping (colonnes et catégories) pour les prochains imports de la
          collectivité
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button
          type="submit"
          name="intent"
          value="recalculer"
          disabled={pending}
          variant="secondary"
        >
          {recomputing ? "Calcul de l'aperçu…" : "Recalculer l'aperçu"}
        </Button>
        {canCommit ? (
          <Button type="submit" name="intent" value="confirmer" disabled={pending}>
            {committing ? "Enregistrement…" : "Confirmer l'import"}
          </Button>
        ) : null}
        <ActionMessage state={state} />
      </div>
      {canCommit ? (
        <p className="text-sm text-slate-700">
          Si vous modifiez une colonne, recalculez l&apos;aperçu avant de confirmer : l&apos;import
          enregistre exactement ce que l&apos;aperçu montre.
        </p>
      ) : null}
    </form>
  );
}
