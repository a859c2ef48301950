import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { requireEtablissement } from "@/lib/access/require-scope";
import { applicationScopeWhere } from "@/lib/access/call-scope";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { checkAttachments } from "@/lib/assistance/attachments";
import { callIdSchema } from "@/lib/calls/schemas";
import { assertMayApply, draftAuditScope } from "@/lib/calls/applications";
import { lockCall } from "@/lib/calls/write-call";

/** A dossier carries at most this many files. */
export const MAX_DOSSIER_ATTACHMENTS = 10;

/**
 * The chef or the référent numérique joins photos or PDFs to the collège's draft dossier while the
 * call is open (the incidents' file checks: type read from the bytes, 5 Mo, four per sending). The
 * whole sending is refused, nothing written, when one file is refused.
 */
export async function addApplicationAttachments(
  ctx: AccessContext,
  input: unknown,
  files: readonly File[],
  now = new Date(),
): Promise<{ added: number }> {
  const college = requireEtablissement(ctx, "call.apply");
  const { callId } = callIdSchema.parse(input);
  const attachments = await checkAttachments(files);
  if (attachments.length === 0)
    throw new AppError("INVALID_INPUT", "Choisissez au moins un fichier à joindre.", {
      files: "Choisissez au moins un fichier à joindre.",
    });
  return db.$transaction(async (tx) => {
    const call = await lockCall(tx, ctx, callId);
    await assertMayApply(tx, call, college.id, now);
    const application = await tx.projectApplication.findUnique({
      where: { callId_etablissementId: { callId: call.id, etablissementId: college.id } },
      select: { id: true, status: true, _count: { select: { attachments: true } } },
    });
    if (!application)
      throw new AppError(
        "CONFLICT",
        "Enregistrez d'abord le dossier, puis joignez-y vos fichiers.",
      );
    if (application.status === "DEPOSE")
      throw new AppError("CONFLICT", "Le dossier est déposé : il ne se modifie plus.");
    if (application._count.attachments + attachments.length > MAX_DOSSIER_ATTACHMENTS)
      throw new AppError(
        "INVALID_INPUT",
        `${MAX_DOSSIER_ATTACHMENTS} pièces jointes au plus par dossier : il en a déjà ${application._count.attachments}.`,
      );
    await tx.projectApplication.update({
      where: { id: application.id, status: "BROUILLON" },
      data: {
        attachments: {
          createMany: {
            data: attachments.map((a) => ({
              ...a,
              uploadedById: ctx.user.id,
              uploadedByName: ctx.user.name,
              createdAt: now,
            })),
          },
        },
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: draftAuditScope(college.id),
      action: "call.application.attach",
      entityType: "ProjectApplication",
      entityId: application.id,
      after: { appel: call.title, fichiers: attachments.map((a) => a.fileName).join(", ") },
      occurredAt: now,
    });
    return { added: attachments.length };
  });
}

/**
 * A file of a dossier the context may read, for download: the collège's own, and the deposited
 * dossiers of the calls the collectivité or the co-pilot académie sees. Anything else: NOT_FOUND.
 */
export async function getApplicationAttachment(
  ctx: AccessContext,
  callId: string,
  attachmentId: string,
) {
  assertCan(ctx, "call.read");
  const file = await db.applicationAttachment.findFirst({
    where: {
      id: attachmentId,
      application: {
        AND: [
          { callId },
          applicationScopeWhere(ctx),
          ctx.scope.type === "ETABLISSEMENT" ? {} : { status: "DEPOSE" },
        ],
      },
    },
    select: { fileName: true, contentType: true, data: true },
  });
  if (!file) throw new AppError("NOT_FOUND", "Pièce jointe introuvable.");
  return file;
}
