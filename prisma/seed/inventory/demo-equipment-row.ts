import type {
  EducationPrioritaire,
  EquipmentCategory,
  EquipmentStatus,
  EquipmentUsage,
  FundingSource,
} from "@/lib/generated/prisma/enums";

export interface DemoCollege {
  uai: string;
  effectif: number;
  educationPrioritaire?: EducationPrioritaire | null;
}

/** One generated piece of equipment, with the column names of the Equipment table. */
export interface DemoEquipmentRow {
  category: EquipmentCategory;
  manufacturer: string;
  model: string;
  serialNumber: string;
  inventoryNumber: string;
  acquiredOn: Date;
  warrantyEndsOn: Date;
  status: EquipmentStatus;
  location: string;
  usage: EquipmentUsage;
  fundingSource: FundingSource;
  purchaseCostCents: number;
}
