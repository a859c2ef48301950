import Link from "next/link";
import type { RenewalPlan } from "@/lib/inventory/renewal-plan";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { plural } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";
import { centsColumn } from "@/components/ui/figure-columns";

/** The référentiel's rules the plan applies, folded away below it. */
export function PlanRules({
  rules,
  customised,
  referentialHref,
}: {
  rules: RenewalPlan["rules"];
  customised: boolean;
  referentialHref: string | null;
}) {
  if (rules.length === 0) return null;
  return (
    <details className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">
        Règles appliquées ({customised ? "référentiel de la collectivité" : "valeurs par défaut"})
      </summary>
      {referentialHref ? (
        <p className="mt-2 text-sm">
          <Link href={referentialHref}>Modifier le référentiel</Link>
        </p>
      ) : null}
      <DataTable<RenewalPlan["rules"][number]>
        caption="Âge de renouvellement et coût unitaire par catégorie"
        wrapHeaders
        rows={rules}
        rowKey={(rule) => rule.category}
        columns={[
          {
            key: "category",
            header: "Catégorie",
            rowHeader: true,
            cell: (rule) => CATEGORY_LABELS[rule.category],
          },
          {
            key: "age",
            header: "Âge de renouvellement",
            numeric: true,
            cell: (rule) => plural(rule.renewalAgeYears, "an"),
          },
          {
            key: "warranty",
            header: "À la fin de la garantie si elle vient avant",
            cell: (rule) => (rule.renewAtWarrantyEnd ? "Oui" : "Non"),
          },
          centsColumn("cost", "Coût unitaire", (rule) => rule.unitCostCents),
        ]}
      />
    </details>
  );
}
