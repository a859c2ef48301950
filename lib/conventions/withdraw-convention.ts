import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { isSigned } from "@/lib/conventions/machine";
import {
  assertCanApply,
  appendConventionAuditEvent,
  lockConvention,
} from "@/lib/conventions/load-convention";
import { replaceWithNewDraft } from "@/lib/conventions/new-version";
import { notifyParty } from "@/lib/conventions/notify-parties";
import { withdrawSchema } from "@/lib/conventions/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";

/**
 * Takes a convention in signature back to draft to correct it: a new version is created and the
 * pending signatures are voided; signatures already given stay on the replaced version, and the
 * parties who gave them are told they will sign the new one.
 */
export async function withdrawConvention(ctx: AccessContext, input: unknown, now = new Date()) {
  requireCollectivite(ctx, "convention.write");
  const data = withdrawSchema.parse(input);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, ctx, data.conventionId);
    assertCanApply(convention, "withdraw", `${convention.reference} n'est pas en signature.`);
    const number = await replaceWithNewDraft(tx, ctx, convention);
    await appendConventionAuditEvent(tx, ctx, convention, {
      action: "convention.withdraw",
      after: { motif: data.reason, version: convention.current.number, nouvelleVersion: number },
      occurredAt: now,
    });
    const mailIds: string[] = [];
    for (const step of convention.current.steps.filter(isSigned)) {
      mailIds.push(
        ...(await notifyParty(tx, convention, step.party, {
          subject: "Convention reprise en brouillon",
          lines: [
            `La version ${convention.current.number} que vous avez signée est reprise en brouillon pour correction :`,
            "",
            data.reason,
            "",
            "Vous serez invité à signer la nouvelle version.",
          ],
        })),
      );
    }
    return { result: { reference: convention.reference, version: number }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}
