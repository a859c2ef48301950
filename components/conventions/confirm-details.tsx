import type { ComponentProps, ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";

/**
 * A grave act on a convention folded away behind its summary: opening it shows what it implies
 * and the form, whose button is red (withdraw to draft, terminate).
 */
export function ConfirmDetails({
  summary,
  intro,
  ...form
}: { summary: ReactNode; intro?: ReactNode } & ComponentProps<typeof ActionForm>) {
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      {intro}
      <ActionForm tone="danger" className="mt-3 space-y-3" {...form} />
    </details>
  );
}
