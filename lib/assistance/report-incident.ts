import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { equipmentScopeWhere } from "@/lib/access/equipment-scope";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { routeIncident } from "@/lib/assistance/routing";
import { NO_ASSISTANCE } from "@/lib/conventions/content";
import { reportIncidentSchema } from "@/lib/assistance/schemas";
import { checkAttachments } from "@/lib/assistance/attachments";
import { markEquipmentBroken } from "@/lib/assistance/equipment-effects";
import { notifyQueue } from "@/lib/assistance/notify-incident";
import { partyOf } from "@/lib/assistance/incident-scope";
import { addWorkingMinutes } from "@/lib/assistance/working-time";
import { QUEUE_LABELS } from "@/lib/assistance/vocabulary";
import { notifiedSelect } from "@/lib/assistance/incident-selects";

type Tx = Prisma.TransactionClient;

const collegeSelect = {
  id: true,
  uai: true,
  collectiviteId: true,
  academieCode: true,
  departementCode: true,
  collectivite: { select: { code: true } },
} as const;

/** The collège reported for: the context's own, or one of a collectivité's (a technician's secteur). */
async function collegeOf(ctx: AccessContext, uai: string) {
  if (ctx.scope.type === "ETABLISSEMENT")
    return db.etablissement.findUniqueOrThrow({
      where: { id: ctx.scope.id },
      select: collegeSelect,
    });
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("FORBIDDEN");
  if (!uai)
    throw new AppError("INVALID_INPUT", "Collège : choisissez-le.", {
      uai: "Collège : choisissez-le.",
    });
  const college = await db.etablissement.findFirst({
    where: { AND: [etablissementScopeWhere(ctx), { uai }] },
    select: collegeSelect,
  });
  if (!college)
    throw new AppError("NOT_FOUND", "Ce collège n'existe pas, ou n'est pas dans votre périmètre.");
  return college;
}

/** The next « INC-35-2026-00042 » of the collectivité: one atomic increment, no lock to hold. */
async function nextReference(tx: Tx, collectivite: { id: string; code: string }, now: Date) {
  const year = now.getUTCFullYear();
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "IncidentSequence" ("collectiviteId", "year", "last") VALUES (${collectivite.id}, ${year}, 1)
    ON CONFLICT ("collectiviteId", "year") DO UPDATE SET "last" = "IncidentSequence"."last" + 1
    RETURNING "last"`;
  return `INC-${collectivite.code}-${year}-${String(row!.last).padStart(5, "0")}`;
}

/**
 * Reports an incident or a request for a collège — by its own staff, or by a collectivité
 * technician on its behalf. The convention in force routes it (lib/assistance/routing.ts); its
 * service-level clock starts now; an equipment it names goes EN_PANNE; the handling queue is
 * told by mail. Files are checked before anything is written: a refused file stores nothing.
 */
export async function reportIncident(
  ctx: AccessContext,
  input: unknown,
  files: readonly File[] = [],
  now: Date = new Date(),
): Promise<{ id: string; reference: string }> {
  assertCan(ctx, "incident.report");
  const data = reportIncidentSchema.parse(input);
  const attachments = await checkAttachments(files);
  const college = await collegeOf(ctx, data.uai);
  const equipment = data.equipmentId
    ? await db.equipment.findFirst({
        where: {
          AND: [equipmentScopeWhere(ctx), { id: data.equipmentId, etablissementId: college.id }],
        },
        select: { id: true, status: true },
      })
    : null;
  if (data.equipmentId && !equipment)
    throw new AppError("NOT_FOUND", "Cet équipement n'est pas dans l'inventaire de ce collège.");
  if (equipment?.status === "REFORME")
    throw new AppError(
      "INVALID_INPUT",
      "Cet équipement est réformé : signalez plutôt un besoin de remplacement.",
    );
  if (
    data.digitalServiceId &&
    !(await db.digitalServiceUse.findFirst({
      where: { serviceId: data.digitalServiceId, etablissementId: college.id },
      select: { serviceId: true },
    }))
  )
    throw new AppError(
      "NOT_FOUND",
      "Ce service n'est pas au catalogue des services de ce collège.",
      {
        digitalServiceId: "Ce collège n'utilise pas ce service : choisissez-en un autre ou aucun.",
      },
    );
  if (data.visitId) {
    const visit = await db.visit.findFirst({
      where: {
        id: data.visitId,
        etablissementId: college.id,
        collectiviteId: college.collectiviteId,
      },
      select: { id: true },
    });
    if (!visit) throw new AppError("NOT_FOUND", "Cette visite n'existe pas pour ce collège.");
  }
  const reporterParty = partyOf(ctx)!;
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const route = await routeIncident(tx, college, data.domain, now);
    const { serviceLevel } = route;
    const reference = await nextReference(
      tx,
      { id: college.collectiviteId, code: college.collectivite.code },
      now,
    );
    const due = (minutes: number | null) =>
      minutes === null ? null : addWorkingMinutes(now, minutes, serviceLevel.calendar);
    const incident = await tx.incident.create({
      data: {
        reference,
        collectiviteId: college.collectiviteId,
        academieCode: college.academieCode,
        etablissementId: college.id,
        kind: data.kind,
        domain: data.domain,
        domainLabel: route.domainLabel,
        equipmentId: equipment?.id ?? null,
        digitalServiceId: data.digitalServiceId,
        visitId: data.visitId,
        room: data.room,
        title: data.title,
        description: data.description,
        urgency: data.urgency,
        party: route.party,
        level: route.level,
        routingSource: route.source,
        routingNote: route.note,
        conventionId: route.conventionId,
        slaLabel: serviceLevel.label,
        takeChargeTargetMinutes: serviceLevel.takeChargeMinutes,
        resolveTargetMinutes: serviceLevel.resolveMinutes,
        calendar: { ...serviceLevel.calendar },
        closeAfterDays: route.assistance?.closeAfterDays ?? NO_ASSISTANCE.closeAfterDays,
        reopenWithinDays: route.assistance?.reopenWithinDays ?? NO_ASSISTANCE.reopenWithinDays,
        takeChargeDueAt: due(serviceLevel.takeChargeMinutes),
        resolveDueAt: due(serviceLevel.resolveMinutes),
        reporterId: ctx.user.id,
        reporterParty,
        reportedAt: now,
        events: {
          create: {
            kind: "SIGNALE",
            at: now,
            actorId: ctx.user.id,
            actorName: ctx.user.name,
            actorParty: reporterParty,
            toStatus: "NOUVEAU",
            party: route.party,
            level: route.level,
            body: route.note,
          },
        },
        attachments: {
          create: attachments.map((a) => ({ ...a, uploadedById: ctx.user.id, createdAt: now })),
        },
      },
      select: {
        ...notifiedSelect,
        etablissement: {
          select: {
            ...notifiedSelect.etablissement.select,
            collectiviteId: true,
            academieCode: true,
          },
        },
      },
    });
    if (equipment) {
      const before = await markEquipmentBroken(
        tx,
        ctx,
        { ...incident, equipmentId: equipment.id },
        equipment.status,
      );
      await tx.incident.update({
        where: { id: incident.id },
        data: { equipmentStatusBefore: before },
      });
    }
    const mails = await notifyQueue(
      tx,
      incident,
      [
        `${ctx.user.name} a signalé un incident au collège, aiguillé vers : ${QUEUE_LABELS[route.party]}, niveau ${route.level}.`,
        route.note,
      ],
      ctx.user.id,
    );
    return { result: { id: incident.id, reference }, mailIds: mails };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}
