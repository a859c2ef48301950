"use client";

import type { MatrixRow, ServiceLevel } from "@/lib/conventions/content";
import {
  MAINTENANCE_LEVELS,
  MATRIX_HOLDER_LABELS,
  MATRIX_HOLDERS,
} from "@/lib/conventions/vocabulary";
import type { KeyedList } from "@/components/conventions/content-keyed-list";
import { levelLabel } from "@/components/conventions/content-labels";
import { useFocusAfterRender } from "@/components/conventions/use-focus-after-render";

const CELL_INPUT = "w-full rounded border border-slate-500 px-2 py-1";
const BUTTON = "rounded border border-slate-500 bg-white px-2 py-1 text-sm hover:bg-slate-100";
const REMOVE =
  "rounded border border-red-800 bg-white px-2 py-1 text-sm text-red-900 hover:bg-red-50";

function LevelSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (level: MatrixRow["level"]) => void;
}) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        value={value}
        className={CELL_INPUT}
        onChange={(e) => onChange(MAINTENANCE_LEVELS.find((l) => l === e.target.value) ?? "")}
      >
        {MAINTENANCE_LEVELS.map((l) => (
          <option key={l} value={l}>
            {levelLabel(l)}
          </option>
        ))}
      </select>
    </>
  );
}

/** The responsibility matrix: who holds each domain, at which maintenance level. */
export function MatrixEditor({ list, idPrefix }: { list: KeyedList<MatrixRow>; idPrefix: string }) {
  const setFocusId = useFocusAfterRender();
  const id = (key: number, part: string) => `${idPrefix}-matrix-${key}-${part}`;
  const addId = `${idPrefix}-matrix-add`;
  return (
    <div className="space-y-3">
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Matrice des responsabilités (modifiable)</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-2">
                Domaine
              </th>
              <th scope="col" className="px-2 py-2">
                Responsable
              </th>
              <th scope="col" className="px-2 py-2">
                Niveau
              </th>
              <th scope="col" className="px-2 py-2">
                Précision
              </th>
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map(({ key, value }, index) => (
              <tr key={key} className="border-t border-slate-200 align-top">
                <td className="min-w-48 px-2 py-2">
                  <label htmlFor={id(key, "domain")} className="sr-only">
                    Domaine, ligne {index + 1}
                  </label>
                  <input
                    id={id(key, "domain")}
                    value={value.domain}
                    maxLength={120}
                    className={CELL_INPUT}
                    onChange={(e) => list.update(key, { domain: e.target.value })}
                  />
                </td>
                <td className="px-2 py-2">
                  <label htmlFor={id(key, "holder")} className="sr-only">
                    Responsable, ligne {index + 1}
                  </label>
                  <select
                    id={id(key, "holder")}
                    value={value.holder}
                    className={CELL_INPUT}
                    onChange={(e) =>
                      list.update(key, {
                        holder: MATRIX_HOLDERS.find((h) => h === e.target.value) ?? value.holder,
                      })
                    }
                  >
                    {MATRIX_HOLDERS.map((h) => (
                      <option key={h} value={h}>
                        {MATRIX_HOLDER_LABELS[h]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="px-2 py-2">
                  <LevelSelect
                    id={id(key, "level")}
                    label={`Niveau de maintenance, ligne ${index + 1}`}
                    value={value.level}
                    onChange={(level) => list.update(key, { level })}
                  />
                </td>
                <td className="min-w-64 px-2 py-2">
                  <label htmlFor={id(key, "detail")} className="sr-only">
                    Précision, ligne {index + 1}
                  </label>
                  <input
                    id={id(key, "detail")}
                    value={value.detail}
                    maxLength={500}
                    className={CELL_INPUT}
                    onChange={(e) => list.update(key, { detail: e.target.value })}
                  />
                </td>
                <td className="px-2 py-2">
                  <button
                    type="button"
                    className={REMOVE}
                    onClick={() => {
                      list.remove(key);
                      setFocusId(addId);
                    }}
                  >
                    Supprimer
                    <span className="sr-only">
                      {" "}
                      la ligne {index + 1}
                      {value.domain ? ` (${value.domain})` : ""}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        id={addId}
        className={BUTTON}
        onClick={() =>
          setFocusId(
            id(list.add({ domain: "", holder: "COLLECTIVITE", level: "", detail: "" }), "domain"),
          )
        }
      >
        Ajouter une ligne à la matrice
      </button>
    </div>
  );
}

/** The service levels: a service, its maintenance level and the commitment (delay). */
export function ServiceLevelsEditor({
  list,
  idPrefix,
}: {
  list: KeyedList<ServiceLevel>;
  idPrefix: string;
}) {
  const setFocusId = useFocusAfterRender();
  const id = (key: number, part: string) => `${idPrefix}-service-${key}-${part}`;
  const addId = `${idPrefix}-service-add`;
  return (
    <div className="space-y-3">
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Niveaux de service (modifiables)</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-2">
                Service
              </th>
              <th scope="col" className="px-2 py-2">
                Niveau
              </th>
              <th scope="col" className="px-2 py-2">
                Engagement
              </th>
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map(({ key, value }, index) => (
              <tr key={key} className="border-t border-slate-200 align-top">
                <td className="min-w-64 px-2 py-2">
                  <label htmlFor={id(key, "service")} className="sr-only">
                    Service, ligne {index + 1}
                  </label>
                  <input
                    id={id(key, "service")}
                    value={value.service}
                    maxLength={200}
                    className={CELL_INPUT}
                    onChange={(e) => list.update(key, { service: e.target.value })}
                  />
                </td>
                <td className="px-2 py-2">
                  <LevelSelect
                    id={id(key, "level")}
                    label={`Niveau de maintenance du service, ligne ${index + 1}`}
                    value={value.level}
                    onChange={(level) => list.update(key, { level })}
                  />
                </td>
                <td className="min-w-64 px-2 py-2">
                  <label htmlFor={id(key, "commitment")} className="sr-only">
                    Engagement, ligne {index + 1}
                  </label>
                  <input
                    id={id(key, "commitment")}
                    value={value.commitment}
                    maxLength={300}
                    className={CELL_INPUT}
                    onChange={(e) => list.update(key, { commitment: e.target.value })}
                  />
                </td>
                <td className="px-2 py-2">
                  <button
                    type="button"
                    className={REMOVE}
                    onClick={() => {
                      list.remove(key);
                      setFocusId(addId);
                    }}
                  >
                    Supprimer
                    <span className="sr-only">
                      {" "}
                      le niveau de service {index + 1}
                      {value.service ? ` (${value.service})` : ""}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        id={addId}
        className={BUTTON}
        onClick={() =>
          setFocusId(id(list.add({ service: "", level: "", commitment: "" }), "service"))
        }
      >
        Ajouter un niveau de service
      </button>
    </div>
  );
}
