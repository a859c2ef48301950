import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { checkAttachments } from "@/lib/assistance/attachments";
import { incidentScopeWhere, partyOf } from "@/lib/assistance/incident-scope";
import { lockIncident } from "@/lib/assistance/lock-incident";
import { eventBy, restartClock } from "@/lib/assistance/handle-incident";
import { notifyQueue, notifyReporter } from "@/lib/assistance/notify-incident";
import { commentIncidentSchema } from "@/lib/assistance/schemas";

/**
 * A comment on an incident, with files, by anyone who may read it. An internal comment is the
 * handling party's own note: only its members write and read it. When the incident waits for the
 * collège, the collège's answer starts the clock again.
 */
export async function commentIncident(
  ctx: AccessContext,
  input: unknown,
  files: readonly File[] = [],
  now = new Date(),
): Promise<void> {
  assertCan(ctx, "incident.read");
  const { incidentId, body, internal } = commentIncidentSchema.parse(input);
  const attachments = await checkAttachments(files);
  const party = partyOf(ctx);
  const { mailIds } = await db.$transaction(async (tx) => {
    const incident = await lockIncident(tx, ctx, incidentId);
    if (internal && (party !== incident.party || !can(ctx, "incident.handle")))
      throw new AppError(
        "FORBIDDEN",
        "Seuls les membres de la file qui traite l'incident écrivent une note interne.",
      );
    await tx.incidentEvent.create({
      data: {
        ...eventBy(ctx, incident),
        kind: "COMMENTAIRE",
        at: now,
        toStatus: incident.status,
        body,
        internal,
      },
    });
    if (attachments.length > 0)
      await tx.incidentAttachment.createMany({
        data: attachments.map((a) => ({
          ...a,
          incidentId: incident.id,
          uploadedById: ctx.user.id,
          createdAt: now,
        })),
      });
    if (internal) return { mailIds: [] };
    const answersWait = incident.status === "EN_ATTENTE_COLLEGE" && party === "EPLE";
    if (answersWait)
      await restartClock(tx, ctx, incident, now, "Le collège a répondu : le traitement reprend.");
    const line = `${ctx.user.name} a commenté : ${body}`;
    const current = answersWait ? { ...incident, status: "PRIS_EN_CHARGE" as const } : incident;
    return {
      mailIds:
        party === incident.party
          ? await notifyReporter(tx, current, [line], ctx.user.id)
          : await notifyQueue(tx, current, [line], ctx.user.id),
    };
  });
  await deliverQueuedMails(db, mailIds);
}

/** An attachment of an incident the context may read, for download. */
export async function getIncidentAttachment(
  ctx: AccessContext,
  incidentId: string,
  attachmentId: string,
) {
  assertCan(ctx, "incident.read");
  const file = await db.incidentAttachment.findFirst({
    where: { id: attachmentId, incident: { AND: [{ id: incidentId }, incidentScopeWhere(ctx)] } },
    select: { fileName: true, contentType: true, data: true, sha256: true },
  });
  if (!file) throw new AppError("NOT_FOUND");
  return file;
}
