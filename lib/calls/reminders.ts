import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isAppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { actorOf } from "@/lib/members/actor";
import { formatDate } from "@/lib/format";
import { todayInParis } from "@/lib/dates";
import { appBaseUrl, deliverQueuedMails } from "@/lib/mail/send-mail";
import { mailChefs, type ChefRecipient } from "@/lib/campaigns/notify";
import { callIdSchema } from "@/lib/calls/schemas";
import { callPhase } from "@/lib/calls/rules";
import { reportSchedule } from "@/lib/calls/instruction-rules";
import { callAuditScope, lockCall } from "@/lib/calls/write-call";
import { applicationAuditScope } from "@/lib/calls/applications";

type Tx = Prisma.TransactionClient;

const REMINDER_GAP_MS = 20 * 3_600_000;
const DAY_MS = 86_400_000;

/** Days before an open call's deadline when the eligible collèges that deposited nothing are reminded. */
export const CALL_REMINDER_DAYS = [7, 1] as const;
/** Days before a report's due date, and after it, when the collège is reminded of it. */
export const REPORT_REMINDER_OFFSETS = [-14, 7] as const;

const callLink = (callId: string) => (r: ChefRecipient) =>
  `${appBaseUrl()}/e/${r.uai}/appels/${callId}`;

/** The chefs of the open collèges of the collectivité that the call admits and that have not deposited. */
async function eligibleChefsWithoutDossier(
  tx: Tx,
  call: {
    id: string;
    collectiviteId: string;
    eligiblePublic: boolean;
    eligiblePrivate: boolean;
    prioritaireOnly: boolean;
  },
): Promise<ChefRecipient[]> {
  const secteurs = [
    ...(call.eligiblePublic ? (["PUBLIC"] as const) : []),
    ...(call.eligiblePrivate ? (["PRIVE"] as const) : []),
  ];
  const members = await tx.membership.findMany({
    where: {
      scopeType: "ETABLISSEMENT",
      role: "CHEF",
      user: { disabledAt: null },
      etablissement: {
        collectiviteId: call.collectiviteId,
        etat: "OUVERT",
        secteur: { in: secteurs },
        ...(call.prioritaireOnly ? { educationPrioritaire: { not: null } } : {}),
        projectApplications: { none: { callId: call.id, status: "DEPOSE" } },
      },
    },
    select: {
      user: { select: { email: true, name: true } },
      etablissement: { select: { id: true, uai: true, name: true } },
    },
    orderBy: [{ etablissement: { name: "asc" } }, { createdAt: "asc" }],
  });
  return members.flatMap(({ user, etablissement: e }) =>
    e ? [{ ...user, etablissementId: e.id, uai: e.uai, etablissementName: e.name }] : [],
  );
}

/**
 * The collège reminders of an open call, by a member or by the schedule: one mail per chef of an
 * eligible collège without a deposited dossier; at most once in 20 hours per call.
 */
async function remindCall(
  tx: Tx,
  callId: string,
  actor: { id: string | null; label: string },
  now: Date,
) {
  const call = await tx.projectCall.findUniqueOrThrow({
    where: { id: callId },
    select: {
      id: true,
      title: true,
      status: true,
      opensOn: true,
      closesOn: true,
      collectiviteId: true,
      academieCode: true,
      eligiblePublic: true,
      eligiblePrivate: true,
      prioritaireOnly: true,
    },
  });
  if (callPhase(call, todayInParis(now)) !== "OUVERT")
    throw new AppError("CONFLICT", "On ne relance que pendant la période de candidature.");
  const last = await tx.auditEvent.findFirst({
    where: { collectiviteId: call.collectiviteId, action: "call.remind", entityId: call.id },
    orderBy: { seq: "desc" },
    select: { occurredAt: true },
  });
  if (last && now.getTime() - last.occurredAt.getTime() < REMINDER_GAP_MS)
    throw new AppError("CONFLICT", "Une relance a déjà été envoyée aujourd'hui pour cet appel.");
  const chefs = await eligibleChefsWithoutDossier(tx, call);
  if (chefs.length === 0)
    throw new AppError(
      "CONFLICT",
      "Tous les collèges éligibles dont le chef est inscrit ont déjà déposé leur dossier : personne à relancer.",
    );
  const mailIds = await mailChefs(tx, chefs, call, {
    subject: "Rappel : appel à projets",
    lines: () => [
      `Votre collège peut répondre à cet appel à projets et n'a pas encore déposé de dossier. La date limite de dépôt est le ${formatDate(call.closesOn)}.`,
    ],
    link: callLink(call.id),
  });
  const colleges = new Set(chefs.map((c) => c.etablissementId)).size;
  await appendAuditEvent(tx, {
    actor,
    scope: callAuditScope(call),
    action: "call.remind",
    entityType: "ProjectCall",
    entityId: call.id,
    after: { etablissements: colleges, courriels: mailIds.length },
    occurredAt: now,
  });
  return { result: { colleges, mails: mailIds.length }, mailIds };
}

