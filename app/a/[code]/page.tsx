import type { Metadata } from "next";
import { can } from "@/lib/access/context";
import { getAcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { getConventionsToSign } from "@/lib/dashboards/academie-to-sign";
import { AcademieDashboardView } from "@/components/dashboards/academie/academie-dashboard-view";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Tableau de bord de l'académie" };

export default spacePage<"code">(
  "a",
  "",
  "dashboard.read",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const query = searchParams;
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
  },
);
