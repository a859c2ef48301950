import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { formatDate } from "@/lib/format";
import {
  assertCanApply,
  appendConventionAuditEvent,
  lockConvention,
} from "@/lib/conventions/load-convention";
import { notifyParty } from "@/lib/conventions/notify-parties";
import { terminateSchema } from "@/lib/conventions/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";
import { conventionScopeWhere } from "@/lib/access/scope-where";

/** Records the résiliation of a convention in force (date of effect, reason); every party is told. */
export async function terminateConvention(ctx: AccessContext, input: unknown, now = new Date()) {
  requireCollectivite(ctx, "convention.write");
  const data = terminateSchema.parse(input);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, ctx, data.conventionId);
    if (convention.kind === "AVENANT")
      throw new AppError(
        "INVALID_INPUT",
        "On résilie la convention elle-même, pas un de ses avenants.",
      );
    assertCanApply(
      convention,
      "terminate",
      `${convention.reference} n'est pas en vigueur : elle ne peut pas être résiliée.`,
      now,
    );
    if (convention.startsOn && data.terminatedOn < convention.startsOn) {
      throw new AppError(
        "INVALID_INPUT",
        "La résiliation ne peut pas prendre effet avant l'entrée en vigueur.",
        { terminatedOn: "Date antérieure à l'entrée en vigueur." },
      );
    }
    await tx.convention.update({
      where: { id: convention.id, AND: [conventionScopeWhere(ctx)] },
      data: { status: "RESILIEE", terminatedOn: data.terminatedOn, terminationReason: data.reason },
      select: { id: true },
    });
    await appendConventionAuditEvent(tx, ctx, convention, {
      action: "convention.terminate",
      before: { statut: "EN_VIGUEUR" },
      after: { statut: "RESILIEE", dateEffet: data.terminatedOn, motif: data.reason },
      occurredAt: now,
    });
    const mailIds: string[] = [];
    for (const party of ["EPLE", "ETAT"] as const) {
      mailIds.push(
        ...(await notifyParty(tx, convention, party, {
          subject: "Convention résiliée",
          lines: [
            `La collectivité a résilié la convention, avec effet au ${formatDate(data.terminatedOn)}, pour ce motif :`,
            "",
            data.reason,
          ],
        })),
      );
    }
    return { result: { reference: convention.reference }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}
