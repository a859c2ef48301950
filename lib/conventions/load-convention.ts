import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import {
  appendMemberAuditEvent,
  partiesAuditScope,
  type MemberAuditEvent,
} from "@/lib/audit/append-audit-event";
import { canApply, type ConventionAction } from "@/lib/conventions/machine";
import {
  conventionHeaderSelect,
  stepStateSelect,
  versionHeaderSelect,
} from "@/lib/conventions/selects";

type Tx = Prisma.TransactionClient;

const lifecycleSelect = {
  ...conventionHeaderSelect,
  collectiviteId: true,
  academieCode: true,
  etablissementId: true,
  parentId: true,
  inForceVersionId: true,
  versions: {
    orderBy: { number: "desc" },
    take: 1,
    select: {
      ...versionHeaderSelect,
      frozenSha256: true,
      templateVersionId: true,
      steps: {
        orderBy: [{ order: "asc" }, { party: "asc" }],
        select: stepStateSelect,
      },
    },
  },
} as const satisfies Prisma.ConventionSelect;

export type LockedConvention = Prisma.ConventionGetPayload<{ select: typeof lifecycleSelect }> & {
  current: Prisma.ConventionGetPayload<{ select: typeof lifecycleSelect }>["versions"][number];
};

/**
 * Loads a convention of the context's scope for a transition, inside `tx`, holding its row lock
 * until the transaction ends: two people acting at once are served one after the other, and the
 * second sees the state the first left. A foreign or unknown id is NOT_FOUND.
 */
export async function lockConvention(
  tx: Tx,
  ctx: AccessContext,
  conventionId: string,
): Promise<LockedConvention> {
  const visible = await tx.convention.findFirst({
    where: { AND: [{ id: conventionId }, conventionScopeWhere(ctx)] },
    select: { id: true },
  });
  if (!visible)
    throw new AppError("NOT_FOUND", "Cette convention n'existe pas, ou vous n'y avez pas accès.");
  return unsafeLockConvention(tx, visible.id);
}

/**
 * Refuses, as a CONFLICT saying `message`, an action the locked convention's state does not allow
 * (machine.ts decides): every transition checks it on the row it has just locked.
 */
export function assertCanApply(
  convention: Pick<LockedConvention, "status" | "endsOn">,
  action: ConventionAction,
  message: string,
  today?: Date,
): void {
  if (!canApply(action, convention.status, convention.endsOn, today))
    throw new AppError("CONFLICT", message);
}

/** The same lock and load by id alone, for the demo seed (no context: it runs from the command line). */
export async function unsafeLockConvention(
  tx: Tx,
  conventionId: string,
): Promise<LockedConvention> {
  await tx.$executeRaw`SELECT 1 FROM "Convention" WHERE "id" = ${conventionId} FOR UPDATE`;
  const convention = await tx.convention.findUniqueOrThrow({
    where: { id: conventionId },
    select: lifecycleSelect,
  });
  const current = convention.versions[0];
  if (!current) throw new AppError("NOT_FOUND");
  return { ...convention, current };
}

/** Appends the event of a member's write on a convention: the convention's spaces read it. */
export function appendConventionAuditEvent(
  tx: Tx,
  ctx: AccessContext,
  convention: Parameters<typeof partiesAuditScope>[0] & { id: string },
  event: Omit<MemberAuditEvent, "scope" | "entityType" | "entityId">,
) {
  return appendMemberAuditEvent(tx, ctx, {
    scope: partiesAuditScope(convention),
    entityType: "Convention",
    entityId: convention.id,
    ...event,
  });
}
