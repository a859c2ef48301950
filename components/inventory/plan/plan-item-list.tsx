import Link from "next/link";
import type { RenewalItemList } from "@/lib/inventory/renewal-items";
import type { RenewalItem } from "@/lib/inventory/renewal-items";
import { RENEWAL_REASON_LABELS, selectionParam } from "@/lib/inventory/renewal-rules";
import { RESET_TO_COMPUTED } from "@/lib/inventory/adjust-renewal";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatDate, formatInteger, plural } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { ExportLinks } from "@/components/ui/export-links";
import { AdjustRenewalForm } from "@/components/inventory/plan/adjust-renewal-form";
import { numeric, th } from "@/components/inventory/plan/plan-cell";
import type { planHref, PlanView } from "@/components/inventory/plan/plan-href";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Href = (view: PlanView, overrides?: Parameters<typeof planHref>[3]) => string;

interface Props {
  list: RenewalItemList;
  base: string;
  /** The space's /inventaire: equipment pages live at `${inventory}/${id}`. */
  inventory: string;
  href: Href;
  showCollege: boolean;
  /** The adjust form's scope and years, for the collectivité's agents; null: read only. */
  adjust: { scopeType: string; scopeKey: string; path: string; years: number[] } | null;
}

function title(list: RenewalItemList): string {
  const { selection, firstYear } = list.query;
  switch (selection.kind) {
    case "ANNEE":
      return selection.year === firstYear
        ? `Équipements à renouveler en ${selection.year} (dont ceux en retard)`
        : `Équipements à renouveler en ${selection.year}`;
    case "EN_RETARD":
      return `Équipements en retard (échéance avant ${firstYear}, comptés en ${firstYear})`;
    case "AU_DELA":
      return `Équipements dus après ${list.query.years.at(-1)}`;
    case "NON_PLANIFIABLE":
      return "Équipements non planifiables (ni date d'acquisition ni fin de garantie)";
  }
}

function Reason({ item }: { item: RenewalItem }) {
  if (!item.reason) return <>Dates manquantes</>;
  return (
    <>
      {RENEWAL_REASON_LABELS[item.reason]}
      {item.reason === "AJUSTE" && item.renewalNote ? (
        <span className="block text-xs text-slate-700">{item.renewalNote}</span>
      ) : null}
      {item.overdue ? (
        <span className="ml-1 inline-block rounded border border-red-800 px-1 text-xs font-semibold text-red-900">
          en retard
        </span>
      ) : null}
    </>
  );
}

/** The equipment of one slot of the plan, paginated, with the adjust form for agents. */
export function PlanItemList({ list, base, inventory, href, showCollege, adjust }: Props) {
  const { items, total, costCents, query, pageCount } = list;
  const heading = title(list);
  const exportSearch = new URLSearchParams({
    vue: "liste",
    debut: String(query.firstYear),
    annee: selectionParam(query.selection),
  });
  if (query.uai) exportSearch.set("uai", query.uai);
  if (query.category) exportSearch.set("category", query.category);

  const table = (
    <ScrollRegion label="Tableau (défilement horizontal)" className="mt-2">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          {heading} : {formatInteger(total)}, page {formatInteger(query.page)}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {adjust ? (
              <th scope="col" className={th}>
                <span className="sr-only">Sélection</span>
              </th>
            ) : null}
            {showCollege ? (
              <th scope="col" className={th}>
                Collège
              </th>
            ) : null}
            <th scope="col" className={th}>
              Catégorie
            </th>
            <th scope="col" className={th}>
              Modèle
            </th>
            <th scope="col" className={th}>
              N° de série
            </th>
            <th scope="col" className={th}>
              N° d&apos;inventaire
            </th>
            <th scope="col" className={th}>
              Acquisition
            </th>
            <th scope="col" className={th}>
              Fin de garantie
            </th>
            <th scope="col" className={th}>
              Échéance
            </th>
            <th scope="col" className={th}>
              Motif
            </th>
            <th scope="col" className={numeric}>
              Coût estimé
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const label = `${CATEGORY_LABELS[item.category]}${item.model ? ` ${item.model}` : ""}${item.serialNumber ? ` (${item.serialNumber})` : ""}`;
            return (
              <tr key={item.id} className="border-t border-slate-200">
                {adjust ? (
                  <td className={th}>
                    <input
                      type="checkbox"
                      name="ids"
                      value={item.id}
                      id={`plan-${item.id}`}
                      aria-label={`Sélectionner ${label}${showCollege ? `, ${item.etablissementName}` : ""}`}
                    />
                  </td>
                ) : null}
                {showCollege ? (
                  <td className={th}>
                    {item.etablissementName} <span className="font-mono text-xs">{item.uai}</span>
                  </td>
                ) : null}
                <td className={th}>
                  <Link href={`${inventory}/${item.id}`}>{CATEGORY_LABELS[item.category]}</Link>
                </td>
                <td className={th}>
                  {[item.manufacturer, item.model].filter(Boolean).join(" ") || "—"}
                </td>
                <td className={`${th} font-mono text-xs`}>{item.serialNumber ?? "—"}</td>
                <td className={`${th} font-mono text-xs`}>{item.inventoryNumber ?? "—"}</td>
                <td className={th}>{formatDate(item.acquiredOn)}</td>
                <td className={th}>{formatDate(item.warrantyEndsOn)}</td>
                <td className={`${th} tabular-nums`}>{item.dueYear ?? "—"}</td>
                <td className={th}>
                  <Reason item={item} />
                </td>
                <td className={`${numeric} tabular-nums`}>{formatCents(item.unitCostCents)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );

  return (
    <section aria-labelledby="plan-liste">
      <h2 id="plan-liste">{heading}</h2>
      <p className="mt-1 text-slate-800" aria-live="polite">
        {total === 0
          ? "Aucun équipement ne correspond à ces critères."
          : `${plural(total, "équipement")}, coût estimé ${formatCents(costCents)} — page ${formatInteger(query.page)} sur ${formatInteger(pageCount)}`}
      </p>
      {total > 0 ? (
        <ExportLinks
          href={`${base}/export?${exportSearch.toString()}`}
          what={total === 1 ? "cet équipement" : `ces ${plural(total, "équipement")}`}
        />
      ) : null}
      {adjust ? (
        // Stays mounted when an adjustment empties the page, so its confirmation remains readable.
        <AdjustRenewalForm
          scopeType={adjust.scopeType}
          scopeKey={adjust.scopeKey}
          path={adjust.path}
          years={adjust.years}
          resetValue={RESET_TO_COMPUTED}
          hasItems={items.length > 0}
        >
          {items.length > 0 ? table : null}
        </AdjustRenewalForm>
      ) : items.length > 0 ? (
        table
      ) : null}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => href("liste", { page: page === 1 ? undefined : page })}
      />
    </section>
  );
}
