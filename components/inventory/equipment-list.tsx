import Link from "next/link";
import type { EquipmentListData } from "@/lib/inventory/list-equipment";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatDate, formatInteger, plural } from "@/lib/format";
import { DataTable, type MaybeColumn } from "@/components/ui/data-table";
import { listHrefs } from "@/components/ui/list-href";
import { EquipmentStatusBadge } from "@/components/inventory/equipment-status-badge";
import { BulkStatusForm } from "@/components/inventory/bulk-status-form";
import { EquipmentFilters } from "@/components/inventory/equipment-filters";

type Item = EquipmentListData["items"][number];

interface Props {
  data: EquipmentListData;
  /** The list's own URL, e.g. /c/35/inventaire; details live at `${listHref}/${id}`. */
  listHref: string;
  scope: { scopeType: string; scopeKey: string };
  /** Collèges to filter on (collectivité, académie); none for a collège's own list. */
  etablissements: { uai: string; name: string; communeName: string }[];
  departements?: { code: string; name: string }[];
  canBulkUpdate: boolean;
}

const dash = (value: string | null | undefined) => value ?? "—";

function columns(listHref: string, showCollege: boolean, canBulkUpdate: boolean) {
  const list: MaybeColumn<Item>[] = [
    canBulkUpdate && {
      key: "select",
      header: <span className="sr-only">Sélection</span>,
      cell: (e) => {
        const label = `${CATEGORY_LABELS[e.category]}${e.model ? ` ${e.model}` : ""}${e.serialNumber ? ` (${e.serialNumber})` : ""}`;
        return (
          <input
            type="checkbox"
            name="ids"
            value={e.id}
            id={`sel-${e.id}`}
            aria-label={`Sélectionner ${label}`}
          />
        );
      },
    },
    showCollege && {
      key: "etablissement",
      header: "Établissement",
      sort: "etablissement",
      cell: (e) => (
        <>
          {e.etablissement.name} <span className="font-mono text-xs">{e.etablissement.uai}</span>
        </>
      ),
    },
    {
      key: "category",
      header: "Catégorie",
      sort: "category",
      cell: (e) => <Link href={`${listHref}/${e.id}`}>{CATEGORY_LABELS[e.category]}</Link>,
    },
    {
      key: "model",
      header: "Modèle",
      sort: "model",
      cell: (e) => [e.manufacturer, e.model].filter(Boolean).join(" ") || "—",
    },
    {
      key: "serial",
      header: "N° de série",
      sort: "serial",
      className: "font-mono text-xs",
      cell: (e) => dash(e.serialNumber),
    },
    {
      key: "inventory",
      header: "N° d'inventaire",
      className: "font-mono text-xs",
      cell: (e) => dash(e.inventoryNumber),
    },
    {
      key: "acquiredOn",
      header: "Acquisition",
      sort: "acquiredOn",
      cell: (e) => (e.acquiredOn ? formatDate(e.acquiredOn) : "—"),
    },
    {
      key: "warrantyEndsOn",
      header: "Fin de garantie",
      sort: "warrantyEndsOn",
      cell: (e) => (e.warrantyEndsOn ? formatDate(e.warrantyEndsOn) : "—"),
    },
    { key: "location", header: "Emplacement", sort: "location", cell: (e) => dash(e.location) },
    {
      key: "status",
      header: "Statut",
      sort: "status",
      cell: (e) => <EquipmentStatusBadge status={e.status} />,
    },
  ];
  return list;
}

export function EquipmentList({
  data,
  listHref,
  scope,
  etablissements,
  departements,
  canBulkUpdate,
}: Props) {
  const { items, total, pageCount, query } = data;
  const href = listHrefs(listHref, {
    q: query.q,
    uai: query.uai,
    departement: query.departement,
    category: query.category,
    status: query.status,
    usage: query.usage,
    funding: query.funding,
    before: query.before,
    sort: query.sort === "etablissement" ? undefined : query.sort,
    dir: query.dir === "asc" ? undefined : query.dir,
    page: query.page === 1 ? undefined : query.page,
  });

  return (
    <section aria-labelledby="inventaire-titre">
      <h1 id="inventaire-titre">Équipements</h1>
      <EquipmentFilters
        query={query}
        listHref={listHref}
        etablissements={etablissements}
        departements={departements}
      />
      <DataTable
        caption={`Équipements (${formatInteger(total)}), page ${formatInteger(query.page)}`}
        label="Tableau (défilement horizontal)"
        columns={columns(listHref, etablissements.length > 0, canBulkUpdate)}
        rows={items}
        rowKey={(e) => e.id}
        sort={{ query, href }}
        status={
          total === 0
            ? "Aucun équipement ne correspond à ces critères."
            : `${plural(total, "équipement")} — page ${formatInteger(query.page)} sur ${formatInteger(pageCount)}`
        }
        exports={
          total > 0
            ? {
                href: href({ page: undefined }, `${listHref}/export`),
                what: `ces ${plural(total, "équipement")}`,
              }
            : undefined
        }
        wrap={
          canBulkUpdate
            ? (table) => (
                <BulkStatusForm {...scope} path={listHref}>
                  {table}
                </BulkStatusForm>
              )
            : undefined
        }
        pagination={{
          page: query.page,
          pageCount,
          href: (page) => href({ page: page === 1 ? undefined : page }),
        }}
      />
    </section>
  );
}
