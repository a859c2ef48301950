import type { ReactNode } from "react";
import { BackHeading } from "@/components/ui/back-heading";

/** One line of a detail view: what it is, and its value. */
export type DetailRow = readonly [term: string, value: ReactNode];

/**
 * A `<dl>` of term/value pairs laid out as two columns on wide screens. The terms are the keys:
 * a detail view never names the same thing twice.
 */
export function DetailList({
  rows,
  className = "grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]",
  termClassName = "font-medium text-slate-800",
}: {
  rows: readonly DetailRow[];
  className?: string;
  termClassName?: string;
}) {
  return (
    <dl className={className}>
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className={termClassName}>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A record's page: a link back to its list, its title, its creation message as a status right after
 * it was created (`?fait=creation`), its details in a bordered card, then whatever follows.
 */
export function DetailPage({
  titleId,
  title,
  backHref,
  backLabel,
  done,
  createdMessage,
  rows,
  children,
}: {
  titleId: string;
  title: ReactNode;
  backHref: string;
  backLabel: ReactNode;
  done?: string;
  createdMessage: string;
  rows: readonly DetailRow[];
  children?: ReactNode;
}) {
  return (
    <article aria-labelledby={titleId} className="space-y-6">
      <BackHeading href={backHref} label={backLabel} title={title} titleId={titleId} />
      {done === "creation" ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          {createdMessage}
        </p>
      ) : null}
      <DetailList
        rows={rows}
        className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]"
      />
      {children}
    </article>
  );
}
