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

export const th = "px-3 py-2";
export const numeric = "px-3 py-2 text-right";

/**
 * One column per exercice of the plan (the line's cost and count that year, linking to its list),
 * then the line's total over the plan.
 */
export function planYearColumns<Line extends { perYear: readonly PlanCell[]; total: PlanCell }>(
  years: readonly number[],
  link: (line: Line, year: number) => { href: string; label: string },
): Column<Line>[] {
  return [
    ...years.map((year, i) => ({
      key: String(year),
      header: year,
      numeric: true,
      cell: (line: Line) => {
        const { href, label } = link(line, year);
        return <PlanCellValue cell={line.perYear[i]!} href={href} linkLabel={label} />;
      },
    })),
    {
      key: "total",
      header: "Total",
      numeric: true,
      cell: (line) => <PlanCellValue cell={line.total} />,
    },
  ];
}
