import Link from "next/link";
import type { EtablissementInventorySummary } from "@/lib/inventory/summary";
import { CATEGORY_LABELS, EQUIPMENT_STATUSES, STATUS_LABELS } from "@/lib/inventory/labels";
import { formatInteger } from "@/lib/format";
import { ScrollRegion } from "@/components/ui/scroll-region";

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
    <ScrollRegion label="Tableau (défilement horizontal)" className="">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold">
          Équipements par catégorie et statut ({formatInteger(summary.total)})
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Catégorie
            </th>
            {EQUIPMENT_STATUSES.map((s) => (
              <th key={s} scope="col" className="px-3 py-2 text-right">
                {STATUS_LABELS[s]}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.category} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={link({ category: row.category })}>{CATEGORY_LABELS[row.category]}</Link>
              </th>
              {EQUIPMENT_STATUSES.map((s) => (
                <td key={s} className="px-3 py-2 text-right tabular-nums">
                  {formatInteger(row.byStatus[s])}
                </td>
              ))}
              <td className="px-3 py-2 text-right font-semibold tabular-nums">
                {formatInteger(row.total)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300">
            <th scope="row" className="px-3 py-2">
              Total
            </th>
            {EQUIPMENT_STATUSES.map((s) => (
              <td key={s} className="px-3 py-2 text-right font-semibold tabular-nums">
                {formatInteger(summary.totals[s])}
              </td>
            ))}
            <td className="px-3 py-2 text-right font-semibold tabular-nums">
              {formatInteger(summary.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
