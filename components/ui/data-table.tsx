import { useId, type ReactNode } from "react";
import type { ListHref } from "@/components/ui/list-href";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { SortHeader, type SortableQuery } from "@/components/ui/sort-header";

export interface Column<Row> {
  key: string;
  header: ReactNode;
  /** The column's value of `sort=` in the URL, when the list sorts on it (header must be text). */
  sort?: string;
  /** Figures: right-aligned, tabular digits. */
  numeric?: boolean;
  headerClassName?: string;
  className?: string;
  /** The cell that names its row: a `<th scope="row">`. */
  rowHeader?: boolean;
  /** A cell that spans this column and the next ones in some rows (a note instead of figures). */
  colSpan?: (row: Row) => number | undefined;
  /** The totals row's cell classes, beside numeric's. */
  totalClassName?: string;
  /** The cell's classes in a given row, instead of className (that note's own style…). */
  cellClassName?: (row: Row) => string | undefined;
  cell: (row: Row) => ReactNode;
}

/** A column shown only when the condition holds (a collège column for a collectivité…). */
export type MaybeColumn<Row> = Column<Row> | false | null | undefined;

const CELL = "px-3 py-2";
const NUMERIC = "text-right tabular-nums whitespace-nowrap";

/** A row header is not bold unless its column says how heavy it is. */
function rowHeaderBase(className?: string) {
  return /\bfont-(normal|medium|semibold|bold)\b/.test(className ?? "")
    ? CELL
    : `${CELL} font-normal`;
}

function cellClass(base: string, numeric?: boolean, extra?: string) {
  return [base, numeric ? NUMERIC : "", extra ?? ""].filter(Boolean).join(" ");
}

function TotalsRow<Row>({
  columns,
  totals,
  footer,
}: {
  columns: Column<Row>[];
  totals: NonNullable<Props<Row>["totals"]>;
  footer?: ReactNode;
}) {
  const first = columns.findIndex((c) => c.key in totals.cells);
  return (
    <tfoot className="border-t-2 border-slate-400 bg-slate-50 font-semibold">
      <tr>
        <th scope="row" colSpan={Math.max(first, 1)} className={CELL}>
          {totals.label}
        </th>
        {columns.slice(Math.max(first, 1)).map((c) => (
          <td key={c.key} className={cellClass(CELL, c.numeric, c.totalClassName)}>
            {totals.cells[c.key]}
          </td>
        ))}
      </tr>
      {footer}
    </tfoot>
  );
}

interface Props<Row> {
  /** What the table shows; read by screen readers, visible when captionVisible. */
  caption: ReactNode;
  captionVisible?: boolean;
  /** The scrolling box's name; by default the caption. */
  label?: string;
  columns: readonly MaybeColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** Classes of every body row, or of each row (a highlighted current row…). */
  rowClassName?: string | ((row: Row) => string | undefined);
  /** Rows under a header row each (a `<tbody>` a group, `scope="rowgroup"`), instead of `rows` alone. */
  groups?: readonly { key: string; label: ReactNode; rows: readonly Row[] }[];
  /** The header row's classes (e.g. `bg-slate-100 align-bottom` under long headers). */
  headClassName?: string;
  /** Long headers of figures: right-aligned but free to wrap. */
  wrapHeaders?: boolean;
  /** The current order and the list's links: sortable columns become sort links. */
  sort?: { query: SortableQuery; href: ListHref };
  /** A totals row: its label spans the columns before the first total, keyed by column. */
  totals?: { label: ReactNode; cells: Readonly<Record<string, ReactNode>> };
  /** More footer rows under the totals row (a reference line…), written by the caller. */
  footer?: ReactNode;
  /** The line above the table (how many rows, which page), announced when it changes. */
  status?: ReactNode;
  statusClassName?: string;
  /** Said instead of the table when there is no row (and no status says it). */
  empty?: ReactNode;
  exports?: { href: string; what: string };
  pagination?: { page: number; pageCount: number; href: (page: number) => string };
  /** Puts the table inside something, e.g. the form that acts on its checked rows. */
  wrap?: (table: ReactNode) => ReactNode;
  className?: string;
  tableClassName?: string;
}

