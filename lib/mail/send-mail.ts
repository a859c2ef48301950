import "server-only";
import nodemailer from "nodemailer";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface MailInput {
  to: string;
  subject: string;
  text: string;
  /** An iCalendar invitation (RFC 5546: METHOD REQUEST or CANCEL) sent as a text/calendar part. */
  calendar?: { method: "REQUEST" | "CANCEL"; ics: string };
}

/** SMTP when SMTP_URL is set; otherwise mails stay in the outbox, readable on /courriels. */
export function isSmtpConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL);
}

/** The outbox page exists only where it was asked for (development, demo, tests). */
export function isOutboxPageEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MAIL_OUTBOX === "1";
}

/** Records a mail in the outbox, inside the caller's transaction: it exists iff the write commits. */
export async function queueMail(
  tx: Prisma.TransactionClient,
  { calendar, ...mail }: MailInput,
): Promise<string> {
  const row = await tx.outboxEmail.create({
    data: { ...mail, icsMethod: calendar?.method ?? null, ics: calendar?.ics ?? null },
    select: { id: true },
  });
  return row.id;
}

/**
 * Delivers queued mails by SMTP after their transaction committed. A failure is recorded on the
 * mail and never undoes the write that sent it (the sender can send again).
 */
export async function deliverQueuedMails(db: Db, ids: string[]): Promise<void> {
  if (!isSmtpConfigured() || ids.length === 0) return;
  const transport = nodemailer.createTransport(process.env.SMTP_URL);
  const from = process.env.MAIL_FROM ?? "Tripartite <no-reply@tripartite.invalid>";
  for (const mail of await db.outboxEmail.findMany({ where: { id: { in: ids }, sentAt: null } })) {
    try {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        // nodemailer adds it as a text/calendar alternative (with its METHOD) and as invitation.ics.
        ...(mail.ics
          ? {
              icalEvent: {
                method: mail.icsMethod ?? "REQUEST",
                filename: "invitation.ics",
                content: mail.ics,
              },
            }
          : {}),
      });
      await db.outboxEmail.update({
        where: { id: mail.id },
        data: { sentAt: new Date(), error: null },
      });
    } catch (error) {
      await db.outboxEmail.update({
        where: { id: mail.id },
        data: { error: error instanceof Error ? error.message.slice(0, 500) : "échec" },
      });
    }
  }
}

/** The last mails of the outbox, newest first (the outbox page: lib/mail/outbox.ts filters by reader). */
export async function listOutbox(db: Db, take = 50, where: Prisma.OutboxEmailWhereInput = {}) {
  return db.outboxEmail.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      to: true,
      subject: true,
      text: true,
      icsMethod: true,
      createdAt: true,
      sentAt: true,
      error: true,
    },
  });
}

export function appBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
