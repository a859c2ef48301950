import type { Metadata } from "next";
import { CollectiviteDotationsPage } from "@/components/budgets/allocations/dotations-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Attributions aux collèges" };

export default spacePage("c", "budgets/dotations", "budget.read", ({ ctx, searchParams }) => {
  return <CollectiviteDotationsPage ctx={ctx} searchParams={searchParams} />;
});
