import type { Metadata } from "next";
import { RenewalPlanPage } from "@/components/inventory/plan/renewal-plan-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Plan de renouvellement" };

export default spacePage("e", "inventaire/plan", "inventory.read", ({ ctx, searchParams }) => {
  return <RenewalPlanPage ctx={ctx} searchParams={searchParams} />;
});
