import Link from "next/link";
import type { EtablissementInventorySummary } from "@/lib/inventory/summary";
import { CATEGORY_LABELS, EQUIPMENT_STATUSES, STATUS_LABELS } from "@/lib/inventory/labels";
import { formatInteger } from "@/lib/format";
import { DataTable, type Column } from "@/components/ui/data-table";

/** A collège's equipment per category and status; each count links to the list it summarises. */
export function EtablissementInventorySummaryTable({
  summary,
  listHref,
}: {
  summary: EtablissementInventorySummary;
  listHref: string;
}) {
  const link = (params: Record<string, string>) => {
    const search = new URLSearchParams(params).toString();
    return search ? `${listHref}${listHref.includes("?") ? "&" : "?"}${search}` : listHref;
  };
  if (summary.total === 0) {
    return <p>Aucun équipement n&apos;est inventorié pour cet établissement.</p>;
  }
  return (
    <DataTable
      caption={<>Équipements par catégorie et statut ({formatInteger(summary.total)})</>}
      captionVisible
      label="Tableau (défilement horizontal)"
      className=""
      wrapHeaders
      rows={summary.rows}
      rowKey={(row) => row.category}
      columns={[
        {
          key: "category",
          header: "Catégorie",
          rowHeader: true,
          cell: (row) => (
            <Link href={link({ category: row.category })}>{CATEGORY_LABELS[row.category]}</Link>
          ),
        },
        ...EQUIPMENT_STATUSES.map((s): Column<(typeof summary.rows)[number]> => ({
          key: s,
          header: STATUS_LABELS[s],
          numeric: true,
          cell: (row) => formatInteger(row.byStatus[s]),
        })),
        {
          key: "total",
          header: "Total",
          numeric: true,
          className: "font-semibold",
          cell: (row) => formatInteger(row.total),
        },
      ]}
      totals={{
        label: "Total",
        cells: {
          ...Object.fromEntries(
            EQUIPMENT_STATUSES.map((s) => [s, formatInteger(summary.totals[s])]),
          ),
          total: formatInteger(summary.total),
        },
      }}
    />
  );
}
