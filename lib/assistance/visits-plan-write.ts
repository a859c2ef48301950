import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HalfDay } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { appendAuditEvents, type AuditEventInput } from "@/lib/audit/append-audit-event";
import { actorOf } from "@/lib/members/actor";
import { todayInParis } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { calendarOf, DEFAULT_DAY } from "@/lib/assistance/service-level";
import { isWorkingDay } from "@/lib/assistance/working-time";
import { roundDays, type RoundMonth } from "@/lib/assistance/visits-plan";
import { planRoundSchema, planVisitSchema } from "@/lib/assistance/visits-schemas";
import { HALF_DAY_LABELS, MAX_ROUND_MONTHS } from "@/lib/assistance/visits-vocabulary";
import { assertVisitor, lockCollege, plannedCollegeOf } from "@/lib/assistance/visits-scope";

type Tx = Prisma.TransactionClient;
type College = Awaited<ReturnType<typeof plannedCollegeOf>>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** The audit event of a visit's write, readable by its collectivité and its collège. */
export function visitAuditEvent(
  ctx: AccessContext,
  visit: { id: string; collectiviteId: string; etablissementId: string },
  action: string,
  values: { before?: unknown; after?: unknown },
): AuditEventInput {
  return {
    actor: actorOf(ctx),
    scope: {
      scopeType: "COLLECTIVITE",
      collectiviteId: visit.collectiviteId,
      etablissementId: visit.etablissementId,
    },
    action,
    entityType: "Visit",
    entityId: visit.id,
    ...values,
  };
}

/**
 * The days of the collège's half-day already held by a visit that stands, and those when the
 * technician is already expected elsewhere at that half-day.
 */
async function takenDays(
  tx: Tx,
  college: College,
  halfDay: HalfDay,
  technicianId: string | null,
  from: string,
  to: string,
): Promise<Set<string>> {
  const rows = await tx.visit.findMany({
    where: {
      halfDay,
      status: { not: "ANNULEE" },
      plannedOn: { gte: dateOf(from), lte: dateOf(to) },
      OR: [
        { etablissementId: college.id },
        ...(technicianId ? [{ technicianId, status: "PREVUE" as const }] : []),
      ],
    },
    select: { plannedOn: true },
  });
  return new Set(rows.map((r) => isoDay(r.plannedOn)));
}

/** Writes the visits of a collège for these days, with one audit event each. */
async function createVisits(
  tx: Tx,
  ctx: AccessContext,
  college: College,
  days: readonly string[],
  halfDay: HalfDay,
  technicianId: string | null,
) {
  const visits = await tx.visit.createManyAndReturn({
    data: days.map((day) => ({
      collectiviteId: college.collectiviteId,
      etablissementId: college.id,
      plannedOn: dateOf(day),
      halfDay,
      technicianId,
    })),
    select: { id: true, collectiviteId: true, etablissementId: true, plannedOn: true },
  });
  await appendAuditEvents(
    tx,
    visits.map((visit) =>
      visitAuditEvent(ctx, visit, "visit.plan", {
        after: { plannedOn: isoDay(visit.plannedOn), halfDay, technicianId, uai: college.uai },
      }),
    ),
  );
  return visits;
}

const calendarOfCollege = (college: College, skipSchoolHolidays: boolean) =>
  calendarOf(college, DEFAULT_DAY, skipSchoolHolidays);

/** Plans one half-day in a collège, on a working day from today on. */
export async function planVisit(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ id: string }> {
  const data = planVisitSchema.parse(input);
  const college = await plannedCollegeOf(ctx, data.uai);
  const day = isoDay(data.plannedOn);
  if (data.plannedOn < todayInParis(now))
    throw new AppError("INVALID_INPUT", "Date : une visite se planifie à partir d'aujourd'hui.", {
      plannedOn: "Date : une visite se planifie à partir d'aujourd'hui.",
    });
  if (!isWorkingDay(day, calendarOfCollege(college, false))) {
    const message = `Date : le ${formatDate(data.plannedOn)} n'est pas un jour ouvré (week-end ou jour férié).`;
    throw new AppError("INVALID_INPUT", message, { plannedOn: message });
  }
  return db.$transaction(async (tx) => {
    if (data.technicianId) await assertVisitor(tx, data.technicianId, college);
    await lockCollege(tx, college.id, data.technicianId);
    const taken = await takenDays(tx, college, data.halfDay, data.technicianId, day, day);
    if (taken.size > 0)
      throw new AppError(
        "CONFLICT",
        `Le ${formatDate(data.plannedOn)} (${HALF_DAY_LABELS[data.halfDay].toLowerCase()}) est déjà pris : ce collège a déjà une visite, ou le technicien est attendu ailleurs.`,
      );
    const [visit] = await createVisits(tx, ctx, college, [day], data.halfDay, data.technicianId);
    return { id: visit!.id };
  });
}

/**
 * Plans a recurring round in a collège: « N demi-journées par mois » on the chosen weekdays over
 * the period, skipping week-ends, public holidays (and school holidays when asked) and the
 * half-days already taken. Says, month by month, how many were planned of those wanted.
 */
export async function planVisitRound(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ count: number; months: { month: string; wanted: number; planned: number }[] }> {
  const data = planRoundSchema.parse(input);
  const college = await plannedCollegeOf(ctx, data.uai);
  if (data.from < todayInParis(now))
    throw new AppError("INVALID_INPUT", "Du : une tournée se planifie à partir d'aujourd'hui.", {
      from: "Du : une tournée se planifie à partir d'aujourd'hui.",
    });
  const last = new Date(data.from);
  last.setUTCMonth(last.getUTCMonth() + MAX_ROUND_MONTHS);
  if (data.to >= last) {
    const message = `Au : une tournée couvre ${MAX_ROUND_MONTHS} mois au plus.`;
    throw new AppError("INVALID_INPUT", message, { to: message });
  }
  const [from, to] = [isoDay(data.from), isoDay(data.to)];
  return db.$transaction(async (tx) => {
    if (data.technicianId) await assertVisitor(tx, data.technicianId, college);
    await lockCollege(tx, college.id, data.technicianId);
    const taken = await takenDays(tx, college, data.halfDay, data.technicianId, from, to);
    const months: RoundMonth[] = roundDays(
      { from, to, perMonth: data.perMonth, weekdays: data.weekdays },
      calendarOfCollege(college, data.skipSchoolHolidays),
      taken,
    );
    const days = months.flatMap((m) => m.days);
    if (days.length === 0)
      throw new AppError(
        "INVALID_INPUT",
        "Aucune demi-journée possible sur cette période : jours fériés, vacances ou demi-journées déjà prises.",
      );
    await createVisits(tx, ctx, college, days, data.halfDay, data.technicianId);
    return {
      count: days.length,
      months: months.map((m) => ({ month: m.month, wanted: m.wanted, planned: m.days.length })),
    };
  });
}
