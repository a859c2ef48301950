import type { ReactNode } from "react";

/** The data behind a chart or a map, folded in a « Voir les données… » disclosure, open unless said otherwise. */
export function DataDisclosure({
  summary,
  open = true,
  children,
}: {
  summary: string;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details open={open}>
      <summary className="cursor-pointer text-sm font-medium text-blue-800">{summary}</summary>
      {children}
    </details>
  );
}
