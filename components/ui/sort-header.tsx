import Link from "next/link";

interface SortableQuery {
  sort: string;
  dir: "asc" | "desc";
}

/** A column header that sorts the list by its column, announcing the current order. */
export function SortHeader({
  label,
  column,
  query,
  href,
}: {
  label: string;
  column: string;
  query: SortableQuery;
  href: (overrides: Record<string, string | number | undefined>) => string;
}) {
  const active = query.sort === column;
  const nextDir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      className="px-3 py-2"
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        href={href({ sort: column, dir: nextDir === "asc" ? undefined : "desc", page: undefined })}
        className="text-slate-900"
      >
        {label}
        <span className="sr-only">
          , trier {nextDir === "asc" ? "par ordre croissant" : "par ordre décroissant"}
        </span>
        {active ? <span aria-hidden="true"> {query.dir === "asc" ? "▲" : "▼"}</span> : null}
      </Link>
    </th>
  );
}
