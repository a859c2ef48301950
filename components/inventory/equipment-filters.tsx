import type { EquipmentListData } from "@/lib/inventory/list-equipment";
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
import { FilterForm } from "@/components/ui/filter-form";
import type { SelectFilter } from "@/components/ui/filter-fields";
import { labelledOptions } from "@/components/ui/select";
import { collegeOptions, departementFilter } from "@/components/inventory/college-filter-fields";

const CATEGORY_OPTIONS = labelledOptions(EQUIPMENT_CATEGORIES, CATEGORY_LABELS);
const STATUS_OPTIONS = labelledOptions(EQUIPMENT_STATUSES, STATUS_LABELS);
const USAGE_OPTIONS = labelledOptions(EQUIPMENT_USAGES, USAGE_LABELS);
const FUNDING_OPTIONS = labelledOptions(FUNDING_SOURCES, FUNDING_LABELS);

/** The equipment category filter (`category`), « Toutes » first; the plan's form names it plan-category. */
export function categoryFilter(id?: string): SelectFilter {
  return { name: "category", id, label: "Catégorie", all: "Toutes", options: CATEGORY_OPTIONS };
}

/** The equipment list's filters (GET): search, collège, département, category, status… */
export function EquipmentFilters({
  query,
  listHref,
  etablissements,
  departements,
}: {
  query: EquipmentListData["query"];
  listHref: string;
  etablissements: { uai: string; name: string; communeName: string }[];
  departements?: { code: string; name: string }[];
}) {
  const search = "Rechercher (série, inventaire, modèle, emplacement)";
  return (
    <FilterForm
      action={listHref}
      values={query}
      filters={[
        { name: "q", type: "search", label: search, className: "lg:col-span-2" },
        etablissements.length > 0 && {
          name: "uai",
          label: "Établissement",
          all: "Tous",
          options: collegeOptions(etablissements),
          className: "lg:col-span-2",
        },
        departements && departements.length > 1 && departementFilter(departements),
        categoryFilter(),
        { name: "status", label: "Statut", all: "Tous", options: STATUS_OPTIONS },
        { name: "usage", label: "Usage", all: "Tous", options: USAGE_OPTIONS },
        { name: "funding", label: "Financement", all: "Tous", options: FUNDING_OPTIONS },
        {
          name: "before",
          type: "number",
          label: "Acquis avant l'année",
          min: 1980,
          max: 2100,
          hint: "Par exemple 2021 : acquis jusqu'au 31/12/2020.",
        },
      ]}
    />
  );
}
