"use client";

import { useState } from "react";
import { setSectorCollegesAction } from "@/app/actions/sectors";
import type { ScopeProps } from "@/components/forms/action-form";
import { ActionForm } from "@/components/forms/action-form";
import { INPUT_CLASS } from "@/components/ui/field";

export interface SectorCollege {
  id: string;
  uai: string;
  name: string;
  communeName: string;
  closed: boolean;
  /** The secteur the collège is in now, when it is another one. */
  otherSector: string | null;
  checked: boolean;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * The collèges of a secteur: every collège of the collectivité with a checkbox, filtered by name,
 * commune or UAI as one types. Rows hidden by the filter keep their box, so the form always sends
 * the whole choice.
 */
export function SectorCollegesForm({
  sectorId,
  colleges,
  ...scope
}: ScopeProps & { sectorId: string; colleges: SectorCollege[] }) {
  const [query, setQuery] = useState("");
  const [checked, setChecked] = useState(
    () => new Set(colleges.filter((c) => c.checked).map((c) => c.id)),
  );
  const wanted = fold(query.trim());
  const matches = (c: SectorCollege) =>
    wanted === "" || fold(`${c.name} ${c.communeName} ${c.uai}`).includes(wanted);
  const shown = colleges.filter(matches).length;
  const toggle = (id: string, on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <ActionForm
      action={setSectorCollegesAction}
      hidden={{ sectorId }}
      submitLabel="Enregistrer les collèges du secteur"
      pendingLabel="Enregistrement…"
      {...scope}
    >
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <label htmlFor="secteur-filtre" className="block text-sm font-medium">
            Filtrer par nom, commune ou UAI
          </label>
          <input
            id="secteur-filtre"
            type="search"
            className={INPUT_CLASS}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-controls="secteur-colleges"
          />
        </div>
        <p role="status" className="text-sm">
          <strong>{checked.size}</strong> collège{checked.size > 1 ? "s" : ""} coché
          {checked.size > 1 ? "s" : ""} · {shown} affiché{shown > 1 ? "s" : ""} sur{" "}
          {colleges.length}
        </p>
      </div>
      <fieldset id="secteur-colleges" className="rounded border border-slate-300 bg-white p-3">
        <legend className="px-1 text-sm font-semibold">Collèges du secteur</legend>
        <ul className="grid max-h-[32rem] gap-1 overflow-y-auto sm:grid-cols-2">
          {colleges.map((c) => (
            <li key={c.id} hidden={!matches(c)}>
              <label className="flex items-start gap-2 py-1 text-sm">
                <input
                  type="checkbox"
                  name="ids"
                  value={c.id}
                  className="mt-1 size-4"
                  checked={checked.has(c.id)}
                  onChange={(event) => toggle(c.id, event.target.checked)}
                />
                <span>
                  {c.name} — {c.communeName} ({c.uai}){c.closed ? " · fermé" : ""}
                  {c.otherSector ? (
                    <span className="block text-xs text-slate-700">
                      Aujourd&apos;hui dans « {c.otherSector} » : cocher le déplace ici.
                    </span>
                  ) : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </ActionForm>
  );
}