/**
 * The one table of list pages: a caption, `scope="col"` headers (sort links with `aria-sort`
 * where the list sorts), rows, totals, in a box that scrolls on narrow screens; around it the
 * status line, the export links and the pagination. Sorting and pages are plain links, rendered
 * on the server: they work without JavaScript.
 */
export function DataTable<Row>({
  caption,
  captionVisible = false,
  label,
  columns,
  rows,
  rowKey,
  rowClassName,
  groups,
  headClassName = "bg-slate-100",
  wrapHeaders = false,
  sort,
  totals,
  footer,
  status,
  statusClassName = "mt-4 text-slate-800",
  empty,
  exports,
  pagination,
  wrap,
  className,
  tableClassName = "w-full border-collapse text-left text-sm",
}: Props<Row>) {
  const captionId = useId();
  const shown = columns.filter((c): c is Column<Row> => Boolean(c));
  const bodyRow = (row: Row) => {
    const extra = typeof rowClassName === "function" ? rowClassName(row) : rowClassName;
    let covered = 0;
    return (
      <tr key={rowKey(row)} className={`border-t border-slate-200${extra ? ` ${extra}` : ""}`}>
        {shown.map((c) => {
          if (covered > 0) {
            covered -= 1;
            return null;
          }
          const span = c.colSpan?.(row);
          covered = span ? span - 1 : 0;
          const className = c.cellClassName?.(row) ?? c.className;
          return c.rowHeader ? (
            <th
              key={c.key}
              scope="row"
              colSpan={span}
              className={cellClass(rowHeaderBase(className), c.numeric, className)}
            >
              {c.cell(row)}
            </th>
          ) : (
            <td key={c.key} colSpan={span} className={cellClass(CELL, c.numeric, className)}>
              {c.cell(row)}
            </td>
          );
        })}
      </tr>
    );
  };
  const table = (
    <ScrollRegion label={label} labelledBy={captionId} className={className}>
      <table className={tableClassName}>
        <caption
          id={captionId}
          className={captionVisible ? "px-3 py-2 text-left font-semibold" : "sr-only"}
        >
          {caption}
        </caption>
        <thead className={headClassName}>
          <tr>
            {shown.map((c) => {
              const classes =
                c.numeric && wrapHeaders
                  ? cellClass(CELL, false, `text-right ${c.headerClassName ?? ""}`.trim())
                  : cellClass(CELL, c.numeric, c.headerClassName);
              return c.sort && sort && typeof c.header === "string" ? (
                <SortHeader
                  key={c.key}
                  label={c.header}
                  column={c.sort}
                  query={sort.query}
                  href={sort.href}
                  className={classes}
                />
              ) : (
                <th key={c.key} scope="col" className={classes}>
                  {c.header}
                </th>
              );
            })}
          </tr>
        </thead>
        {groups ? (
          groups.map((g) => (
            <tbody key={g.key}>
              <tr className="border-t-2 border-slate-300 bg-slate-50">
                <th scope="rowgroup" colSpan={shown.length} className={`${CELL} font-semibold`}>
                  {g.label}
                </th>
              </tr>
              {g.rows.map(bodyRow)}
            </tbody>
          ))
        ) : (
          <tbody>{rows.map(bodyRow)}</tbody>
        )}
        {totals ? <TotalsRow columns={shown} totals={totals} footer={footer} /> : null}
      </table>
    </ScrollRegion>
  );
  return (
    <>
      {status !== undefined ? (
        <p className={statusClassName} aria-live="polite">
          {status}
        </p>
      ) : null}
      {exports ? <ExportLinks href={exports.href} what={exports.what} /> : null}
      {rows.length > 0 ? (
        wrap ? (
          wrap(table)
        ) : (
          table
        )
      ) : empty ? (
        <p className="mt-2">{empty}</p>
      ) : null}
      {pagination ? <Pagination {...pagination} /> : null}
    </>
  );
}
