import "server-only";
import type { ReactNode } from "react";
import type { AccessContext, ScopeRef } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";
import { getPageAccessContext } from "@/app/_server/page-access";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The three spaces: collectivité (/c/[code]), académie (/a/[code]), établissement (/e/[uai]). */
export type Space = "c" | "a" | "e";

export interface SpacePageArgs<P extends string> {
  ctx: AccessContext;
  /** The route's segments, named as in its folders (`code`, `uai`, `id`…). */
  params: Record<P, string>;
  searchParams: SearchParams;
  /** The space's URL as typed (`/c/35`). */
  base: string;
  /** This page's URL (`/c/35/inventaire`). */
  path: string;
}

/** What a space page's body component is rendered with: the member's context and the URL's query. */
export type SpacePageProps = Pick<SpacePageArgs<never>, "ctx" | "searchParams">;

function scopeOf(space: Space, key: string): ScopeRef {
  if (space === "e") return { type: "ETABLISSEMENT", uai: key };
  return { type: space === "c" ? "COLLECTIVITE" : "ACADEMIE", code: key };
}

/**
 * A page of a space: every page checks access itself (signed out → sign-in, not a member or
 * missing the permission → 404), then renders its body with the context. `path` is the page's
 * URL below the space, with the route's other params (`(p) => \`campagnes/${p.id}\``).
 */
export function spacePage<P extends string = never>(
  space: Space,
  path: string | ((params: Record<P, string>) => string),
  permission: Permission | undefined,
  render: (page: SpacePageArgs<P>) => ReactNode | Promise<ReactNode>,
) {
  return async function SpacePage(props: {
    params: Promise<Record<string, string>>;
    searchParams: Promise<SearchParams>;
  }) {
    const segments = await props.params;
    // The router fills every segment of the page's folder path, and P names some of them.
    const params = segments as Record<P, string>;
    const key = (space === "e" ? segments.uai : segments.code) ?? "";
    const base = `/${space}/${key}`;
    const below = typeof path === "function" ? path(params) : path;
    const pagePath = below ? `${base}/${below}` : base;
    const ctx = await getPageAccessContext(scopeOf(space, key), pagePath, permission);
    return render({ ctx, params, searchParams: await props.searchParams, base, path: pagePath });
  };
}
