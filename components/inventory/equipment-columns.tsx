import Link from "next/link";
import type { EquipmentDescription } from "@/lib/inventory/audit-values";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatDate } from "@/lib/format";
import type { Column } from "@/components/ui/data-table";

/**
 * What the equipment tables show of one equipment (the inventory list, the renewal plan's list):
 * its description, as the export and the audit journal have it, but the status.
 */
interface EquipmentRow extends Omit<EquipmentDescription, "status"> {
  id: string;
}

/** « Tablette iPad 10 (SN123) »: how a checkbox names its equipment. */
export function equipmentLabel(e: EquipmentRow): string {
  return `${CATEGORY_LABELS[e.category]}${e.model ? ` ${e.model}` : ""}${e.serialNumber ? ` (${e.serialNumber})` : ""}`;
}

/** The checkbox column of a table acted on by a CheckedRowsForm (`ids`). */
export function selectColumn<Row extends EquipmentRow>(
  idPrefix: string,
  accessibleName: (row: Row) => string,
): Column<Row> {
  return {
    key: "select",
    header: <span className="sr-only">Sélection</span>,
    cell: (row) => (
      <input
        type="checkbox"
        name="ids"
        value={row.id}
        id={`${idPrefix}-${row.id}`}
        aria-label={`Sélectionner ${accessibleName(row)}`}
      />
    ),
  };
}

/**
 * Category (linking to the equipment's page), model, serial and inventory numbers, acquisition and
 * warranty end; with `sortable`, the columns the inventory list sorts on carry their sort key.
 */
export function equipmentColumns<Row extends EquipmentRow>(
  detailHref: string,
  sortable: boolean,
): Column<Row>[] {
  const sort = (key: string) => (sortable ? key : undefined);
  return [
    {
      key: "category",
      header: "Catégorie",
      sort: sort("category"),
      cell: (e) => <Link href={`${detailHref}/${e.id}`}>{CATEGORY_LABELS[e.category]}</Link>,
    },
    {
      key: "model",
      header: "Modèle",
      sort: sort("model"),
      cell: (e) => [e.manufacturer, e.model].filter(Boolean).join(" ") || "—",
    },
    {
      key: "serial",
      header: "N° de série",
      sort: sort("serial"),
      className: "font-mono text-xs",
      cell: (e) => e.serialNumber ?? "—",
    },
    {
      key: "inventory",
      header: "N° d'inventaire",
      className: "font-mono text-xs",
      cell: (e) => e.inventoryNumber ?? "—",
    },
    {
      key: "acquiredOn",
      header: "Acquisition",
      sort: sort("acquiredOn"),
      cell: (e) => formatDate(e.acquiredOn),
    },
    {
      key: "warrantyEndsOn",
      header: "Fin de garantie",
      sort: sort("warrantyEndsOn"),
      cell: (e) => formatDate(e.warrantyEndsOn),
    },
  ];
}
