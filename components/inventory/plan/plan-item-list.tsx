import type { RenewalItem, RenewalItemList } from "@/lib/inventory/renewal-items";
import { RENEWAL_REASON_LABELS, selectionParam } from "@/lib/inventory/renewal-rules";
import { RESET_TO_COMPUTED } from "@/lib/inventory/adjust-renewal";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { ExportLinks } from "@/components/ui/export-links";
import { AdjustRenewalForm } from "@/components/inventory/plan/adjust-renewal-form";
import {
  equipmentColumns,
  equipmentLabel,
  selectColumn,
} from "@/components/inventory/equipment-columns";
import type { PlanViewHref } from "@/components/inventory/plan/plan-href";
import { DataTable, type MaybeColumn } from "@/components/ui/data-table";
import { pageStatus } from "@/components/ui/list-page";
import { centsColumn } from "@/components/ui/figure-columns";

interface Props {
  list: RenewalItemList;
  base: string;
  /** The space's /inventaire: equipment pages live at `${inventory}/${id}`. */
  inventory: string;
  href: PlanViewHref;
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

function itemColumns(
  inventory: string,
  showCollege: boolean,
  selectable: boolean,
): MaybeColumn<RenewalItem>[] {
  return [
    selectable &&
      selectColumn<RenewalItem>(
        "plan",
        (item) => `${equipmentLabel(item)}${showCollege ? `, ${item.etablissementName}` : ""}`,
      ),
    showCollege && {
      key: "college",
      header: "Collège",
      cell: (item) => (
        <>
          {item.etablissementName} <span className="font-mono text-xs">{item.uai}</span>
        </>
      ),
    },
    ...equipmentColumns<RenewalItem>(inventory, false),
    {
      key: "due",
      header: "Échéance",
      className: "tabular-nums",
      cell: (item) => item.dueYear ?? "—",
    },
    { key: "reason", header: "Motif", cell: (item) => <Reason item={item} /> },
    centsColumn("cost", "Coût estimé", (item) => item.unitCostCents),
  ];
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
    <DataTable
      caption={`${heading} : ${formatInteger(total)}, page ${formatInteger(query.page)}`}
      label="Tableau (défilement horizontal)"
      columns={itemColumns(inventory, showCollege, adjust !== null)}
      rows={items}
      rowKey={(item) => item.id}
    />
  );

  return (
    <section aria-labelledby="plan-liste">
      <h2 id="plan-liste">{heading}</h2>
      <p className="mt-1 text-slate-800" aria-live="polite">
        {total === 0
          ? "Aucun équipement ne correspond à ces critères."
          : pageStatus(
              `${plural(total, "équipement")}, coût estimé ${formatCents(costCents)}`,
              query.page,
              pageCount,
            )}
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
