import Link from "next/link";
import type { AllocationItem } from "@/lib/budgets/list-allocations";
import { ALLOCATION_KIND_LABELS, M57_NATURES } from "@/lib/budgets/labels";
import { formatCents, formatDate } from "@/lib/format";

type Line = { chapitre: string; nature: string; label?: string | null } | null;

/** What a table row needs: a collège's own list has no collège column and no line label. */
export type AllocationRowView = Pick<
  AllocationItem,
  "id" | "kind" | "label" | "amountCents" | "createdAt"
> & {
  etablissement?: AllocationItem["etablissement"];
  budgetLine: Line;
};

/** « Chap. 21 · 21831 – Matériel informatique scolaire », plus the collectivité's line label when it may see it. */
export function imputationOf(line: Line): string {
  if (!line) return "—";
  const nature = M57_NATURES[line.nature]
    ? `${line.nature} – ${M57_NATURES[line.nature]}`
    : line.nature;
  return `Chap. ${line.chapitre} · ${nature}${line.label ? ` (${line.label})` : ""}`;
}

/**
 * Allocations as a table: collège (unless one collège's list), type, label, amount, imputation,
 * date; `editHref` adds a « Modifier » link per row for those who may write.
 */
export function AllocationTable({
  items,
  caption,
  showCollege,
  editHref,
}: {
  items: readonly AllocationRowView[];
  caption: string;
  showCollege: boolean;
  editHref?: (id: string) => string;
}) {
  return (
    <div
      role="region"
      aria-label="Tableau (défilement horizontal)"
      tabIndex={0}
      className="mt-2 relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {showCollege ? (
              <th scope="col" className="px-3 py-2">
                Collège
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2">
              Type
            </th>
            <th scope="col" className="px-3 py-2">
              Libellé
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Montant
            </th>
            <th scope="col" className="px-3 py-2">
              Imputation
            </th>
            <th scope="col" className="px-3 py-2">
              Saisie le
            </th>
            {editHref ? (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-t border-slate-200">
              {showCollege && a.etablissement ? (
                <td className="px-3 py-2">
                  {a.etablissement.name}
                  <span className="block text-xs text-slate-700">{a.etablissement.uai}</span>
                </td>
              ) : null}
              <td className="px-3 py-2">{ALLOCATION_KIND_LABELS[a.kind]}</td>
              <td className="px-3 py-2">{a.label}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCents(a.amountCents)}</td>
              <td className="px-3 py-2">{imputationOf(a.budgetLine)}</td>
              <td className="px-3 py-2">{formatDate(a.createdAt)}</td>
              {editHref ? (
                <td className="px-3 py-2">
                  <Link href={editHref(a.id)}>
                    Modifier<span className="sr-only"> l&apos;attribution « {a.label} »</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
