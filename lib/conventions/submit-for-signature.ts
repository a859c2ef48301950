import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { appendAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { actorOf } from "@/lib/members/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  readContent,
  signingKindOf,
  contentPartiesError,
  type ConventionContent,
} from "@/lib/conventions/content";
import type { Actor } from "@/lib/conventions/create-convention";
import { buildConventionDocument, loadDocumentSource } from "@/lib/conventions/build-document";
import { unfilledVariablesOf } from "@/lib/conventions/document-values";
import { variableLabel, type ConventionVariable } from "@/lib/conventions/vocabulary";
import { saveDraft } from "@/lib/conventions/update-draft";
import { renderConventionPdf } from "@/lib/conventions/pdf/render-convention-pdf";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { openSteps } from "@/lib/conventions/machine";
import {
  assertCanApply,
  lockConvention,
  type LockedConvention,
} from "@/lib/conventions/load-convention";
import { notifyParty } from "@/lib/conventions/notify-parties";
import { assertProposalsAnswered } from "@/lib/conventions/proposals";
import { submitSchema, updateDraftSchema } from "@/lib/conventions/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";

/**
 * Freezes a draft version into its PDF, opens its signature steps and tells the first parties.
 * Shared by the collectivité's submission and the demo seed.
 */
export async function freezeForSignature(
  tx: Prisma.TransactionClient,
  convention: LockedConvention,
  content: ConventionContent,
  actor: Actor,
  now: Date,
) {
  const document = await buildConventionDocument(tx, convention.current.id, now);
  const pdf = await renderConventionPdf(document);
  const sha256 = sha256Hex(pdf);
  // Both writes name the locked convention's owner and the draft state they expect (see
  // completeSignature): each can be checked alone.
  await tx.conventionVersion.update({
    where: { id: convention.current.id, conventionId: convention.id, status: "BROUILLON" },
    data: {
      status: "EN_SIGNATURE",
      frozenAt: now,
      frozenPdf: new Uint8Array(pdf),
      frozenSha256: sha256,
    },
    select: { id: true },
  });
  await tx.signatureStep.createMany({
    data: content.signingOrder.map((s) => ({
      versionId: convention.current.id,
      order: s.order,
      party: s.party,
    })),
  });
  await tx.convention.update({
    where: { id: convention.id, collectiviteId: convention.collectiviteId },
    data: { status: "EN_SIGNATURE" },
    select: { id: true },
  });
  await appendAuditEvent(tx, {
    actor,
    scope: partiesAuditScope(convention),
    action: "convention.submit",
    entityType: "Convention",
    entityId: convention.id,
    after: { version: convention.current.number, sha256 },
    occurredAt: now,
  });
  const mailIds: string[] = [];
  for (const step of openSteps(
    content.signingOrder.map((s) => ({ ...s, status: "EN_ATTENTE" as const })),
  )) {
    mailIds.push(
      ...(await notifyParty(tx, convention, step.party, {
        subject: "Convention à signer",
        lines: [
          "Une convention attend votre signature sur Tripartite. Le document figé et son empreinte SHA-256 sont consultables avant de signer.",
        ],
      })),
    );
  }
  return { sha256, mailIds };
}

/** « référent technique ({{referent.technique}}), … »: what freezing still waits for. */
function unfilledMessage(names: readonly ConventionVariable[]): string {
  return (
    `Impossible de figer : ${names.length > 1 ? "ces variables ne sont pas renseignées" : "cette variable n'est pas renseignée"} : ` +
    `${names.map(variableLabel).join(" ; ")}. Renseignez-les (référents, dates, convention-cadre) ou cochez « Sans objet », puis figez de nouveau.`
  );
}

/**
 * Freezes the draft into its PDF, records its SHA-256 and opens the signature steps of its signing
 * order; the first parties to sign are told by e-mail. When the draft form is sent with it
 * (title, dates, content), what is on screen is saved first, in the same transaction: a freeze
 * never leaves unsaved edits out of the signed document. A variable the articles use that is
 * neither filled nor marked « sans objet » refuses the freeze, naming every one of them.
 */
export async function submitForSignature(ctx: AccessContext, input: unknown, now = new Date()) {
  requireCollectivite(ctx, "convention.write");
  const { conventionId } = submitSchema.parse(input);
  const edit =
    input && typeof input === "object" && "content" in input
      ? updateDraftSchema.parse(input)
      : null;
  const { result, mailIds } = await db.$transaction(
    async (tx) => {
      let convention = await lockConvention(tx, ctx, conventionId);
      assertCanApply(convention, "submit", "Cette convention a déjà été soumise à la signature.");
      if (edit) {
        await saveDraft(tx, ctx, convention, edit, now);
        convention = await lockConvention(tx, ctx, conventionId);
      }
      await assertProposalsAnswered(tx, convention.current.id);
      const { startsOn, endsOn } = convention.current;
      if (!startsOn || !endsOn) {
        throw new AppError(
          "INVALID_INPUT",
          "Renseignez la date d'entrée en vigueur et la date de fin avant de soumettre la convention à la signature.",
        );
      }
      const content = readContent(convention.current.content);
      const partiesError = contentPartiesError(signingKindOf(convention), content);
      if (partiesError) throw new AppError("INVALID_INPUT", partiesError);
      const unfilled = unfilledVariablesOf(
        (await loadDocumentSource(tx, convention.current.id)).source,
      );
      if (unfilled.length > 0) throw new AppError("INVALID_INPUT", unfilledMessage(unfilled));

      const { sha256, mailIds } = await freezeForSignature(
        tx,
        convention,
        content,
        actorOf(ctx),
        now,
      );
      return { result: { reference: convention.reference, sha256 }, mailIds };
    },
    // The frozen PDF is rendered inside the transaction (its hash is what the parties sign), with
    // embedded fonts: like signing, it gets more than Prisma's default 5 s on a busy machine.
    { timeout: 60_000 },
  );
  await deliverQueuedMails(db, mailIds);
  return result;
}
