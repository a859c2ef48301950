import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { findPage } from "@/lib/pagination";
import { incidentScopeWhere, partyOf } from "@/lib/assistance/incident-scope";
import { calendarOfIncident } from "@/lib/assistance/lock-incident";
import {
  ALL_QUEUES,
  NO_SECTOR,
  queueQuerySchema,
  type QueueQuery,
} from "@/lib/assistance/queue-query";
import { slaPosition, type SlaState } from "@/lib/assistance/sla-state";
import { OPEN_STATUSES } from "@/lib/assistance/vocabulary";

const DAY = 86_400_000;
/** How far ahead (calendar days) a deadline may be while less than 4 working hours away: summer holidays included. */
const SOON_HORIZON_DAYS = 75;

const RUNNING = ["NOUVEAU", "PRIS_EN_CHARGE"] as const;

export const queueSelect = {
  id: true,
  reference: true,
  title: true,
  kind: true,
  domain: true,
  domainLabel: true,
  status: true,
  urgency: true,
  party: true,
  level: true,
  reportedAt: true,
  takeChargeDueAt: true,
  resolveDueAt: true,
  takeChargeTargetMinutes: true,
  resolveTargetMinutes: true,
  resolveWorkMinutes: true,
  calendar: true,
  etablissement: { select: { uai: true, name: true } },
  assignee: { select: { id: true, name: true } },
} as const satisfies Prisma.IncidentSelect;

type Row = Prisma.IncidentGetPayload<{ select: typeof queueSelect }>;

/** A row of a list with where it stands against its service level now. */
export function withSla<R extends Row>(row: R, now: Date) {
  return { ...row, sla: slaPosition({ ...row, calendar: calendarOfIncident(row) }, now) };
}

/**
 * The queue a context reads by default: a collectivité's or an académie's handlers their own
 * party's; a collège every queue (its own incidents, wherever they were routed), as those who
 * only follow incidents.
 */
export function defaultQueue(ctx: AccessContext): ConventionParty | typeof ALL_QUEUES {
  const party = partyOf(ctx);
  return party && party !== "EPLE" && can(ctx, "incident.handle") ? party : ALL_QUEUES;
}

const lateWhere = (now: Date): Prisma.IncidentWhereInput => ({
  status: { in: [...RUNNING] },
  OR: [{ status: "NOUVEAU", takeChargeDueAt: { lt: now } }, { resolveDueAt: { lt: now } }],
});

/** The running incidents of `scope` less than 4 working hours from their deadline (each on its own calendar). */
async function dueSoonIds(scope: Prisma.IncidentWhereInput, now: Date): Promise<string[]> {
  const window = { gte: now, lt: new Date(now.getTime() + SOON_HORIZON_DAYS * DAY) };
  const candidates = await db.incident.findMany({
    where: {
      AND: [
        scope,
        { status: { in: [...RUNNING] } },
        { OR: [{ status: "NOUVEAU", takeChargeDueAt: window }, { resolveDueAt: window }] },
        { NOT: lateWhere(now) },
      ],
    },
    select: queueSelect,
  });
  return candidates.filter((c) => withSla(c, now).sla.state === "BIENTOT").map((c) => c.id);
}

async function slaWhere(
  state: SlaState,
  scope: Prisma.IncidentWhereInput,
  now: Date,
): Promise<Prisma.IncidentWhereInput> {
  const open = { status: { in: [...OPEN_STATUSES] } };
  const committed: Prisma.IncidentWhereInput = {
    OR: [{ takeChargeTargetMinutes: { not: null } }, { resolveTargetMinutes: { not: null } }],
  };
  switch (state) {
    case "DEPASSE":
      return lateWhere(now);
    case "BIENTOT":
      return { id: { in: await dueSoonIds(scope, now) } };
    case "DANS_LES_DELAIS":
      return {
        AND: [open, committed, { NOT: lateWhere(now) }],
        id: { notIn: await dueSoonIds(scope, now) },
      };
    case "SANS_ENGAGEMENT":
      return { ...open, takeChargeTargetMinutes: null, resolveTargetMinutes: null };
  }
}

