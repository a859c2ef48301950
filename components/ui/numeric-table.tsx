import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";

/**
 * A captioned table of figures: the first column names each row, the others are numbers
 * (right-aligned), and an optional totals row. Budget figures and every chart's data table.
 */
export function NumericTable<Row extends { key: string; label: ReactNode }>({
  caption,
  head,
  rows,
  columns,
  values,
  total,
}: {
  caption: string;
  /** The header of the column that names the rows. */
  head: string;
  rows: readonly Row[];
  columns: readonly { key: string; header: string }[];
  /** A row's figures, written out, by column key. */
  values: (row: Row) => Readonly<Record<string, ReactNode>>;
  total?: { label: ReactNode; cells: Readonly<Record<string, ReactNode>> };
}) {
  return (
    <DataTable
      caption={caption}
      captionVisible
      className=""
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { key: "label", header: head, rowHeader: true, cell: (row) => row.label },
        ...columns.map(({ key, header }) => ({
          key,
          header,
          numeric: true,
          cell: (row: Row) => values(row)[key],
        })),
      ]}
      totals={total}
    />
  );
}
