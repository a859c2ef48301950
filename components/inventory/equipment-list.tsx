import type { EquipmentListData } from "@/lib/inventory/list-equipment";
import { formatInteger, these } from "@/lib/format";
import { DataTable, type MaybeColumn } from "@/components/ui/data-table";
import { listStatus, listTableLinks, sortedListHrefs } from "@/components/ui/list-page";
import { EquipmentStatusBadge } from "@/components/inventory/equipment-status-badge";
import { BulkStatusForm } from "@/components/inventory/bulk-status-form";
import { EquipmentFilters } from "@/components/inventory/equipment-filters";
import {
  equipmentColumns,
  equipmentLabel,
  selectColumn,
} from "@/components/inventory/equipment-columns";

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

function columns(listHref: string, showCollege: boolean, canBulkUpdate: boolean) {
  const list: MaybeColumn<Item>[] = [
    canBulkUpdate && selectColumn<Item>("sel", equipmentLabel),
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
    ...equipmentColumns<Item>(listHref, true),
    { key: "location", header: "Emplacement", sort: "location", cell: (e) => e.location ?? "—" },
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
  const { q, uai, departement, category, status, usage, funding, before } = query;
  const filters = { q, uai, departement, category, status, usage, funding, before };
  const href = sortedListHrefs(listHref, query, "etablissement", filters);
  const what = these(total, "cet équipement", "équipement");

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
        {...listTableLinks({ listHref, href, query, pageCount, total, what })}
        status={listStatus({
          total,
          noun: "équipement",
          empty: "Aucun équipement ne correspond à ces critères.",
          page: query.page,
          pageCount,
        })}
        wrap={
          canBulkUpdate
            ? (table) => (
                <BulkStatusForm {...scope} path={listHref}>
                  {table}
                </BulkStatusForm>
              )
            : undefined
        }
      />
    </section>
  );
}
