import "server-only";
import { notFound } from "next/navigation";
import { getAccessContext, type AccessContext, type ScopeRef } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";

/**
 * For route handlers (exports, downloads): the context of the scope named by the URL, holding
 * every permission given; anything else is a 404, signed out included (a download is no page to
 * come back to).
 */
export async function getRouteAccessContext(
  scope: ScopeRef,
  ...permissions: Permission[]
): Promise<AccessContext> {
  const ctx = await getAccessContext(scope);
  if (!ctx || permissions.some((p) => !ctx.permissions.has(p))) notFound();
  return ctx;
}
