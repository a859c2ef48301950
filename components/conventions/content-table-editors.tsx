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

/** One editable column: a text input (maxLength) or a select over `options`. */
type Column<T> = {
  part: keyof T & string;
  header: string;
  /** The cell's label for screen readers, followed by « , ligne n ». */
  label: string;
  cellClassName?: string;
} & (
  { maxLength: number } | { options: readonly string[]; optionLabel: (option: string) => string }
);

/** A table of rows edited in place: its columns, and how its rows are named and added. */
interface RowsTable<T> {
  /** Part of the controls' ids after the editor's prefix: « matrix », « service ». */
  part: string;
  caption: string;
  columns: readonly Column<T>[];
  /** How the remove button names its row, after « Supprimer ». */
  rowName: (value: T, index: number) => string;
  blank: T;
  addLabel: string;
}

/**
 * A table of rows edited in place (matrix, service levels): one control per column, a remove
 * button per row, an add button under the table; focus follows additions and removals.
 */
function RowsEditor<T extends Record<string, string>>({
  list,
  idPrefix: editorPrefix,
  table: { part, caption, columns, rowName, blank, addLabel },
}: {
  list: KeyedList<T>;
  idPrefix: string;
  table: RowsTable<T>;
}) {
  const idPrefix = `${editorPrefix}-${part}`;
  const setFocusId = useFocusAfterRender();
  const id = (key: number, part: string) => `${idPrefix}-${key}-${part}`;
  const addId = `${idPrefix}-add`;
  const first = columns[0]?.part ?? "";
  return (
    <div className="space-y-3">
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              {columns.map((column) => (
                <th key={column.part} scope="col" className="px-2 py-2">
                  {column.header}
                </th>
              ))}
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map(({ key, value }, index) => (
              <tr key={key} className="border-t border-slate-200 align-top">
                {columns.map((column) => {
                  const cellId = id(key, column.part);
                  const current = value[column.part] ?? "";
                  const update = (next: string) =>
                    list.update(key, { [column.part]: next } as Partial<T>);
                  return (
                    <td key={column.part} className={column.cellClassName ?? "px-2 py-2"}>
                      <label htmlFor={cellId} className="sr-only">
                        {`${column.label}, ligne ${index + 1}`}
                      </label>
                      {"options" in column ? (
                        <select
                          id={cellId}
                          value={current}
                          className={CELL_INPUT}
                          onChange={(e) =>
                            update(column.options.find((o) => o === e.target.value) ?? current)
                          }
                        >
                          {column.options.map((o) => (
                            <option key={o} value={o}>
                              {column.optionLabel(o)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          id={cellId}
                          value={current}
                          maxLength={column.maxLength}
                          className={CELL_INPUT}
                          onChange={(e) => update(e.target.value)}
                        />
                      )}
                    </td>
                  );
                })}
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
                    <span className="sr-only">{` ${rowName(value, index)}`}</span>
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
        onClick={() => setFocusId(id(list.add({ ...blank }), first))}
      >
        {addLabel}
      </button>
    </div>
  );
}

const LEVEL = { options: MAINTENANCE_LEVELS, optionLabel: levelLabel } as const;

function textColumn<T>(
  part: keyof T & string,
  header: string,
  maxLength: number,
  minWidth: string,
) {
  return { part, header, label: header, maxLength, cellClassName: `${minWidth} px-2 py-2` };
}

const MATRIX: RowsTable<MatrixRow> = {
  part: "matrix",
  caption: "Matrice des responsabilités (modifiable)",
  columns: [
    textColumn("domain", "Domaine", 120, "min-w-48"),
    {
      part: "holder",
      header: "Responsable",
      label: "Responsable",
      options: MATRIX_HOLDERS,
      optionLabel: (h) => MATRIX_HOLDER_LABELS[h as MatrixRow["holder"]],
    },
    { part: "level", header: "Niveau", label: "Niveau de maintenance", ...LEVEL },
    textColumn("detail", "Précision", 500, "min-w-64"),
  ],
  rowName: (row, index) => `la ligne ${index + 1}${row.domain ? ` (${row.domain})` : ""}`,
  blank: { domain: "", holder: "COLLECTIVITE", level: "", detail: "" },
  addLabel: "Ajouter une ligne à la matrice",
};

const SERVICE_LEVELS: RowsTable<ServiceLevel> = {
  part: "service",
  caption: "Niveaux de service (modifiables)",
  columns: [
    textColumn("service", "Service", 200, "min-w-64"),
    { part: "level", header: "Niveau", label: "Niveau de maintenance du service", ...LEVEL },
    textColumn("commitment", "Engagement", 300, "min-w-64"),
  ],
  rowName: (row, index) =>
    `le niveau de service ${index + 1}${row.service ? ` (${row.service})` : ""}`,
  blank: { service: "", level: "", commitment: "" },
  addLabel: "Ajouter un niveau de service",
};

type EditorProps<T> = { list: KeyedList<T>; idPrefix: string };

/** The responsibility matrix: who holds each domain, at which maintenance level. */
export const MatrixEditor = (props: EditorProps<MatrixRow>) => (
  <RowsEditor {...props} table={MATRIX} />
);

/** The service levels: a service, its maintenance level and the commitment (delay). */
export const ServiceLevelsEditor = (props: EditorProps<ServiceLevel>) => (
  <RowsEditor {...props} table={SERVICE_LEVELS} />
);
