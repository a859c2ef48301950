import Link from "next/link";
import type { AllocationItem } from "@/lib/budgets/list-allocations";
import { ALLOCATION_KIND_LABELS, M57_NATURES } from "@/lib/budgets/labels";
import { formatDate } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";
import { centsColumn } from "@/components/ui/figure-columns";

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
    <DataTable<AllocationRowView>
      caption={caption}
      label="Tableau (défilement horizontal)"
      columns={[
        showCollege && {
          key: "college",
          header: "Collège",
          cell: (a) =>
            a.etablissement ? (
              <>
                {a.etablissement.name}
                <span className="block text-xs text-slate-700">{a.etablissement.uai}</span>
              </>
            ) : null,
        },
        { key: "kind", header: "Type", cell: (a) => ALLOCATION_KIND_LABELS[a.kind] },
        { key: "label", header: "Libellé", cell: (a) => a.label },
        centsColumn("amount", "Montant", (a) => a.amountCents),
        { key: "imputation", header: "Imputation", cell: (a) => imputationOf(a.budgetLine) },
        { key: "createdAt", header: "Saisie le", cell: (a) => formatDate(a.createdAt) },
        editHref && {
          key: "actions",
          header: <span className="sr-only">Actions</span>,
          cell: (a) => (
            <Link href={editHref(a.id)}>
              Modifier<span className="sr-only"> l&apos;attribution « {a.label} »</span>
            </Link>
          ),
        },
      ]}
      rows={items}
      rowKey={(a) => a.id}
    />
  );
}
