import "server-only";
import { getEluDashboard } from "@/lib/dashboards/collectivite-dashboard";
import type { SpacePageArgs } from "@/components/layout/space-page";

/** What the elected official's dashboard and its printable synthesis both show. */
export async function eluDashboardProps({ ctx, params, searchParams }: SpacePageArgs<"code">) {
  return {
    ctx,
    code: params.code,
    collectivite: ctx.scope.type === "COLLECTIVITE" ? ctx.scope.name : "",
    data: await getEluDashboard(ctx, searchParams),
  };
}
