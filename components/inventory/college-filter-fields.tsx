/** The search field of the collège lists' filter forms (GET, `q`). */
export function CollegeSearchField({
  value,
  className,
}: {
  value: string | undefined;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor="q" className="block text-sm font-medium">
        Rechercher un collège (nom, commune, UAI)
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={value ?? ""}
        className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
      />
    </div>
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
    <div>
      <label htmlFor="departement" className="block text-sm font-medium">
        Département
      </label>
      <select
        id="departement"
        name="departement"
        defaultValue={value ?? ""}
        className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
      >
        <option value="">Tous</option>
        {departements.map((d) => (
          <option key={d.code} value={d.code}>
            {d.code} – {d.name}
          </option>
        ))}
      </select>
    </div>
  );
}
