import type { SelectOption } from "@/components/ui/select";
import type { InputFilter, SelectFilter } from "@/components/ui/filter-fields";

/** Collèges as filter options: « name – commune (UAI) », or « name (UAI) » when no commune is given. */
export function collegeOptions(
  colleges: readonly { uai: string; name: string; communeName?: string }[],
): SelectOption[] {
  return colleges.map((c) => ({
    value: c.uai,
    label: c.communeName ? `${c.name} – ${c.communeName} (${c.uai})` : `${c.name} (${c.uai})`,
  }));
}

/** The search field of the collège lists' filter forms (GET, `q`). */
export function collegeSearchFilter(className?: string): InputFilter {
  return {
    name: "q",
    type: "search",
    label: "Rechercher un collège (nom, commune, UAI)",
    className,
  };
}

/** The département select of the collège lists' filter forms (GET, `departement`), « Tous » first. */
export function departementFilter(
  departements: readonly { code: string; name: string }[],
): SelectFilter {
  return {
    name: "departement",
    label: "Département",
    all: "Tous",
    options: departements.map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` })),
  };
}
