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
import { InputField } from "@/components/ui/field";
import { labelledOptions, SelectField } from "@/components/ui/select";
import { DepartementSelect } from "@/components/inventory/college-filter-fields";

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
  return (
    <FilterForm action={listHref}>
      <InputField
        id="q"
        name="q"
        type="search"
        label="Rechercher (série, inventaire, modèle, emplacement)"
        defaultValue={query.q ?? ""}
        fieldClassName="lg:col-span-2"
      />
      {etablissements.length > 0 ? (
        <SelectField
          id="uai"
          name="uai"
          label="Établissement"
          defaultValue={query.uai ?? ""}
          emptyLabel="Tous"
          options={etablissements.map((e) => ({
            value: e.uai,
            label: `${e.name} – ${e.communeName} (${e.uai})`,
          }))}
          fieldClassName="lg:col-span-2"
        />
      ) : null}
      {departements && departements.length > 1 ? (
        <DepartementSelect departements={departements} value={query.departement} />
      ) : null}
      <SelectField
        id="category"
        name="category"
        label="Catégorie"
        defaultValue={query.category ?? ""}
        emptyLabel="Toutes"
        options={labelledOptions(EQUIPMENT_CATEGORIES, CATEGORY_LABELS)}
      />
      <SelectField
        id="status"
        name="status"
        label="Statut"
        defaultValue={query.status ?? ""}
        emptyLabel="Tous"
        options={labelledOptions(EQUIPMENT_STATUSES, STATUS_LABELS)}
      />
      <SelectField
        id="usage"
        name="usage"
        label="Usage"
        defaultValue={query.usage ?? ""}
        emptyLabel="Tous"
        options={labelledOptions(EQUIPMENT_USAGES, USAGE_LABELS)}
      />
      <SelectField
        id="funding"
        name="funding"
        label="Financement"
        defaultValue={query.funding ?? ""}
        emptyLabel="Tous"
        options={labelledOptions(FUNDING_SOURCES, FUNDING_LABELS)}
      />
      <InputField
        id="before"
        name="before"
        type="number"
        label="Acquis avant l'année"
        min={1980}
        max={2100}
        inputMode="numeric"
        defaultValue={query.before ?? ""}
        hint="Par exemple 2021 : acquis jusqu'au 31/12/2020."
      />
    </FilterForm>
  );
}
