import type { Metadata } from "next";
import { getAutorisation } from "@/lib/budgets/autorisations";
import { AutorisationDetailView } from "@/components/budgets/autorisation-views";
import { orNotFound } from "@/app/_server/or-not-found";
import { budgetPage } from "@/app/_pages/budget-page";
import { searchParam } from "@/app/_pages/search-param";

export const metadata: Metadata = { title: "Autorisation de programme ou d'engagement" };

export default budgetPage<"id">(
  (p) => `budgets/autorisations/${p.id}`,
  "budget.read",
  "autorisations",
  async ({ ctx, params, searchParams, budgets }) => (
    <AutorisationDetailView
      a={await orNotFound(getAutorisation(ctx, params.id))}
      base={budgets}
      code={params.code}
      canWrite={ctx.permissions.has("budget.write")}
      done={searchParam(searchParams, "fait")}
    />
  ),
);
