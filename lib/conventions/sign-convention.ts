import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { AppError, isAppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { PARTY_IN_SENTENCE, PARTY_LABELS, ofParty } from "@/lib/conventions/vocabulary";
import {
  AUTHORISATION_KINDS,
  allSigned,
  openSteps,
  partyOfScope,
  stepEngagedBy,
} from "@/lib/conventions/machine";
import {
  assertCanApply,
  appendConventionAuditEvent,
  lockConvention,
  type LockedConvention,
} from "@/lib/conventions/load-convention";
import { completeSignature } from "@/lib/conventions/complete-signature";
import { notifyParty } from "@/lib/conventions/notify-parties";
import { verifySignerPassword } from "@/lib/conventions/verify-password";
import { batchSignSchema, signSchema } from "@/lib/conventions/schemas";

type Tx = Prisma.TransactionClient;

/** Where a signature comes from: recorded with it as evidence. */
export interface SignatureMeta {
  ip: string | null;
  userAgent: string | null;
}

interface Authorisation {
  qualite: string;
  authorisationReference: string;
  authorisationDate: Date;
}

function signerParty(ctx: AccessContext): ConventionParty {
  assertCan(ctx, "convention.sign");
  const party = partyOfScope(ctx.scope.type);
  if (!party) throw new AppError("FORBIDDEN");
  return party;
}

/**
 * The step `party` may act on now, or a conflict that says why not: the convention left signature,
 * the document shown was replaced, the step is signed already or not open yet.
 */
export function stepToSign(
  convention: LockedConvention,
  party: ConventionParty,
  documentSha256: string,
) {
  assertCanApply(
    convention,
    "sign",
    `${convention.reference} n'est plus en signature : rechargez la page pour voir son état.`,
  );
  const frozen = convention.current.frozenSha256;
  if (!frozen || frozen !== documentSha256) {
    throw new AppError(
      "CONFLICT",
      `${convention.reference} : le document que vous avez lu a été remplacé par une nouvelle version. Relisez-la avant de signer.`,
    );
  }
  const step = convention.current.steps.find((s) => s.party === party);
  if (!step)
    throw new AppError(
      "NOT_FOUND",
      `${convention.reference} n'attend pas de signature de votre part.`,
    );
  if (step.status !== "EN_ATTENTE")
    throw new AppError(
      "CONFLICT",
      `${convention.reference} a déjà été signée pour ${PARTY_IN_SENTENCE[party]}.`,
    );
  if (!openSteps(convention.current.steps).some((s) => s.id === step.id)) {
    const waiting = openSteps(convention.current.steps)
      .map((s) => ofParty(s.party))
      .join(" et ");
    throw new AppError(
      "CONFLICT",
      `${convention.reference} attend d'abord la signature ${waiting || "d'une autre partie"}.`,
    );
  }
  return step;
}

/**
 * Refuses a second engagement of one person on a version: whoever signed (or declared) one party's
 * step cannot sign or declare another's, whatever roles their account holds.
 */
export function assertNotEngagedElsewhere(
  convention: LockedConvention,
  userId: string,
  stepId: string,
): void {
  const other = stepEngagedBy(convention.current.steps, userId, stepId);
  if (other) {
    throw new AppError(
      "FORBIDDEN",
      `Vous avez déjà signé ou déclaré pour la partie « ${PARTY_LABELS[other.party]} » de ${convention.reference} : une même personne ne signe pas pour deux parties.`,
    );
  }
}

/** After a step is signed: completes the convention, or tells the parties whose turn has come. */
export async function afterStepSigned(
  tx: Tx,
  conventionId: string,
  ctx: AccessContext,
  now: Date,
): Promise<{ complete: boolean; mailIds: string[] }> {
  const convention = await lockConvention(tx, ctx, conventionId);
  if (allSigned(convention.current.steps)) {
    await completeSignature(tx, convention, now);
    await appendConventionAuditEvent(tx, ctx, convention, {
      action: "convention.in_force",
      after: { version: convention.current.number },
      occurredAt: now,
    });
    const mailIds: string[] = [];
    for (const party of new Set(convention.current.steps.map((s) => s.party))) {
      mailIds.push(
        ...(await notifyParty(tx, convention, party, {
          subject: "Convention signée par toutes les parties",
          lines: [
            "La convention est en vigueur. Sa version finale signée, avec le certificat de signature, est téléchargeable sur Tripartite.",
          ],
        })),
      );
    }
    return { complete: true, mailIds };
  }
  const mailIds: string[] = [];
  for (const step of openSteps(convention.current.steps)) {
    mailIds.push(
      ...(await notifyParty(tx, convention, step.party, {
        subject: "Convention à signer",
        lines: ["Une convention attend maintenant votre signature sur Tripartite."],
      })),
    );
  }
  return { complete: false, mailIds };
}

async function signOne(
  ctx: AccessContext,
  party: ConventionParty,
  conventionId: string,
  documentSha256: string,
  auth: Authorisation,
  meta: SignatureMeta,
  now: Date,
) {
  return db.$transaction(
    async (tx) => {
      const convention = await lockConvention(tx, ctx, conventionId);
      const step = stepToSign(convention, party, documentSha256);
      assertNotEngagedElsewhere(convention, ctx.user.id, step.id);
      // Conditional on the step still pending: a double click or a second tab records nothing twice.
      const { count } = await tx.signatureStep.updateMany({
        where: { id: step.id, versionId: convention.current.id, status: "EN_ATTENTE" },
        data: {
          status: "SIGNEE",
          signerId: ctx.user.id,
          signerName: ctx.user.name,
          signerEmail: ctx.user.email,
          qualite: auth.qualite,
          authorisationKind: AUTHORISATION_KINDS[party].kind,
          authorisationReference: auth.authorisationReference,
          authorisationDate: auth.authorisationDate,
          decidedAt: now,
          ip: meta.ip,
          userAgent: meta.userAgent?.slice(0, 500) ?? null,
          documentSha256,
        },
      });
      if (count !== 1)
        throw new AppError(
          "CONFLICT",
          `${convention.reference} vient d'être signée par quelqu'un d'autre.`,
        );
      await appendConventionAuditEvent(tx, ctx, convention, {
        action: "convention.sign",
        after: {
          partie: PARTY_LABELS[party],
          version: convention.current.number,
          sha256: documentSha256,
          qualite: auth.qualite,
          autorisation: auth.authorisationReference,
        },
        occurredAt: now,
      });
      const next = await afterStepSigned(tx, convention.id, ctx, now);
      return { reference: convention.reference, complete: next.complete, mailIds: next.mailIds };
    },
    { timeout: 60_000 },
  );
}

/** Signs the convention for the signer's party, after re-entering the password, against the document shown. */
export async function signConvention(
  ctx: AccessContext,
  input: unknown,
  meta: SignatureMeta,
  now = new Date(),
) {
  const party = signerParty(ctx);
  const data = signSchema.parse(input);
  await verifySignerPassword(ctx, data.password);
  const result = await signOne(ctx, party, data.conventionId, data.documentSha256, data, meta, now);
  await deliverQueuedMails(db, result.mailIds);
  return { reference: result.reference, complete: result.complete };
}

/**
 * Signs several conventions with one password entry (a rectorat's batch): each is signed in its
 * own transaction and recorded individually; one that cannot be signed is reported, not fatal.
 */
export async function signConventionsBatch(
  ctx: AccessContext,
  input: unknown,
  meta: SignatureMeta,
  now = new Date(),
) {
  const party = signerParty(ctx);
  const data = batchSignSchema.parse(input);
  await verifySignerPassword(ctx, data.password);
  const results: { conventionId: string; ok: boolean; message: string }[] = [];
  for (const item of new Set(data.items)) {
    const [conventionId, sha] = item.split(":") as [string, string];
    try {
      const signed = await signOne(ctx, party, conventionId, sha.toLowerCase(), data, meta, now);
      await deliverQueuedMails(db, signed.mailIds);
      results.push({
        conventionId,
        ok: true,
        message: `${signed.reference} signée${signed.complete ? " : elle est en vigueur" : ""}.`,
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ conventionId, ok: false, message: error.message });
    }
  }
  return results;
}
