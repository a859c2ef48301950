import type { ReactNode } from "react";
import type { AmountsByKind } from "@/lib/budgets/allocations-per-pupil";
import { ALLOCATION_KIND_LABELS, ALLOCATION_KINDS } from "@/lib/budgets/labels";
import { formatCents } from "@/lib/format";
import { Stat } from "@/components/ui/stat";

/**
 * The headline figures of an exercice's allocations: total, pupils, euros per pupil, and
 * (on the dotations pages) the total of each kind.
 */
export function AllocationStats({
  className,
  totalCents,
  totalNote,
  pupilsLabel = "Élèves",
  pupils,
  pupilsNote,
  perPupilCents,
  byKind,
}: {
  className: string;
  totalCents: bigint;
  /** Under the total: the link to the allocations, or why there are none. */
  totalNote?: ReactNode;
  pupilsLabel?: string;
  pupils: ReactNode;
  /** Under the pupils: which count it is. */
  pupilsNote?: ReactNode;
  perPupilCents: bigint | null;
  byKind?: AmountsByKind;
}) {
  return (
    <dl className={className}>
      <Stat label="Total attribué" value={formatCents(totalCents)}>
        {totalNote}
      </Stat>
      <Stat label={pupilsLabel} value={pupils} noteClassName="text-xs text-slate-700">
        {pupilsNote}
      </Stat>
      <Stat
        label="Euros par élève"
        value={perPupilCents === null ? "non calculable" : formatCents(perPupilCents)}
      />
      {byKind
        ? ALLOCATION_KINDS.map((kind) => (
            <Stat
              key={kind}
              label={ALLOCATION_KIND_LABELS[kind]}
              value={formatCents(byKind[kind])}
              valueClassName="font-semibold tabular-nums"
            />
          ))
        : null}
    </dl>
  );
}
