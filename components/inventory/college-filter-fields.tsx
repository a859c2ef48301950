import { InputField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";

/** The search field of the collège lists' filter forms (GET, `q`). */
export function CollegeSearchField({
  value,
  className,
}: {
  value: string | undefined;
  className?: string;
}) {
  return (
    <InputField
      id="q"
      name="q"
      type="search"
      label="Rechercher un collège (nom, commune, UAI)"
      defaultValue={value ?? ""}
      fieldClassName={className}
    />
  );
}

/** The département select of the collège lists' filter forms (GET, `departement`), « Tous » first. */
export function DepartementSelect({
  departements,
  value,
}: {
  departements: readonly { code: string; name: string }[];
  value: string | undefined;
}) {
  return (
    <SelectField
      id="departement"
      name="departement"
      label="Département"
      defaultValue={value ?? ""}
      emptyLabel="Tous"
      options={departements.map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` }))}
    />
  );
}
