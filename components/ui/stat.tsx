import type { ReactNode } from "react";

/**
 * A headline figure inside a `<dl>`: its name, its value in large tabular digits, and an
 * optional note under it (what it is compared with, where it comes from, a link to the list).
 */
export function Stat({
  label,
  value,
  className,
  valueClassName = "text-xl font-semibold tabular-nums",
  noteClassName = "text-sm",
  children,
}: {
  label: ReactNode;
  value: ReactNode;
  /** The tile around it, when it has one. */
  className?: string;
  valueClassName?: string;
  noteClassName?: string;
  /** The note, in its own `<dd>`. */
  children?: ReactNode;
}) {
  return (
    <div className={className}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className={valueClassName}>{value}</dd>
      {children ? <dd className={noteClassName}>{children}</dd> : null}
    </div>
  );
}
