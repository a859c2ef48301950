import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import type { Referential } from "@/lib/inventory/referential";
import { formatCents, formatInteger } from "@/lib/format";
import { decimalInput, TARGET_FIELDS } from "@/components/inventory/referential/referential-values";
import { DataTable } from "@/components/ui/data-table";

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
        <DataTable
          caption="Durée de renouvellement, coût unitaire et renouvellement à la fin de garantie, par catégorie"
          label="Tableau (défilement horizontal)"
          className="mt-3"
          rows={EQUIPMENT_CATEGORIES.map((category) => ({
            category,
            rule: referential.rules[category],
          }))}
          rowKey={({ category }) => category}
          columns={[
            {
              key: "category",
              header: "Catégorie",
              rowHeader: true,
              className: "font-medium",
              cell: ({ category }) => CATEGORY_LABELS[category],
            },
            {
              key: "age",
              header: "Renouvellement",
              numeric: true,
              cell: ({ rule }) => `${formatInteger(rule.renewalAgeYears)} ans`,
            },
            {
              key: "cost",
              header: "Coût unitaire",
              numeric: true,
              cell: ({ rule }) => formatCents(rule.unitCostCents),
            },
            {
              key: "warranty",
              header: "Renouveler à la fin de garantie",
              cell: ({ rule }) => (rule.renewAtWarrantyEnd ? "Oui" : "Non"),
            },
          ]}
        />
      </section>
    </div>
  );
}
