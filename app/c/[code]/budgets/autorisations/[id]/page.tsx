import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPageAccessContext } from "@/lib/access/page-context";
import { isAppError } from "@/lib/errors";
import { getAutorisation } from "@/lib/budgets/autorisations";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { AutorisationDetailView } from "@/components/budgets/autorisation-views";

export const metadata: Metadata = { title: "Autorisation de programme ou d'engagement" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string; id: string }>;
  searchParams: SearchParams;
}) {
  const { code, id } = await params;
  const base = `/c/${code}/budgets`;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `${base}/autorisations/${id}`,
    "budget.read",
  );
  const autorisation = await getAutorisation(ctx, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { fait } = await searchParams;
  return (
    <>
      <BudgetTabs base={base} current="autorisations" ctx={ctx} />
      <AutorisationDetailView
        a={autorisation}
        base={base}
        code={code}
        canWrite={ctx.permissions.has("budget.write")}
        done={typeof fait === "string" ? fait : undefined}
      />
    </>
  );
}
