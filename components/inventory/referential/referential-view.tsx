import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import type { Referential } from "@/lib/inventory/referential";
import { formatCents, formatInteger } from "@/lib/format";
import { decimalInput, TARGET_FIELDS } from "@/components/inventory/referential/referential-values";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The référentiel as read by members who cannot change it. */
export function ReferentialView({ referential }: { referential: Referential }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="cibles" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="cibles">Cibles</h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {TARGET_FIELDS.map((field) => (
            <div key={field.name}>
              <dt className="text-sm text-slate-700">{field.label}</dt>
              <dd className="text-lg font-semibold">
                {decimalInput(referential.targets[field.name])}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="regles">
        <h2 id="regles">Règles par catégorie</h2>
        <ScrollRegion label="Tableau (défilement horizontal)" className="mt-3">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Durée de renouvellement, coût unitaire et renouvellement à la fin de garantie, par
              catégorie
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Catégorie
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Renouvellement
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Coût unitaire
                </th>
                <th scope="col" className="px-3 py-2">
                  Renouveler à la fin de garantie
                </th>
              </tr>
            </thead>
            <tbody>
              {EQUIPMENT_CATEGORIES.map((category) => {
                const rule = referential.rules[category];
                return (
                  <tr key={category} className="border-t border-slate-200">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {CATEGORY_LABELS[category]}
                    </th>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {formatInteger(rule.renewalAgeYears)} ans
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {formatCents(rule.unitCostCents)}
                    </td>
                    <td className="px-3 py-2">{rule.renewAtWarrantyEnd ? "Oui" : "Non"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </div>
  );
}
