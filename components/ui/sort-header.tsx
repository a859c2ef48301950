import Link from "next/link";
import type { ListHref } from "@/components/ui/list-href";

export interface SortableQuery {
  sort: string;
  dir: "asc" | "desc";
}

/** A column header that sorts the list by its column, announcing the current order. */
export function SortHeader({
  label,
  column,
  query,
  href,
  className = "px-3 py-2",
}: {
  label: string;
  column: string;
  query: SortableQuery;
  href: ListHref;
  className?: string;
}) {
  const active = query.sort === column;
  const nextDir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      className={className}
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
