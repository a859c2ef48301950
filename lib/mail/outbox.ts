import "server-only";
import { db } from "@/lib/db/client";
import { isOutboxPageEnabled, listOutbox } from "@/lib/mail/send-mail";

/**
 * The demo's outbox, or null where the page is off (MAIL_OUTBOX unset: production). It shows
 * invitation links, so it must never be on where real people receive real mail.
 */
export async function readOutboxForPage() {
  return isOutboxPageEnabled() ? listOutbox(db) : null;
}
