"use client";

import type { KeyedList } from "@/components/conventions/content-keyed-list";
import { useFocusAfterRender } from "@/components/conventions/use-focus-after-render";

const CELL_INPUT = "w-full rounded border border-slate-500 px-2 py-1";
export const EDITOR_BUTTON =
  "rounded border border-slate-500 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60";
const REMOVE =
  "rounded border border-red-800 bg-white px-2 py-1 text-sm text-red-900 hover:bg-red-50";

/** A row's cells: texts, choices, whole numbers or yes/no. */
export type RowValues = Record<string, string | number | boolean>;

/**
 * One editable column: a text input (maxLength), a select over `options` (fixed, or computed from
 * the row and the others: a domain routed once), a whole number (min, max) or a checkbox.
 */
export type Column<T> = {
  part: keyof T & string;
  header: string;
  /** The cell's label for screen readers, followed by « , ligne n ». */
  label: string;
  cellClassName?: string;
} & (
  | { maxLength: number }
  | {
      options: readonly string[] | ((row: T, rows: readonly T[]) => readonly string[]);
      optionLabel: (option: string) => string;
    }
  | { min: number; max: number }
  | { checkbox: true }
);

/** A table of rows edited in place: its columns, and how its rows are named and added. */
export interface RowsTable<T> {
  /** Part of the controls' ids after the editor's prefix: « matrix », « service ». */
  part: string;
  caption: string;
  columns: readonly Column<T>[];
  /** How the remove button names its row, after « Supprimer ». */
  rowName: (value: T, index: number) => string;
  /** The row the add button appends; null when no row can be added (every domain routed). */
  blank: T | ((rows: readonly T[]) => T | null);
  addLabel: string;
  /** Said beside the disabled add button when `blank` gives no row. */
  fullNote?: string;
}

/** The control of one cell, labelled « <column label>, ligne n ». */
function Cell<T extends RowValues>({
  column,
  id,
  value,
  rows,
  update,
}: {
  column: Column<T>;
  id: string;
  value: T;
  rows: readonly T[];
  update: (next: string | number | boolean) => void;
}) {
  const current = value[column.part];
  if ("checkbox" in column)
    return (
      <input
        type="checkbox"
        id={id}
        checked={current === true}
        className="h-4 w-4"
        onChange={(e) => update(e.target.checked)}
      />
    );
  if ("min" in column)
    return (
      <input
        type="number"
        id={id}
        inputMode="numeric"
        min={column.min}
        max={column.max}
        step={1}
        // An emptied field is NaN until typed again: posted as null, refused with its label.
        value={typeof current === "number" && !Number.isNaN(current) ? current : ""}
        className={CELL_INPUT}
        onChange={(e) => update(e.target.value === "" ? Number.NaN : Number(e.target.value))}
      />
    );
  const text = String(current ?? "");
  if ("options" in column) {
    const options =
      typeof column.options === "function" ? column.options(value, rows) : column.options;
    return (
      <select
        id={id}
        value={text}
        className={CELL_INPUT}
        onChange={(e) => update(options.find((o) => o === e.target.value) ?? text)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {column.optionLabel(o)}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      value={text}
      maxLength={column.maxLength}
      className={CELL_INPUT}
      onChange={(e) => update(e.target.value)}
    />
  );
}

/**
 * A table of rows edited in place (matrix, service levels, routing): one control per column, a
 * remove button per row, an add button under the table; focus follows additions and removals.
 */
export function RowsEditor<T extends RowValues>({
  list,
  idPrefix: editorPrefix,
  table: { part, caption, columns, rowName, blank, addLabel, fullNote },
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
  const rows = list.items.map((i) => i.value);
  const next = typeof blank === "function" ? blank(rows) : blank;
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
                  return (
                    <td key={column.part} className={column.cellClassName ?? "px-2 py-2"}>
                      <label htmlFor={cellId} className="sr-only">
                        {`${column.label}, ligne ${index + 1}`}
                      </label>
                      <Cell
                        column={column}
                        id={cellId}
                        value={value}
                        rows={rows}
                        update={(v) => list.update(key, { [column.part]: v } as Partial<T>)}
                      />
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
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          id={addId}
          className={EDITOR_BUTTON}
          disabled={next === null}
          aria-describedby={next === null && fullNote ? `${addId}-full` : undefined}
          onClick={() => {
            if (next) setFocusId(id(list.add({ ...next }), first));
          }}
        >
          {addLabel}
        </button>
        {next === null && fullNote && (
          <p id={`${addId}-full`} className="text-sm text-slate-700">
            {fullNote}
          </p>
        )}
      </div>
    </div>
  );
}
