import type {
  EquipmentCategory,
  EquipmentStatus,
  EquipmentUsage,
  FundingSource,
} from "@/lib/inventory/labels";
import type { ImportMapping } from "./fields";

// What a row of an inventory file holds once read, and which of its fields a mapping writes.

/** An établissement of the importing collectivité, as rows are checked against it. */
export interface EtablissementRef {
  id: string;
  uai: string;
  name: string;
  secteur: "PUBLIC" | "PRIVE";
  etat: "OUVERT" | "FERME";
}

/** The equipment fields an import writes, dates as AAAA-MM-JJ. */
export interface EquipmentValues {
  etablissementId: string;
  category: EquipmentCategory;
  manufacturer: string | null;
  model: string | null;
  serialNumber: string | null;
  inventoryNumber: string | null;
  acquiredOn: string | null;
  warrantyEndsOn: string | null;
  status: EquipmentStatus;
  location: string | null;
  usage: EquipmentUsage;
  fundingSource: FundingSource | null;
  purchaseCostCents: number | null;
}

/** Fields a file may overwrite on existing equipment (the établissement and category aside). */
export const WRITABLE_FIELDS = [
  "manufacturer",
  "model",
  "serialNumber",
  "inventoryNumber",
  "acquiredOn",
  "warrantyEndsOn",
  "status",
  "location",
  "usage",
  "fundingSource",
  "purchaseCostCents",
] as const satisfies readonly (keyof EquipmentValues)[];

export type WritableField = (typeof WRITABLE_FIELDS)[number];

/** What one row says: only the fields the mapping fills (the others are undefined). */
export type RowValues = Partial<Pick<EquipmentValues, WritableField>> & {
  etablissement: EtablissementRef | null;
  /** Null when the row names no category (the default one applies to new equipment). */
  category: EquipmentCategory | null;
};

/** The fields a mapping writes: a warranty duration writes the warranty end. */
export function writtenFields(mapping: ImportMapping): WritableField[] {
  const c = mapping.columns;
  const present: Record<WritableField, boolean> = {
    manufacturer: !!c.manufacturer,
    model: !!c.model,
    serialNumber: !!c.serialNumber,
    inventoryNumber: !!c.inventoryNumber,
    acquiredOn: !!c.acquiredOn,
    warrantyEndsOn: !!c.warrantyEndsOn || !!c.warrantyMonths,
    status: !!c.status,
    location: !!c.location,
    usage: !!c.usage,
    fundingSource: !!c.fundingSource,
    purchaseCostCents: !!c.purchaseCost,
  };
  return WRITABLE_FIELDS.filter((f) => present[f]);
}
