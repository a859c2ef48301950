import "server-only";
import type { ReactNode } from "react";
import type { Permission } from "@/lib/access/permissions";
import { getPageAccessContext } from "@/app/_server/page-access";
import type { SearchParams, SpacePageArgs } from "@/components/layout/space-page";

const base = "/plateforme";

/**
 * A page of the platform's administration, the counterpart of `spacePage` (the same access
 * check, the same arguments to `render` with `base` « /plateforme »): one page body serves both.
 */
export function platformPage<P extends string = never>(
  path: string | ((params: Record<P, string>) => string),
  permission: Permission | undefined,
  render: (page: SpacePageArgs<P>) => ReactNode | Promise<ReactNode>,
) {
  return async function PlatformPage({
    params,
    searchParams,
  }: {
    params: Promise<Record<string, string>>;
    searchParams: Promise<SearchParams>;
  }) {
    const segments = (await params) as Record<P, string>;
    const below = typeof path === "function" ? path(segments) : path;
    const pagePath = [base, below].filter(Boolean).join("/");
    const ctx = await getPageAccessContext({ type: "PLATFORM" }, pagePath, permission);
    return render({
      ctx,
      params: segments,
      searchParams: await searchParams,
      base,
      path: pagePath,
    });
  };
}
