import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { PARTY_IN_SENTENCE, PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { partyOfScope } from "@/lib/conventions/machine";
import {
  assertCanApply,
  appendConventionAuditEvent,
  lockConvention,
} from "@/lib/conventions/load-convention";
import { replaceWithNewDraft } from "@/lib/conventions/new-version";
import { notifyParty } from "@/lib/conventions/notify-parties";
import { refuseSchema } from "@/lib/conventions/schemas";

/**
 * A party refuses to sign, with a reason. The version is replaced by a new draft (same content)
 * that the collectivité corrects and submits again; its agents are told why.
 */
export async function refuseConvention(ctx: AccessContext, input: unknown, now = new Date()) {
  assertCan(ctx, "convention.sign");
  const party = partyOfScope(ctx.scope.type);
  if (!party) throw new AppError("FORBIDDEN");
  const data = refuseSchema.parse(input);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, ctx, data.conventionId);
    assertCanApply(convention, "refuse", `${convention.reference} n'est plus en signature.`);
    if (convention.current.frozenSha256 !== data.documentSha256)
      throw new AppError(
        "CONFLICT",
        "Le document a été remplacé par une nouvelle version entre-temps : rechargez la page.",
      );
    const step = convention.current.steps.find(
      (s) => s.party === party && s.status === "EN_ATTENTE",
    );
    if (!step)
      throw new AppError(
        "CONFLICT",
        `${convention.reference} n'attend plus de décision de votre part.`,
      );
    const { count } = await tx.signatureStep.updateMany({
      where: { id: step.id, versionId: convention.current.id, status: "EN_ATTENTE" },
      data: {
        status: "REFUSEE",
        refusalReason: data.reason,
        signerId: ctx.user.id,
        signerName: ctx.user.name,
        signerEmail: ctx.user.email,
        decidedAt: now,
      },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    const number = await replaceWithNewDraft(tx, ctx, convention);
    await appendConventionAuditEvent(tx, ctx, convention, {
      action: "convention.refuse",
      after: {
        partie: PARTY_LABELS[party],
        motif: data.reason,
        version: convention.current.number,
        nouvelleVersion: number,
      },
      occurredAt: now,
    });
    const mailIds = await notifyParty(
      tx,
      convention,
      "COLLECTIVITE",
      {
        subject: "Convention refusée",
        lines: [
          `${ctx.user.name}, pour ${PARTY_IN_SENTENCE[party]}, a refusé de signer la version ${convention.current.number}, pour ce motif :`,
          "",
          data.reason,
          "",
          `Une version ${number} a été créée en brouillon : corrigez-la puis soumettez-la de nouveau.`,
        ],
      },
      "convention.write",
    );
    return { result: { reference: convention.reference, version: number }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}
