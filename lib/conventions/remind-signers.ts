import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { openSteps } from "@/lib/conventions/machine";
import { appendConventionAuditEvent, lockConvention } from "@/lib/conventions/load-convention";
import { notifyParty } from "@/lib/conventions/notify-parties";
import { conventionIdSchema } from "@/lib/conventions/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";

/** A step is reminded at most once a day, so a double click does not spam signers. */
const REMINDER_GAP_MS = 20 * 3_600_000;

/** Reminds the parties whose signature is awaited on one convention, by e-mail. */
export async function remindSigners(ctx: AccessContext, input: unknown, now = new Date()) {
  requireCollectivite(ctx, "convention.write");
  const { conventionId } = conventionIdSchema.parse(input);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, ctx, conventionId);
    if (convention.status !== "EN_SIGNATURE")
      throw new AppError("CONFLICT", `${convention.reference} n'attend aucune signature.`);
    const open = openSteps(convention.current.steps);
    const steps = await tx.signatureStep.findMany({
      where: { id: { in: open.map((s) => s.id) } },
      select: { id: true, party: true, remindedAt: true },
    });
    const due = steps.filter(
      (s) => !s.remindedAt || now.getTime() - s.remindedAt.getTime() >= REMINDER_GAP_MS,
    );
    if (due.length === 0)
      throw new AppError(
        "CONFLICT",
        "Une relance a déjà été envoyée aujourd'hui pour cette convention.",
      );
    const mailIds: string[] = [];
    for (const step of due) {
      mailIds.push(
        ...(await notifyParty(tx, convention, step.party, {
          subject: "Rappel : convention à signer",
          lines: [
            "Une convention attend toujours votre signature sur Tripartite. Le document figé et son empreinte SHA-256 sont consultables avant de signer.",
          ],
        })),
      );
    }
    await tx.signatureStep.updateMany({
      where: { id: { in: due.map((s) => s.id) } },
      data: { remindedAt: now },
    });
    await appendConventionAuditEvent(tx, ctx, convention, {
      action: "convention.remind",
      after: { parties: due.map((s) => PARTY_LABELS[s.party]), courriels: mailIds.length },
      occurredAt: now,
    });
    return {
      result: {
        reference: convention.reference,
        mails: mailIds.length,
        parties: due.map((s) => PARTY_LABELS[s.party]),
      },
      mailIds,
    };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}
