import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { can } from "@/lib/access/context";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { actorOf } from "@/lib/members/actor";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { AUTHORISATION_KINDS, openSteps, partyOfScope } from "@/lib/conventions/machine";
import { conventionAuditScope, lockConvention } from "@/lib/conventions/load-convention";
import { afterStepSigned, stepToSign } from "@/lib/conventions/sign-convention";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { offlineSignSchema } from "@/lib/conventions/schemas";

export const MAX_SCAN_BYTES = 20 * 1024 * 1024;

/**
 * Records a signature given on paper (« signée hors plateforme »), with the scanned copy: by the
 * collectivité that pilots the convention, for any party whose turn it is, or by a signer for
 * their own party. The paper signed is the frozen document; its hash is recorded as signed.
 */
export async function recordOfflineSignature(ctx: AccessContext, input: unknown, scan: Uint8Array | null, now = new Date()) {
  const data = offlineSignSchema.parse(input);
  const ownParty = partyOfScope(ctx.scope.type);
  const pilot = ctx.scope.type === "COLLECTIVITE" && can(ctx, "convention.write");
  const signer = can(ctx, "convention.sign") && ownParty === data.party;
  if (!pilot && !signer) throw new AppError("FORBIDDEN", "Seule la collectivité, ou le signataire de cette partie, enregistre une signature hors plateforme.");
  if (!scan || scan.byteLength === 0) throw new AppError("INVALID_INPUT", "Joignez la copie numérisée de la convention signée (PDF).", { scan: "Copie numérisée obligatoire." });
  if (scan.byteLength > MAX_SCAN_BYTES) throw new AppError("INVALID_INPUT", "La copie numérisée dépasse 20 Mo.", { scan: "20 Mo au plus." });
  if (Buffer.from(scan.subarray(0, 5)).toString("latin1") !== "%PDF-") throw new AppError("INVALID_INPUT", "La copie numérisée doit être un fichier PDF.", { scan: "Fichier PDF attendu." });
  const scanSha256 = sha256Hex(scan);

  const { result, mailIds } = await db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, ctx, data.conventionId);
    const step = stepToSign(convention, data.party, convention.current.frozenSha256 ?? "");
    const { count } = await tx.signatureStep.updateMany({
      where: { id: step.id, status: "EN_ATTENTE" },
      data: {
        status: "SIGNEE_HORS_PLATEFORME", signerName: data.signerName, qualite: data.qualite,
        authorisationKind: AUTHORISATION_KINDS[data.party].kind, authorisationReference: data.authorisationReference,
        authorisationDate: data.authorisationDate, decidedAt: data.signedOn, documentSha256: convention.current.frozenSha256,
        scanPdf: new Uint8Array(scan), scanSha256,
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", `${convention.reference} vient d'être signée pour cette partie.`);
    await appendAuditEvent(tx, {
      actor: actorOf(ctx), scope: conventionAuditScope(convention), action: "convention.sign_offline", entityType: "Convention", entityId: convention.id,
      after: { partie: PARTY_LABELS[data.party], signataire: data.signerName, qualite: data.qualite, version: convention.current.number, copie: scanSha256 },
      occurredAt: now,
    });
    const next = await afterStepSigned(tx, convention.id, ctx, now);
    return { result: { reference: convention.reference, complete: next.complete }, mailIds: next.mailIds };
  }, { timeout: 60_000 });
  await deliverQueuedMails(db, mailIds);
  return result;
}

/** The parties whose paper signature a context may record now on a convention's open steps. */
export function offlineParties(ctx: AccessContext, steps: Parameters<typeof openSteps>[0]) {
  const open = openSteps(steps).map((s) => s.party);
  if (ctx.scope.type === "COLLECTIVITE" && can(ctx, "convention.write")) return open;
  const own = partyOfScope(ctx.scope.type);
  return can(ctx, "convention.sign") && own && open.includes(own) ? [own] : [];
}
