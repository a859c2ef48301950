import Link from "next/link";
import type { EquipmentListData } from "@/lib/inventory/list-equipment";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import type { SelectOption } from "@/components/ui/select";
import { categoryFilter } from "@/components/inventory/equipment-filters";
import { equipmentColumns } from "@/components/inventory/equipment-columns";
import { EquipmentStatusBadge } from "@/components/inventory/equipment-status-badge";

type Item = EquipmentListData["items"][number];

/**
 * The equipment picker of the report page: a GET search in the collège's inventory (inventory or
 * serial number, room, category); each result links back to the page with `?equipement=`.
 */
export function EquipmentPicker({
  action,
  values,
  colleges,
  results,
  pickHref,
}: {
  action: string;
  values: { uai?: string; q?: string; category?: string; visite?: string };
  /** A collectivité member's collèges; none in a collège's space. */
  colleges: SelectOption[];
  results: Item[] | null;
  pickHref: (item: Item) => string;
}) {
  return (
    <section aria-labelledby="choisir-titre" className="space-y-2">
      <h2 id="choisir-titre">Équipement concerné (facultatif)</h2>
      <FilterForm
        action={action}
        columns={3}
        className="mt-2"
        submitLabel="Chercher dans l'inventaire"
        values={values}
        filters={[
          colleges.length > 0 && {
            name: "uai",
            id: "choisir-college",
            label: "Collège",
            all: "Choisir…",
            options: colleges,
          },
          {
            name: "q",
            id: "choisir-recherche",
            type: "search",
            label: "N° d'inventaire, n° de série ou salle",
          },
          { ...categoryFilter("choisir-categorie") },
        ]}
      >
        {values.visite ? <input type="hidden" name="visite" value={values.visite} /> : null}
      </FilterForm>
      {results ? (
        <DataTable
          caption="Équipements trouvés"
          columns={[
            {
              key: "pick",
              header: "Choisir",
              cell: (e) =>
                e.status === "REFORME" ? (
                  "réformé"
                ) : (
                  <Link href={pickHref(e)}>
                    Choisir
                    <span className="sr-only">
                      {" "}
                      {CATEGORY_LABELS[e.category]} {e.serialNumber ?? e.inventoryNumber ?? ""}
                    </span>
                  </Link>
                ),
            },
            ...equipmentColumns<Item>(
              action.replace(/\/assistance\/signaler$/, "/inventaire"),
              false,
            ).slice(0, 4),
            { key: "location", header: "Emplacement", cell: (e) => e.location ?? "—" },
            {
              key: "status",
              header: "Statut",
              cell: (e) => <EquipmentStatusBadge status={e.status} />,
            },
          ]}
          rows={results}
          rowKey={(e) => e.id}
          empty="Aucun équipement ne correspond : précisez la recherche, ou signalez sans équipement."
        />
      ) : null}
    </section>
  );
}
