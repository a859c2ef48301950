import type {
  EquipmentCategory,
  EquipmentStatus,
  EquipmentUsage,
  FundingSource,
} from "@/lib/generated/prisma/enums";
import {
  CATEGORY_LABELS,
  FUNDING_LABELS,
  STATUS_LABELS,
  USAGE_LABELS,
} from "@/lib/inventory/labels";
import { formatCents } from "@/lib/format";

/** What describes a piece of equipment wherever it is listed: the columns of the export's description. */
export interface EquipmentDescription {
  category: EquipmentCategory;
  manufacturer: string | null;
  model: string | null;
  serialNumber: string | null;
  inventoryNumber: string | null;
  acquiredOn: Date | null;
  warrantyEndsOn: Date | null;
  status: EquipmentStatus;
}

export interface EquipmentAuditSource extends EquipmentDescription {
  location: string | null;
  usage: EquipmentUsage;
  fundingSource: FundingSource | null;
  purchaseCostCents: number | null;
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * An equipment as the audit journal records it: French keys (lib/audit/labels.ts) and readable
 * values, so the journal reads without the code.
 */
export function equipmentAuditValues(e: EquipmentAuditSource): Record<string, string | null> {
  return {
    categorie: CATEGORY_LABELS[e.category],
    fabricant: e.manufacturer,
    modele: e.model,
    numeroSerie: e.serialNumber,
    numeroInventaire: e.inventoryNumber,
    acquisition: day(e.acquiredOn),
    finGarantie: day(e.warrantyEndsOn),
    statut: STATUS_LABELS[e.status],
    emplacement: e.location,
    usage: USAGE_LABELS[e.usage],
    financement: e.fundingSource ? FUNDING_LABELS[e.fundingSource] : null,
    coutAchat: e.purchaseCostCents === null ? null : formatCents(e.purchaseCostCents),
  };
}

/** Only the keys whose value changed, before and after. */
export function changedValues(
  before: Record<string, string | null>,
  after: Record<string, string | null>,
) {
  const keys = Object.keys(after).filter((key) => before[key] !== after[key]);
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}
