import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type AccessContext } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";
import { seesDecisions, seesOpinions } from "@/lib/campaigns/scope";
import { needScopeWhere } from "@/lib/access/campaign-scope";

/**
 * Each family of audit actions and the permission that reads the same facts on the domain pages.
 * The journal of a space shows a family only to a context holding that permission: an académie
 * (no `allocation.read`) never reads a collège's dotations through the journal, a référent never
 * reads the people of their collège.
 */
export const AUDIT_FAMILY_PERMISSION: Readonly<Record<string, Permission>> = {
  "convention.": "convention.read",
  "template.": "convention.read",
  "equipment.": "inventory.read",
  "referential.": "inventory.read",
  "budget.": "budget.read",
  "allocation.": "allocation.read",
  "campaign.": "campaign.read",
  "need.": "campaign.read",
  "member.": "member.read",
  "invitation.": "member.read",
  "etablissement.": "etablissement.read",
  "effectifs.": "etablissement.read",
  "ips.": "etablissement.read",
  "visit.": "incident.read",
  "governance.": "governance.read",
};

/** The families a context may not read in its journal. */
export function hiddenAuditFamilies(ctx: AccessContext): string[] {
  if (ctx.scope.type === "PLATFORM") return [];
  return Object.entries(AUDIT_FAMILY_PERMISSION)
    .filter(([, permission]) => !can(ctx, permission))
    .map(([family]) => family);
}

/**
 * What the journal hides from a context, as a where clause: the families above, and until a
 * campaign is arbitrated the académie's opinions (from a collège) and the collectivité's decisions
 * (from a collège and the académie), exactly as the campaign pages mask them.
 */
export async function auditVisibilityWhere(
  ctx: AccessContext,
): Promise<Prisma.AuditEventWhereInput> {
  const hidden: Prisma.AuditEventWhereInput[] = hiddenAuditFamilies(ctx).map((family) => ({
    action: { startsWith: family },
  }));
  const maskedActions = [
    ...(seesOpinions(ctx, "OUVERTE") ? [] : ["need.opinion"]),
    ...(seesDecisions(ctx, "OUVERTE") ? [] : ["need.decision"]),
  ];
  if (maskedActions.length > 0 && can(ctx, "campaign.read")) {
    const pending = await db.needRequest.findMany({
      where: { AND: [needScopeWhere(ctx), { campaign: { status: { not: "ARBITREE" } } }] },
      select: { id: true },
    });
    if (pending.length > 0) {
      hidden.push({
        action: { in: maskedActions },
        entityType: "NeedRequest",
        entityId: { in: pending.map((n) => n.id) },
      });
    }
  }
  return hidden.length > 0 ? { NOT: { OR: hidden } } : {};
}

/**
 * Platform operators see every space's events — who did what, when, on which object — to answer
 * support requests and check the chain, but not the values a space wrote: before/after are shown
 * only for the platform's own events (registry imports, platform members).
 */
export function redactForPlatform<T extends { before: unknown; after: unknown }>(
  ctx: AccessContext,
  event: T,
  writtenInSpace: boolean,
): T & { redacted: boolean } {
  if (ctx.scope.type !== "PLATFORM" || !writtenInSpace) return { ...event, redacted: false };
  return { ...event, before: null, after: null, redacted: true };
}
