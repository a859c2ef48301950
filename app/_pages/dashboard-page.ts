import "server-only";
import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { can } from "@/lib/access/context";
import { spacePage, type Space, type SpacePageArgs } from "@/components/layout/space-page";

/**
 * The home of a space: its dashboard, for whoever may read it. A member with no dashboard but
 * the incidents (a collectivité's technician) lands on the assistance queue instead.
 */
export function dashboardPage<P extends string = never>(
  space: Space,
  render: (page: SpacePageArgs<P>) => ReactNode | Promise<ReactNode>,
) {
  return spacePage<P>(space, "", "space.read", (page) => {
    if (can(page.ctx, "dashboard.read")) return render(page);
    if (can(page.ctx, "incident.read")) redirect(`${page.base}/assistance`);
    notFound();
  });
}