/** The filters of the queue, inside the context's scope. */
async function queueWhere(
  ctx: AccessContext,
  query: QueueQuery & { file: string },
  now: Date,
): Promise<Prisma.IncidentWhereInput> {
  const scope = incidentScopeWhere(ctx);
  const and: Prisma.IncidentWhereInput[] = [scope];
  if (query.q)
    and.push({
      OR: [
        { reference: { contains: query.q, mode: "insensitive" } },
        { title: { contains: query.q, mode: "insensitive" } },
      ],
    });
  if (query.uai) and.push({ etablissement: { uai: query.uai } });
  if (query.secteur)
    and.push({
      etablissement: { sectorId: query.secteur === NO_SECTOR ? null : query.secteur },
    });
  if (query.domain) and.push({ domain: query.domain });
  if (query.file !== ALL_QUEUES) and.push({ party: query.file });
  if (query.level) and.push({ level: query.level });
  if (query.etat === "ouverts") and.push({ status: { in: [...OPEN_STATUSES] } });
  else if (query.etat !== "tous") and.push({ status: query.etat });
  if (query.anciennete)
    and.push({ reportedAt: { lt: new Date(now.getTime() - Number(query.anciennete) * DAY) } });
  if (query.delai) and.push(await slaWhere(query.delai, scope, now));
  if (query.attribue === "moi") and.push({ assigneeId: ctx.user.id });
  if (query.attribue === "personne") and.push({ assigneeId: null });
  return { AND: and };
}

type Order = Prisma.IncidentOrderByWithRelationInput[];

export const QUEUE_ORDER: Record<QueueQuery["sort"], (dir: "asc" | "desc") => Order> = {
  reportedAt: (dir) => [{ reportedAt: dir }, { id: "asc" }],
  reference: (dir) => [{ reference: dir }],
  urgency: (dir) => [{ urgency: dir }, { reportedAt: "asc" }, { id: "asc" }],
  due: (dir) => [
    { resolveDueAt: { sort: dir, nulls: "last" } },
    { takeChargeDueAt: { sort: dir, nulls: "last" } },
    { id: "asc" },
  ],
  status: (dir) => [{ status: dir }, { reportedAt: "desc" }, { id: "asc" }],
};

/**
 * The incident queue of a context, filtered from the URL: by default the open incidents of its
 * own party's queue when it handles incidents (all of its scope otherwise); a technician's only
 * cover the collèges of their secteurs (incidentScopeWhere).
 */
export async function listIncidents(ctx: AccessContext, input: unknown, now = new Date()) {
  const { query, where } = await readQueueQuery(ctx, input, now);
  const page = await findPage(
    query,
    (window) =>
      db.incident.findMany({
        where,
        select: queueSelect,
        orderBy: QUEUE_ORDER[query.sort](query.dir),
        ...window,
      }),
    () => db.incident.count({ where }),
  );
  return { ...page, items: page.items.map((row) => withSla(row, now)) };
}

/** The queue's query from the URL (its queue by default) and what it selects, in the context's scope. */
export async function readQueueQuery(ctx: AccessContext, input: unknown, now: Date) {
  assertCan(ctx, "incident.read");
  const parsed = queueQuerySchema.parse(input);
  const query = { ...parsed, file: parsed.file ?? defaultQueue(ctx) };
  return { query, where: await queueWhere(ctx, query, now) };
}

export type IncidentQueueData = Awaited<ReturnType<typeof listIncidents>>;

/** The collèges the queue can be filtered on: those of the context's scope (a technician's secteurs). */
export async function incidentCollegeOptions(ctx: AccessContext) {
  assertCan(ctx, "incident.read");
  if (ctx.scope.type === "ETABLISSEMENT" || ctx.scope.type === "PLATFORM") return [];
  return db.etablissement.findMany({
    where: { AND: [etablissementScopeWhere(ctx), { secteur: "PUBLIC", etat: "OUVERT" }] },
    select: { uai: true, name: true, communeName: true },
    orderBy: [{ name: "asc" }, { uai: "asc" }],
  });
}

/**
 * The secteurs the queue can be filtered on, in a collectivité's space: all of its secteurs and
 * « Hors secteur », or a technician's own secteurs; none elsewhere or when it has none.
 */
export async function incidentSectorOptions(ctx: AccessContext) {
  assertCan(ctx, "incident.read");
  if (ctx.scope.type !== "COLLECTIVITE") return [];
  const sectors = await db.sector.findMany({
    where: {
      collectiviteId: ctx.scope.id,
      ...(ctx.sectorIds ? { id: { in: [...ctx.sectorIds] } } : {}),
    },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  if (sectors.length === 0 || ctx.sectorIds) return sectors;
  return [...sectors, { id: NO_SECTOR, name: "Hors secteur" }];
}
