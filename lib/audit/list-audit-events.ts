import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { auditScopeWhere } from "@/lib/access/scope-where";
import { parisMidnight } from "@/lib/dates";
import { describeAuditEntities } from "@/lib/audit/entity-names";
import { auditVisibilityWhere, redactForPlatform } from "@/lib/audit/visibility";
import { listAuditEventsSchema, type ListAuditEventsQuery } from "@/lib/audit/schemas";
import { pageCountOf } from "@/lib/pagination";

const auditEventListSelect = {
  seq: true,
  occurredAt: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  collectiviteId: true,
  academieCode: true,
  etablissementId: true,
} as const;

type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventListSelect }>;

export type AuditEventListItem = Omit<
  AuditEventRow,
  "collectiviteId" | "academieCode" | "etablissementId"
> & {
  /** The values were written in a space and are withheld from the platform's operators. */
  redacted: boolean;
  /** The object in words (a convention's reference, a need's collège…), null when unknown or redacted. */
  entityName: string | null;
};

function filtersWhere(query: ListAuditEventsQuery): Prisma.AuditEventWhereInput[] {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (query.action) and.push({ action: { startsWith: query.action } });
  if (query.entityType) and.push({ entityType: query.entityType });
  if (query.actor) and.push({ actorLabel: { contains: query.actor, mode: "insensitive" } });
  if (query.from) and.push({ occurredAt: { gte: parisMidnight(query.from) } });
  if (query.to) and.push({ occurredAt: { lt: parisMidnight(query.to, 1) } });
  return and;
}

/** The audit journal of the context's space, newest first, filtered and paginated (input: URL params). */
export async function listAuditEvents(ctx: AccessContext, input: unknown) {
  assertCan(ctx, "audit.read");
  const query = listAuditEventsSchema.parse(input);
  const scope: Prisma.AuditEventWhereInput = {
    AND: [auditScopeWhere(ctx), await auditVisibilityWhere(ctx)],
  };
  const where: Prisma.AuditEventWhereInput = { AND: [scope, ...filtersWhere(query)] };
  const [items, total, actionGroups] = await Promise.all([
    db.auditEvent.findMany({
      where,
      select: auditEventListSelect,
      orderBy: { seq: "desc" },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.auditEvent.count({ where }),
    // GROUP BY in SQL: the dropdown lists only what this space's journal holds.
    db.auditEvent.groupBy({ by: ["action"], where: scope, orderBy: { action: "asc" } }),
  ]);
  const shown = items.map(({ collectiviteId, academieCode, etablissementId, ...event }) =>
    redactForPlatform(ctx, event, Boolean(collectiviteId || academieCode || etablissementId)),
  );
  const names = await describeAuditEntities(shown.filter((e) => !e.redacted));
  return {
    items: shown.map((e): AuditEventListItem => ({
      ...e,
      entityName: e.redacted ? null : (names.get(`${e.entityType}:${e.entityId}`) ?? null),
    })),
    total,
    query,
    pageCount: pageCountOf(total, query.pageSize),
    actions: actionGroups.map((g) => g.action),
  };
}

export type AuditJournalData = Awaited<ReturnType<typeof listAuditEvents>>;
