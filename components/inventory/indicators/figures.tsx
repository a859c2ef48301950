import Link from "next/link";
import { formatDecimal, formatInteger } from "@/lib/format";
import { schoolYearOf } from "@/lib/inventory/schemas";
import type { MaybeColumn } from "@/components/ui/data-table";
import { hrefWithQuery } from "@/components/ui/list-href";

/** « — » for a figure that cannot be computed, named for screen readers. */
export function NotComputable({ reason = "non calculable" }: { reason?: string }) {
  return (
    <>
      <span aria-hidden="true" title={reason}>
        —
      </span>
      <span className="sr-only">{reason}</span>
    </>
  );
}

/** A ratio with one decimal (« 33,8 »), a percentage (« 42,0 % ») or a count, or « — ». */
export function Figure({
  value,
  kind = "decimal",
  reason,
}: {
  value: number | null;
  kind?: "decimal" | "percent" | "integer";
  reason?: string;
}) {
  if (value === null) return <NotComputable reason={reason} />;
  if (kind === "integer") return <>{formatInteger(value)}</>;
  return <>{kind === "percent" ? `${formatDecimal(value)} %` : formatDecimal(value)}</>;
}

/** Numbers the distinct sources of the effectifs shown, for a note under a table. */
export function effectifSources(
  rows: readonly { effectif: { source: string } | null }[],
): Map<string, number> {
  const sources = new Map<string, number>();
  for (const row of rows)
    if (row.effectif && !sources.has(row.effectif.source))
      sources.set(row.effectif.source, sources.size + 1);
  return sources;
}

/** Below a table: « Source 1 : … », saying which rentrée the effectifs are of (the latest of each collège by default). */
export function EffectifSourcesNote({
  sources,
  rentree = null,
}: {
  sources: Map<string, number>;
  rentree?: number | null;
}) {
  if (sources.size === 0) return null;
  return (
    <div className="mt-2 text-xs text-slate-700">
      <p>
        Sources des effectifs (
        {rentree === null
          ? "dernière rentrée connue de chaque collège"
          : `rentrée ${schoolYearOf(rentree)}`}
        ) :
      </p>
      <ul className="list-none">
        {[...sources].map(([source, n]) => (
          <li key={n}>
            Source {n} : {source}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface CollegeRow {
  uai: string;
  name: string;
  communeName: string;
  departementCode: string;
  effectif: { total: number; rentree: number; source: string } | null;
}

/** Figures in a column: right-aligned, tabular digits. */
export const FIGURE_CELL = "text-right tabular-nums";

/**
 * The first columns of a collège's row in the indicator and gap tables: its name (linking to its
 * equipment), its département when several are listed, and its pupils with their numbered source.
 */
export function collegeColumns<Row extends CollegeRow>({
  equipmentHref,
  showDepartement,
  sources,
}: {
  equipmentHref: string;
  showDepartement: boolean;
  sources: Map<string, number>;
}): MaybeColumn<Row>[] {
  return [
    {
      key: "name",
      header: "Collège",
      sort: "name",
      cell: (row) => (
        <>
          <Link href={hrefWithQuery(equipmentHref, { uai: row.uai })}>{row.name}</Link>
          <span className="block text-xs text-slate-700">
            <span className="font-mono">{row.uai}</span> · {row.communeName}
          </span>
        </>
      ),
    },
    showDepartement && {
      key: "departement",
      header: "Dép.",
      sort: "departement",
      cell: (row) => row.departementCode,
    },
    {
      key: "effectif",
      header: "Élèves",
      sort: "effectif",
      className: FIGURE_CELL,
      cell: (row) =>
        row.effectif ? (
          <>
            {formatInteger(row.effectif.total)}
            <span className="block text-xs text-slate-700">
              rentrée {row.effectif.rentree}, source {sources.get(row.effectif.source)}
            </span>
          </>
        ) : (
          <span className="text-slate-700">inconnu</span>
        ),
    },
  ];
}
