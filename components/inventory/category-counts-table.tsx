import Link from "next/link";
import type { ReactNode } from "react";
import { CATEGORY_LABELS, type EquipmentCategory } from "@/lib/inventory/labels";
import { formatInteger } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";
import { countColumn } from "@/components/ui/figure-columns";

interface CategoryCounts<K extends string> {
  category: EquipmentCategory;
  counts: Readonly<Record<K, number>>;
  total: number;
}

/**
 * Equipment counts per category (rows, each linked to the inventory filtered on it) and per bucket
 * (columns: statuses, age bands…), with a total column and a totals row.
 */
export function CategoryCountsTable<K extends string>({
  caption,
  label,
  buckets,
  rows,
  totals,
  total,
  categoryHref,
  totalClassName,
  className,
}: {
  caption: ReactNode;
  /** The scrolling box's name, when it is not the caption. */
  label?: string;
  buckets: readonly { key: K; label: string }[];
  rows: readonly CategoryCounts<K>[];
  totals: Readonly<Record<K, number>>;
  total: number;
  categoryHref: (category: EquipmentCategory) => string;
  /** The total column's classes (bold where it is the figure to read). */
  totalClassName?: string;
  className?: string;
}) {
  return (
    <DataTable
      caption={caption}
      captionVisible
      label={label}
      className={className}
      wrapHeaders
      rows={rows}
      rowKey={(row) => row.category}
      columns={[
        {
          key: "category",
          header: "Catégorie",
          rowHeader: true,
          cell: (row) => (
            <Link href={categoryHref(row.category)}>{CATEGORY_LABELS[row.category]}</Link>
          ),
        },
        ...buckets.map((b) =>
          countColumn<CategoryCounts<K>>(b.key, b.label, (row) => row.counts[b.key]),
        ),
        {
          key: "total",
          header: "Total",
          numeric: true,
          className: totalClassName,
          cell: (row) => formatInteger(row.total),
        },
      ]}
      totals={{
        label: "Total",
        cells: {
          ...Object.fromEntries(buckets.map((b) => [b.key, formatInteger(totals[b.key])])),
          total: formatInteger(total),
        },
      }}
    />
  );
}
