import {
  CATEGORY_LABELS,
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  EQUIPMENT_USAGES,
  FUNDING_LABELS,
  FUNDING_SOURCES,
  STATUS_LABELS,
  USAGE_LABELS,
} from "@/lib/inventory/labels";
import { labelledOptions } from "@/components/ui/select";

/** The equipment codes as select options, with their French labels. */
export const CATEGORY_OPTIONS = labelledOptions(EQUIPMENT_CATEGORIES, CATEGORY_LABELS);
export const STATUS_OPTIONS = labelledOptions(EQUIPMENT_STATUSES, STATUS_LABELS);
export const USAGE_OPTIONS = labelledOptions(EQUIPMENT_USAGES, USAGE_LABELS);
export const FUNDING_OPTIONS = labelledOptions(FUNDING_SOURCES, FUNDING_LABELS);
