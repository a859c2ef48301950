import type { EtablissementInventorySummary } from "@/lib/inventory/summary";
import { EQUIPMENT_STATUSES, STATUS_LABELS } from "@/lib/inventory/labels";
import { formatInteger } from "@/lib/format";
import { CategoryCountsTable } from "@/components/inventory/category-counts-table";

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
    <CategoryCountsTable
      caption={<>Équipements par catégorie et statut ({formatInteger(summary.total)})</>}
      label="Tableau (défilement horizontal)"
      className=""
      buckets={EQUIPMENT_STATUSES.map((s) => ({ key: s, label: STATUS_LABELS[s] }))}
      rows={summary.rows.map((row) => ({ ...row, counts: row.byStatus }))}
      totals={summary.totals}
      total={summary.total}
      categoryHref={(category) => link({ category })}
      totalClassName="font-semibold"
    />
  );
}
