import Link from "next/link";
import { formatInteger } from "@/lib/format";

export function Pagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)}>← Page précédente</Link>
      ) : (
        <span className="text-slate-600">← Page précédente</span>
      )}
      <span>
        Page {formatInteger(page)} sur {formatInteger(pageCount)}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)}>Page suivante →</Link>
      ) : (
        <span className="text-slate-600">Page suivante →</span>
      )}
    </nav>
  );
}
