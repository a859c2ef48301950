import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VisitStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { appendAuditEvents } from "@/lib/audit/append-audit-event";
import { todayInParis } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import {
  assignVisitSchema,
  cancelVisitSchema,
  recordVisitSchema,
} from "@/lib/assistance/visits-schemas";
import { visitAuditEvent } from "@/lib/assistance/visits-plan-write";
import {
  assertVisitor,
  lockTechnicianPlanning,
  VISIT_NOT_FOUND,
  visitScopeWhere,
} from "@/lib/assistance/visits-scope";

type Tx = Prisma.TransactionClient;

const lockedVisitSelect = {
  id: true,
  collectiviteId: true,
  etablissementId: true,
  plannedOn: true,
  halfDay: true,
  status: true,
  technicianId: true,
  report: true,
  doneAt: true,
  etablissement: { select: { sectorId: true } },
} as const satisfies Prisma.VisitSelect;

type LockedVisit = Prisma.VisitGetPayload<{ select: typeof lockedVisitSelect }>;
/** What a step writes on the visit, and what it answers. */
type VisitStep<T> = { data: Prisma.VisitUncheckedUpdateManyInput; result: T };

/** Why each step is refused once the visit has left « prévue ». */
const REFUSALS: Record<"assign" | "record" | "cancel", Partial<Record<VisitStatus, string>>> = {
  assign: {
    REALISEE: "Cette visite est réalisée : son technicien ne change plus.",
    ANNULEE: "Cette visite est annulée : elle n'a plus de technicien à choisir.",
  },
  record: {
    REALISEE: "Le compte rendu de cette visite est déjà enregistré.",
    ANNULEE: "Cette visite est annulée : elle ne peut plus être réalisée.",
  },
  cancel: {
    REALISEE: "Cette visite est réalisée : elle ne s'annule plus.",
    ANNULEE: "Cette visite est déjà annulée.",
  },
};

/**
 * Runs one step on a visit still « prévue »: loads it within the context's scope (a foreign id is
 * NOT_FOUND), holds its row until the transaction ends, refuses another state, then lets `apply`
 * write through `update` (which names the scope and the expected state) and records the audit
 * event. A refusal writes nothing.
 */
async function runVisitStep<T>(
  ctx: AccessContext,
  step: keyof typeof REFUSALS,
  visitId: string,
  apply: (tx: Tx, visit: LockedVisit) => VisitStep<T> | Promise<VisitStep<T>>,
): Promise<T> {
  requireCollectivite(ctx, "visit.manage");
  const scope = visitScopeWhere(ctx);
  return db.$transaction(async (tx) => {
    const visible = await tx.visit.findFirst({
      where: { AND: [{ id: visitId }, scope] },
      select: { id: true },
    });
    if (!visible) throw new AppError("NOT_FOUND", VISIT_NOT_FOUND);
    await tx.$executeRaw`SELECT 1 FROM "Visit" WHERE "id" = ${visible.id} FOR UPDATE`;
    const visit = await tx.visit.findUniqueOrThrow({
      where: { id: visible.id },
      select: lockedVisitSelect,
    });
    const refusal = REFUSALS[step][visit.status];
    if (refusal) throw new AppError("CONFLICT", refusal);
    const { data, result } = await apply(tx, visit);
    const updated = await tx.visit.updateMany({
      where: { AND: [{ id: visit.id, status: "PREVUE" }, scope] },
      data,
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    const before = { status: visit.status, technicianId: visit.technicianId };
    await appendAuditEvents(tx, [
      visitAuditEvent(ctx, visit, `visit.${step}`, { before, after: data }),
    ]);
    return result;
  });
}

/** Gives a planned visit to a technician of the collège's secteur (or to nobody). */
export async function assignVisit(
  ctx: AccessContext,
  input: unknown,
): Promise<{ name: string | null }> {
  const { visitId, technicianId } = assignVisitSchema.parse(input);
  return runVisitStep<{ name: string | null }>(ctx, "assign", visitId, async (tx, visit) => {
    if (!technicianId) return { data: { technicianId: null }, result: { name: null } };
    const name = await assertVisitor(tx, technicianId, {
      collectiviteId: visit.collectiviteId,
      sectorId: visit.etablissement.sectorId,
    });
    await lockTechnicianPlanning(tx, technicianId);
    const busy = await tx.visit.count({
      where: {
        id: { not: visit.id },
        technicianId,
        status: "PREVUE",
        plannedOn: visit.plannedOn,
        halfDay: visit.halfDay,
      },
    });
    if (busy > 0) {
      const message = `${name} a déjà une visite prévue à cette demi-journée.`;
      throw new AppError("CONFLICT", message, { technicianId: message });
    }
    return { data: { technicianId }, result: { name } };
  });
}

/**
 * Records a visit as done with its report (what was checked, what was done), on or after its
 * day. A visit nobody was assigned to is credited to the person recording it.
 */
export async function recordVisit(ctx: AccessContext, input: unknown, now = new Date()) {
  const { visitId, report } = recordVisitSchema.parse(input);
  await runVisitStep(ctx, "record", visitId, (_tx, visit) => {
    if (visit.plannedOn > todayInParis(now))
      throw new AppError(
        "CONFLICT",
        `Cette visite est prévue le ${formatDate(visit.plannedOn)} : son compte rendu s'enregistre ce jour-là ou après.`,
      );
    const technicianId = visit.technicianId ?? ctx.user.id;
    return { data: { status: "REALISEE", report, doneAt: now, technicianId }, result: undefined };
  });
}

/** Cancels a planned visit, saying why: the reason stands as the visit's text. */
export async function cancelVisit(ctx: AccessContext, input: unknown) {
  const { visitId, reason } = cancelVisitSchema.parse(input);
  await runVisitStep(ctx, "cancel", visitId, () => ({
    data: { status: "ANNULEE", report: reason },
    result: undefined,
  }));
}
