import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { requireCollectivite } from "@/lib/access/require-scope";
import { todayInParisIso } from "@/lib/dates";
import { findPage } from "@/lib/pagination";
import { incidentScopeWhere } from "@/lib/assistance/incident-scope";
import { listVisitsSchema } from "@/lib/assistance/visits-schemas";
import {
  VISIT_NOT_FOUND,
  visitorMembershipWhere,
  visitScopeWhere,
} from "@/lib/assistance/visits-scope";

export const visitListSelect = {
  id: true,
  plannedOn: true,
  halfDay: true,
  status: true,
  report: true,
  doneAt: true,
  technician: { select: { id: true, name: true } },
  etablissement: { select: { uai: true, name: true, communeName: true } },
  _count: { select: { incidents: true } },
} as const satisfies Prisma.VisitSelect;

export type VisitListItem = Prisma.VisitGetPayload<{ select: typeof visitListSelect }>;

/** The first day of a month AAAA-MM and of the next one, as @db.Date values. */
function monthRange(month: string) {
  const start = new Date(`${month}-01T00:00:00Z`);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + 1);
  return { gte: start, lt: end };
}

/**
 * The visits a context may read, filtered by the URL (collège, technician, month, state): a
 * collectivité reads one month at a time (the current one by default), in the order of the
 * days; a collège reads all of its own, the latest first.
 */
export async function listVisits(ctx: AccessContext, input: unknown, now = new Date()) {
  const scope = visitScopeWhere(ctx);
  const parsed = listVisitsSchema.parse(input);
  const byMonth = ctx.scope.type === "COLLECTIVITE";
  const query = {
    ...parsed,
    month: parsed.month ?? (byMonth ? todayInParisIso(now).slice(0, 7) : undefined),
    pageSize: 50,
  };
  const and: Prisma.VisitWhereInput[] = [scope];
  if (query.month) and.push({ plannedOn: monthRange(query.month) });
  if (query.uai) and.push({ etablissement: { uai: query.uai } });
  if (query.technicianId) and.push({ technicianId: query.technicianId });
  if (query.status) and.push({ status: query.status });
  const where = { AND: and };
  const dir = byMonth ? "asc" : "desc";
  return findPage(
    query,
    (window) =>
      db.visit.findMany({
        where,
        select: visitListSelect,
        orderBy: [
          { plannedOn: dir },
          { halfDay: "asc" },
          { etablissement: { name: "asc" } },
          { id: "asc" },
        ],
        ...window,
      }),
    () => db.visit.count({ where }),
  );
}

export type VisitListData = Awaited<ReturnType<typeof listVisits>>;

/** One visit of the context's scope, with its collège and technician; a foreign id is NOT_FOUND. */
export async function getVisit(ctx: AccessContext, visitId: string) {
  const visit = await db.visit.findFirst({
    where: { AND: [{ id: visitId }, visitScopeWhere(ctx)] },
    select: {
      ...visitListSelect,
      createdAt: true,
      etablissement: { select: { uai: true, name: true, communeName: true, sectorId: true } },
    },
  });
  if (!visit) throw new AppError("NOT_FOUND", VISIT_NOT_FOUND);
  return visit;
}

export type VisitDetail = Awaited<ReturnType<typeof getVisit>>;

/** The incidents opened from a visit, that the context may see. */
export async function listVisitIncidents(ctx: AccessContext, visitId: string) {
  const visit = await getVisit(ctx, visitId);
  return db.incident.findMany({
    where: { AND: [{ visitId: visit.id }, incidentScopeWhere(ctx)] },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      urgency: true,
      reportedAt: true,
    },
    orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
  });
}

/**
 * What the plan and filter forms offer: the open collèges of the planner's perimeter, and the
 * people who may visit them (agents anywhere, field staff of the planner's secteurs).
 */
export async function visitFormOptions(ctx: AccessContext) {
  const collectivite = requireCollectivite(ctx, "visit.manage");
  const [colleges, memberships] = await Promise.all([
    db.etablissement.findMany({
      where: { AND: [etablissementScopeWhere(ctx), { etat: "OUVERT" }] },
      select: { uai: true, name: true, communeName: true },
      orderBy: [{ name: "asc" }, { uai: "asc" }],
    }),
    db.membership.findMany({
      where: visitorMembershipWhere(collectivite.id, ctx.sectorIds),
      select: { user: { select: { id: true, name: true } } },
      orderBy: [{ user: { name: "asc" } }],
    }),
  ]);
  const technicians = [...new Map(memberships.map((m) => [m.user.id, m.user])).values()];
  return { colleges, technicians };
}
