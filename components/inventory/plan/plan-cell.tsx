import type { ReactNode } from "react";
import Link from "next/link";
import type { PlanCell } from "@/lib/inventory/renewal-plan";
import { formatCents, plural } from "@/lib/format";
import type { Column } from "@/components/ui/data-table";

/** A cost with its count below; a link to the equipment behind it when there is some. */
export function PlanCellValue({
  cell,
  href,
  linkLabel,
}: {
  cell: PlanCell;
  href?: string;
  linkLabel?: string;
}) {
  if (cell.count === 0)
    return (
      <span className="text-slate-700">
        —<span className="sr-only"> aucun équipement</span>
      </span>
    );
  const count = plural(cell.count, "équipement");
  return (
    <>
      <span className="block font-medium tabular-nums">{formatCents(cell.costCents)}</span>
      <span className="block text-xs text-slate-700">
        {href ? (
          <Link href={href}>
            {count}
            <span className="sr-only"> {linkLabel}</span>
          </Link>
        ) : (
          count
        )}
      </span>
    </>
  );
}

/** One column per exercice of the plan: the line's cost and count that year, linking to its list. */
export function planYearColumns<Line extends { perYear: readonly PlanCell[] }>(
  years: readonly number[],
  link: (line: Line, year: number) => { href: string; label: string },
): Column<Line>[] {
  return years.map((year, i) => ({
    key: String(year),
    header: year,
    numeric: true,
    cell: (line) => {
      const { href, label } = link(line, year);
      return <PlanCellValue cell={line.perYear[i]!} href={href} linkLabel={label} />;
    },
  }));
}

/** The columns after the exercices: the line's total, then what falls after the last one or cannot be planned. */
export function planTailColumns<Line extends { total: PlanCell }>(
  lastYear: number,
  cells: { beyond: (line: Line) => ReactNode; unplannable: (line: Line) => ReactNode },
): Column<Line>[] {
  return [
    {
      key: "total",
      header: "Total",
      numeric: true,
      cell: (line) => <PlanCellValue cell={line.total} />,
    },
    { key: "beyond", header: `Au-delà de ${lastYear}`, numeric: true, cell: cells.beyond },
    { key: "unplannable", header: "Non planifiables", numeric: true, cell: cells.unplannable },
  ];
}
