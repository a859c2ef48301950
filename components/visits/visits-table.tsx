import Link from "next/link";
import type { VisitListData, VisitListItem } from "@/lib/assistance/visits-list";
import {
  HALF_DAY_LABELS,
  VISIT_STATUS_LABELS,
  type VisitStatus,
} from "@/lib/assistance/visits-vocabulary";
import { formatDate } from "@/lib/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable, type MaybeColumn } from "@/components/ui/data-table";
import { countColumn } from "@/components/ui/figure-columns";
import { listStatus } from "@/components/ui/list-page";
import type { ListHref } from "@/components/ui/list-href";

const TONES: Record<VisitStatus, BadgeTone> = {
  PREVUE: "info",
  REALISEE: "success",
  ANNULEE: "muted",
};

/** A visit's state in words, with its colour. */
export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  return (
    <Badge tone={TONES[status]} nowrap>
      {VISIT_STATUS_LABELS[status]}
    </Badge>
  );
}

/**
 * The visits of a page: for the collectivité each date links to its visit; for a collège the
 * report (or the reason of a cancellation) is read in the table.
 */
export function VisitsTable({
  data,
  caption,
  href,
  visitHref,
}: {
  data: VisitListData;
  caption: string;
  href: ListHref;
  /** The page of a visit; null in a collège's space, which reads the report here. */
  visitHref: ((id: string) => string) | null;
}) {
  const columns: MaybeColumn<VisitListItem>[] = [
    {
      key: "date",
      header: "Date",
      rowHeader: true,
      className: "whitespace-nowrap",
      cell: (v) =>
        visitHref ? (
          <Link href={visitHref(v.id)} className="font-semibold">
            {formatDate(v.plannedOn)}
          </Link>
        ) : (
          formatDate(v.plannedOn)
        ),
    },
    { key: "halfDay", header: "Demi-journée", cell: (v) => HALF_DAY_LABELS[v.halfDay] },
    visitHref && {
      key: "college",
      header: "Collège",
      cell: (v) => `${v.etablissement.name} – ${v.etablissement.communeName}`,
    },
    { key: "technician", header: "Technicien", cell: (v) => v.technician?.name ?? "À désigner" },
    { key: "status", header: "État", cell: (v) => <VisitStatusBadge status={v.status} /> },
    countColumn("incidents", "Incidents ouverts", (v) => v._count.incidents),
    !visitHref && {
      key: "report",
      header: "Compte rendu",
      className: "whitespace-pre-line",
      cell: (v) => v.report ?? "—",
    },
  ];
  return (
    <DataTable
      caption={caption}
      className="mt-4"
      columns={columns}
      rows={data.items}
      rowKey={(v) => v.id}
      rowClassName="align-top"
      status={listStatus({
        total: data.total,
        noun: "visite",
        empty: "Aucune visite ne correspond.",
        page: data.query.page,
        pageCount: data.pageCount,
      })}
      pagination={{
        page: data.query.page,
        pageCount: data.pageCount,
        href: (page) => href({ page: page === 1 ? undefined : page }),
      }}
    />
  );
}
