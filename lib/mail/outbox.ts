import "server-only";
import { db } from "@/lib/db/client";
import { getSessionUser } from "@/lib/auth/session";
import { getAccessContext } from "@/lib/access/context";
import { isOutboxPageEnabled, isSmtpConfigured, listOutbox } from "@/lib/mail/send-mail";

export type OutboxView =
  | { viewer: "anonymous" }
  | { viewer: "recipient"; email: string; mails: Awaited<ReturnType<typeof listOutbox>> }
  | { viewer: "platform-admin"; mails: Awaited<ReturnType<typeof listOutbox>> };

/**
 * The demo's outbox, or null where the page is off (MAIL_OUTBOX unset: production). Its mails
 * carry invitation links, i.e. the right to create an account: a mail is shown only to its
 * recipient, signed in, and to the platform's administrators; an anonymous visitor sees none.
 */
export async function readOutboxForPage(): Promise<OutboxView | null> {
  if (!isOutboxPageEnabled()) return null;
  const sessionUser = await getSessionUser();
  if (!sessionUser) return { viewer: "anonymous" };
  if (await getAccessContext({ type: "PLATFORM" }))
    return { viewer: "platform-admin", mails: await listOutbox(db) };
  const user = await db.user.findFirst({
    where: { id: sessionUser.id, disabledAt: null },
    select: { email: true },
  });
  if (!user) return { viewer: "anonymous" };
  return {
    viewer: "recipient",
    email: user.email,
    mails: await listOutbox(db, 50, { to: { equals: user.email, mode: "insensitive" } }),
  };
}

/** The outbox stands in for real mail: no SMTP, and the outbox page is on. Said on every page. */
export function isOutboxReplacingMail(env: NodeJS.ProcessEnv = process.env): boolean {
  return isOutboxPageEnabled(env) && !isSmtpConfigured(env);
}
