import { formatCents, formatInteger } from "@/lib/format";
import type { Column } from "@/components/ui/data-table";

/*
 * The plainest DataTable columns of figures: right-aligned, written out by lib/format. A column
 * with its own classes, sort or totals cell stays written in full.
 */

/** A column of counts: « 1 234 ». */
export function countColumn<Row>(
  key: string,
  header: string,
  count: (row: Row) => number,
): Column<Row> {
  return { key, header, numeric: true, cell: (row) => formatInteger(count(row)) };
}

/** A column of amounts kept in cents: « 1 234,00 € ». */
export function centsColumn<Row>(
  key: string,
  header: string,
  cents: (row: Row) => number | bigint,
): Column<Row> {
  return { key, header, numeric: true, cell: (row) => formatCents(cents(row)) };
}
