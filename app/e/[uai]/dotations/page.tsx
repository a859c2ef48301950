import type { Metadata } from "next";
import { EtablissementDotationsPage } from "@/components/budgets/allocations/etablissement-dotations";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Dotations du collège" };

export default spacePage("e", "dotations", "allocation.read", ({ ctx, searchParams }) => {
  return <EtablissementDotationsPage ctx={ctx} searchParams={searchParams} />;
});
