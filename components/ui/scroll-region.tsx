import type { ReactNode } from "react";

/**
 * The box a wide table scrolls in, so that the page itself never scrolls sideways on a phone.
 * It is named (role="region") and focusable, so that keyboard users can scroll it with the arrow
 * keys even when it holds no link (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function ScrollRegion({
  label,
  labelledBy,
  className = "mt-2",
  children,
}: {
  label?: string;
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      aria-labelledby={label ? undefined : labelledBy}
      tabIndex={0}
      className={`relative overflow-x-auto rounded-lg border border-slate-200 bg-white ${className}`}
    >
      {children}
    </div>
  );
}
