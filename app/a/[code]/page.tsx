import type { Metadata } from "next";
import { can } from "@/lib/access/context";
import { getPageAccessContext } from "@/lib/access/page-context";
import { getAcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { getConventionsToSign } from "@/lib/dashboards/academie-to-sign";
import { AcademieDashboardView } from "@/components/dashboards/academie/academie-dashboard-view";

export const metadata: Metadata = { title: "Tableau de bord de l'académie" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AcademieDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const { code } = await params;
  const ctx = await getPageAccessContext(
    { type: "ACADEMIE", code },
    `/a/${code}`,
    "dashboard.read",
  );
  const query = await searchParams;
  const [dashboard, toSign] = await Promise.all([
    getAcademieDashboard(ctx, query),
    getConventionsToSign(ctx),
  ]);
  return (
    <AcademieDashboardView
      dashboard={dashboard}
      toSign={toSign}
      base={`/a/${code}`}
      signer={can(ctx, "convention.sign")}
    />
  );
}
