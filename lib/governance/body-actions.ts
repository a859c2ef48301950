import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { can } from "@/lib/access/context";
import {
  appendAuditEvent,
  appendMemberAuditEvent,
  partiesAuditScope,
} from "@/lib/audit/append-audit-event";
import { partyOfScope } from "@/lib/conventions/machine";
import { PARTY_IN_SENTENCE } from "@/lib/conventions/vocabulary";
import { todayInParis } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { deliverQueuedMails, queueMail } from "@/lib/mail/send-mail";
import { actingParty, bodyScopeWhere, lockBody } from "@/lib/governance/body-scope";
import { actionStateSchema } from "@/lib/governance/meeting-schemas";
import { meetingPages } from "@/lib/governance/meetings";
import { ACTION_STATE_LABELS, OPEN_ACTION_STATES } from "@/lib/governance/vocabulary";

/** An action is followed once the minutes that record it are approved. */
const followedAction = { kind: "ACTION", meeting: { minutesStatus: "APPROUVE" } } as const;

/**
 * The owner party updates one of its actions (in progress, done, abandoned, with a note): no
 * party reports for another. The secretariat sees the update at the next meeting.
 */
export async function updateActionState(ctx: AccessContext, input: unknown, now = new Date()) {
  const party = actingParty(ctx, "governance.manage");
  const { decisionId, state, note } = actionStateSchema.parse(input);
  return db.$transaction(async (tx) => {
    const gone = () => new AppError("NOT_FOUND", "Cette action n'existe pas dans votre espace.");
    const found = await tx.bodyDecision.findFirst({
      where: { id: decisionId, ...followedAction, body: bodyScopeWhere(ctx) },
      select: { bodyId: true },
    });
    if (!found) throw gone();
    const body = await lockBody(tx, ctx, found.bodyId);
    const action = await tx.bodyDecision.findUniqueOrThrow({
      where: { id: decisionId },
      select: { id: true, text: true, ownerParty: true, state: true },
    });
    if (action.ownerParty !== party)
      throw new AppError(
        "FORBIDDEN",
        `Cette action relève de ${action.ownerParty ? PARTY_IN_SENTENCE[action.ownerParty] : "aucune partie"} : c'est elle qui en rend compte.`,
      );
    await tx.bodyDecision.update({
      where: { id: action.id },
      data: { state, stateNote: note, stateAt: now },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.action.state",
      entityType: "GovernanceBody",
      entityId: body.id,
      before: { text: action.text, state: action.state },
      after: { state, note },
      occurredAt: now,
    });
    return { text: action.text, state: ACTION_STATE_LABELS[state] };
  });
}

/**
 * The open actions of the context's own party in the bodies it sees, late first: the « actions
 * d'instance » block of its dashboard. None for a context of no party or without the read right.
 */
export async function listPartyActions(ctx: AccessContext, now = new Date(), take = 20) {
  const party = partyOfScope(ctx.scope.type);
  if (!party || !can(ctx, "governance.read")) return null;
  const today = todayInParis(now);
  const where = {
    ...followedAction,
    ownerParty: party,
    state: { in: [...OPEN_ACTION_STATES] },
    body: bodyScopeWhere(ctx),
  };
  const [actions, overdue] = await Promise.all([
    db.bodyDecision.findMany({
      where,
      select: {
        id: true,
        text: true,
        dueOn: true,
        state: true,
        ownerMember: { select: { name: true } },
        body: { select: { id: true, name: true } },
        meeting: { select: { id: true, startsAt: true } },
      },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take,
    }),
    db.bodyDecision.count({ where: { ...where, dueOn: { lt: today } } }),
  ]);
  return {
    overdue,
    actions: actions.map((a) => ({ ...a, late: a.dueOn !== null && a.dueOn < today })),
  };
}

/** How many days before its due date an action is reminded, once. */
export const ACTION_REMINDER_DAYS = 7;

/**
 * `npm run instances:relances`, once a day: reminds each open action due within
 * ACTION_REMINDER_DAYS days (once per action) to its owner member, or else to the members of
 * its owner party on the body. Outside any access context: the platform's cron runs it.
 */
export async function unsafeSendActionReminders(now = new Date()) {
  const today = todayInParis(now);
  const horizon = new Date(today.getTime() + ACTION_REMINDER_DAYS * 86_400_000);
  const due = await db.bodyDecision.findMany({
    where: {
      ...followedAction,
      state: { in: [...OPEN_ACTION_STATES] },
      remindedAt: null,
      dueOn: { gte: today, lte: horizon },
    },
    select: {
      id: true,
      text: true,
      dueOn: true,
      ownerParty: true,
      meetingId: true,
      ownerMember: { select: { name: true, email: true, endedAt: true } },
      body: {
        select: {
          id: true,
          name: true,
          collectiviteId: true,
          academieCode: true,
          etablissementId: true,
          members: {
            where: { endedAt: null, email: { not: null } },
            select: { name: true, email: true, party: true },
          },
        },
      },
    },
  });
  const reports: { text: string; mails: number }[] = [];
  for (const action of due) {
    const { mailIds } = await db.$transaction(async (tx) => {
      const claimed = await tx.bodyDecision.updateMany({
        where: { id: action.id, remindedAt: null },
        data: { remindedAt: now },
      });
      if (claimed.count === 0) return { mailIds: [] };
      const owner = action.ownerMember;
      const recipients =
        owner?.email && !owner.endedAt
          ? [{ name: owner.name, email: owner.email }]
          : action.body.members
              .filter((m) => m.party === action.ownerParty)
              .map((m) => ({ name: m.name, email: m.email! }));
      const page = await meetingPages(tx, action.body.id, action.meetingId);
      const mailIds: string[] = [];
      for (const r of recipients)
        mailIds.push(
          await queueMail(tx, {
            to: r.email,
            subject: `Action à échéance le ${formatDate(action.dueOn)} : ${action.body.name}`,
            text: [
              `Bonjour ${r.name},`,
              "",
              `L'instance « ${action.body.name} » a confié à ${action.ownerParty ? PARTY_IN_SENTENCE[action.ownerParty] : "votre partie"} l'action suivante, à réaliser pour le ${formatDate(action.dueOn)} :`,
              "",
              action.text,
              "",
              "Indiquez où elle en est (en cours, faite, abandonnée) depuis la séance qui l'a décidée :",
              page(action.ownerParty ?? "COLLECTIVITE"),
            ].join("\n"),
          }),
        );
      await appendAuditEvent(tx, {
        actor: { id: null, label: "Relances des actions d'instance (tâche quotidienne)" },
        scope: partiesAuditScope(action.body),
        action: "governance.action.remind",
        entityType: "GovernanceBody",
        entityId: action.body.id,
        after: { text: action.text, mails: mailIds.length },
        occurredAt: now,
      });
      return { mailIds };
    });
    await deliverQueuedMails(db, mailIds);
    reports.push({ text: action.text, mails: mailIds.length });
  }
  return reports;
}
