import "server-only";
import type { ReactNode } from "react";
import type { Permission } from "@/lib/access/permissions";
import { spacePage, type Space, type SpacePageArgs } from "@/components/layout/space-page";

/** The page of one item of a space's list, `<list>/[id]` (« /c/35/campagnes/<id> »). */
export function itemPage(
  space: Space,
  list: string,
  permission: Permission,
  render: (page: SpacePageArgs<"id">) => ReactNode | Promise<ReactNode>,
) {
  return spacePage<"id">(space, (p) => `${list}/${p.id}`, permission, render);
}
