import "server-only";
import type { ReactNode } from "react";
import { spacePage, type Space, type SpacePageArgs } from "@/components/layout/space-page";

/** The home of a space: its dashboard, for whoever may read it. */
export function dashboardPage<P extends string = never>(
  space: Space,
  render: (page: SpacePageArgs<P>) => ReactNode | Promise<ReactNode>,
) {
  return spacePage<P>(space, "", "dashboard.read", render);
}
