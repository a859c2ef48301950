import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getAccessContext, type AccessContext, type ScopeRef } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";

/**
 * For pages: signed out → sign-in page (then back here); not a member of the scope, or missing
 * the permission → 404, the same answer as a scope that does not exist.
 */
export async function getPageAccessContext(
  scope: ScopeRef,
  currentPath: string,
  permission?: Permission,
): Promise<AccessContext> {
  const ctx = await getAccessContext(scope);
  if (!ctx) {
    if (!(await getSessionUser()))
      redirect(`/connexion?callbackUrl=${encodeURIComponent(currentPath)}`);
    notFound();
  }
  if (permission && !ctx.permissions.has(permission)) notFound();
  return ctx;
}