/** The collectivité reminds the eligible collèges that have not deposited a dossier yet. */
export async function remindCallColleges(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ colleges: number; mails: number }> {
  requireCollectivite(ctx, "call.manage");
  const { callId } = callIdSchema.parse(input);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    await lockCall(tx, ctx, callId);
    return remindCall(tx, callId, actorOf(ctx), now);
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}

const SCHEDULER = { id: null, label: "relance automatique des appels à projets" };

export interface CallReminderReport {
  text: string;
  /** null: nothing sent, with the reason. */
  mails: number | null;
  reason?: string;
}

/**
 * The scheduled reminders of the appels à projets (`npm run appels:relances`, once a day from the
 * platform's cron): every open call 7 days and 1 day before its deadline reminds the eligible
 * collèges without a dossier; every funded project reminds its collège's chefs 14 days before a
 * report falls due and 7 days after, while it is not filed. Bypasses the access context: a job.
 */
export async function unsafeSendCallReminders(now = new Date()): Promise<CallReminderReport[]> {
  const today = todayInParis(now);
  const reports: CallReminderReport[] = [];
  const calls = await db.projectCall.findMany({
    where: {
      status: "PUBLIE",
      opensOn: { lte: today },
      closesOn: { in: CALL_REMINDER_DAYS.map((d) => new Date(today.getTime() + d * DAY_MS)) },
    },
    select: { id: true, title: true },
    orderBy: { closesOn: "asc" },
  });
  for (const call of calls) {
    try {
      const { result, mailIds } = await db.$transaction((tx) =>
        remindCall(tx, call.id, SCHEDULER, now),
      );
      await deliverQueuedMails(db, mailIds);
      reports.push({ text: call.title, mails: result.mails });
    } catch (error) {
      if (!isAppError(error) || error.code !== "CONFLICT") throw error;
      reports.push({ text: call.title, mails: null, reason: error.message });
    }
  }
  const funded = await db.projectApplication.findMany({
    where: {
      decidedAt: { not: null },
      deliveredOn: { not: null },
      decision: { in: ["RETENU", "RETENU_SOUS_CONDITIONS"] },
    },
    select: {
      id: true,
      decidedAt: true,
      decision: true,
      reports: { select: { milestone: true } },
      call: { select: { id: true, title: true, collectiviteId: true, academieCode: true } },
      etablissement: { select: { id: true, collectiviteId: true } },
    },
  });
  for (const project of funded) {
    const due = reportSchedule(
      todayInParis(project.decidedAt!),
      project.reports.map((r) => r.milestone),
      today,
    ).find(
      (s) =>
        s.state !== "DEPOSE" &&
        REPORT_REMINDER_OFFSETS.some(
          (offset) => s.dueOn.getTime() + offset * DAY_MS === today.getTime(),
        ),
    );
    if (!due) continue;
    const mailIds = await db.$transaction(async (tx) => {
      const already = await tx.auditEvent.findFirst({
        where: {
          action: "call.report.remind",
          entityId: project.id,
          occurredAt: { gt: new Date(now.getTime() - REMINDER_GAP_MS) },
        },
        select: { seq: true },
      });
      if (already) return [];
      const chefs = await tx.membership.findMany({
        where: {
          scopeType: "ETABLISSEMENT",
          role: "CHEF",
          user: { disabledAt: null },
          etablissementId: project.etablissement.id,
        },
        select: {
          user: { select: { email: true, name: true } },
          etablissement: { select: { id: true, uai: true, name: true } },
        },
      });
      const ids = await mailChefs(
        tx,
        chefs.map(({ user, etablissement: e }) => ({
          ...user,
          etablissementId: e!.id,
          uai: e!.uai,
          etablissementName: e!.name,
        })),
        project.call,
        {
          subject: `Bilan à ${due.milestone} mois`,
          lines: () => [
            due.dueOn < today
              ? `Le bilan à ${due.milestone} mois du projet financé par cet appel était attendu le ${formatDate(due.dueOn)} : déposez-le dès que possible.`
              : `Le bilan à ${due.milestone} mois du projet financé par cet appel est attendu le ${formatDate(due.dueOn)}.`,
          ],
          link: callLink(project.call.id),
        },
      );
      await appendAuditEvent(tx, {
        actor: SCHEDULER,
        scope: applicationAuditScope(project.call, project.etablissement.id),
        action: "call.report.remind",
        entityType: "ProjectApplication",
        entityId: project.id,
        after: { bilan: `${due.milestone} mois`, courriels: ids.length },
        occurredAt: now,
      });
      return ids;
    });
    if (mailIds.length === 0) continue;
    await deliverQueuedMails(db, mailIds);
    reports.push({
      text: `${project.call.title} — bilan à ${due.milestone} mois`,
      mails: mailIds.length,
    });
  }
  return reports;
}
