import Link from "next/link";
import type { RenewalPlan } from "@/lib/inventory/renewal-plan";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, plural } from "@/lib/format";
import { numeric, th } from "@/components/inventory/plan/plan-cell";

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
      <div className="mt-2 relative overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            Âge de renouvellement et coût unitaire par catégorie
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={th}>
                Catégorie
              </th>
              <th scope="col" className={numeric}>
                Âge de renouvellement
              </th>
              <th scope="col" className={th}>
                À la fin de la garantie si elle vient avant
              </th>
              <th scope="col" className={numeric}>
                Coût unitaire
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.category} className="border-t border-slate-200">
                <th scope="row" className={`${th} font-normal`}>
                  {CATEGORY_LABELS[rule.category]}
                </th>
                <td className={numeric}>{plural(rule.renewalAgeYears, "an")}</td>
                <td className={th}>{rule.renewAtWarrantyEnd ? "Oui" : "Non"}</td>
                <td className={`${numeric} tabular-nums`}>{formatCents(rule.unitCostCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
