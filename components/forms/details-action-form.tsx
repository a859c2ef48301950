import type { ComponentProps, ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";

/**
 * An ActionForm folded behind its summary, opened on demand (refusing, withdrawing,
 * terminating…), with an optional paragraph before its fields.
 */
export function DetailsActionForm({
  summary,
  intro,
  className = "mt-3 space-y-3",
  ...form
}: ComponentProps<typeof ActionForm> & { summary: ReactNode; intro?: ReactNode }) {
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      {intro ? <p className="mt-2 text-sm">{intro}</p> : null}
      <ActionForm className={className} {...form} />
    </details>
  );
}
