import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { buildConventionDocument } from "@/lib/conventions/build-document";
import type { SignatureEvidence } from "@/lib/conventions/document";
import { renderFinalPdf } from "@/lib/conventions/pdf/render-final-pdf";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { displayStatus, isSigned } from "@/lib/conventions/machine";
import type { LockedConvention } from "@/lib/conventions/load-convention";
import { stepEvidenceSelect } from "@/lib/conventions/selects";

type Tx = Prisma.TransactionClient;

/**
 * The last signature is in: renders the final PDF (frozen pages, certificate of every signature,
 * audit trail), puts the version in force and, for an avenant, makes it the consolidated version
 * of the convention it amends, with its dates.
 */
export async function completeSignature(
  tx: Tx,
  convention: LockedConvention,
  now: Date,
): Promise<void> {
  const version = await tx.conventionVersion.findUniqueOrThrow({
    where: { id: convention.current.id, conventionId: convention.id },
    select: {
      frozenAt: true,
      frozenPdf: true,
      frozenSha256: true,
      startsOn: true,
      endsOn: true,
      steps: {
        orderBy: [{ order: "asc" }, { party: "asc" }],
        select: stepEvidenceSelect,
      },
    },
  });
  if (!version.frozenPdf || !version.frozenSha256 || !version.frozenAt)
    throw new Error(`Version ${convention.current.id} sans document figé`);

  const parent =
    convention.kind === "AVENANT" && convention.parentId
      ? await tx.convention.findUniqueOrThrow({
          where: { id: convention.parentId, collectiviteId: convention.collectiviteId },
          select: { id: true, status: true, endsOn: true },
        })
      : null;
  if (parent && displayStatus(parent.status, parent.endsOn, now) !== "EN_VIGUEUR") {
    throw new AppError(
      "CONFLICT",
      "La convention que cet avenant modifie n'est plus en vigueur : l'avenant ne peut pas entrer en vigueur.",
    );
  }

  const signatures: SignatureEvidence[] = version.steps.filter(isSigned).map((s) => ({
    order: s.order,
    party: s.party,
    status: s.status as SignatureEvidence["status"],
    signerName: s.signerName ?? "",
    signerEmail: s.signerEmail,
    qualite: s.qualite,
    authorisationKind: s.authorisationKind,
    authorisationReference: s.authorisationReference,
    authorisationDate: s.authorisationDate,
    decidedAt: s.decidedAt ?? now,
    ip: s.ip,
    userAgent: s.userAgent,
    documentSha256: s.documentSha256 ?? version.frozenSha256!,
    scanSha256: s.scanSha256,
    declaredBy: s.declaredByName ? { name: s.declaredByName, email: s.declaredByEmail } : null,
  }));
  const audit = await tx.auditEvent.findMany({
    where: { entityType: "Convention", entityId: convention.id },
    orderBy: { seq: "asc" },
    select: { seq: true, occurredAt: true, actorLabel: true, action: true },
  });
  const doc = await buildConventionDocument(tx, convention.current.id, version.frozenAt);
  const finalPdf = await renderFinalPdf(version.frozenPdf, {
    doc,
    frozenSha256: version.frozenSha256,
    signatures,
    audit,
    completedAt: now,
  });

  // Each write names the locked convention's owner and the state it expects, so that it can be
  // checked alone: a row of another collectivité, or one already moved on, is not touched.
  const owner = { collectiviteId: convention.collectiviteId };
  await tx.conventionVersion.update({
    where: { id: convention.current.id, conventionId: convention.id, status: "EN_SIGNATURE" },
    data: {
      status: "SIGNEE",
      signedAt: now,
      finalPdf: new Uint8Array(finalPdf),
      finalSha256: sha256Hex(finalPdf),
    },
    select: { id: true },
  });
  const dates = { startsOn: version.startsOn, endsOn: version.endsOn };
  if (parent) {
    await tx.convention.update({
      where: { id: convention.id, ...owner, status: "EN_SIGNATURE" },
      data: { status: "EN_VIGUEUR", ...dates },
      select: { id: true },
    });
    await tx.convention.update({
      where: { id: parent.id, ...owner, status: "EN_VIGUEUR" },
      data: { inForceVersionId: convention.current.id, ...dates },
      select: { id: true },
    });
  } else {
    await tx.convention.update({
      where: { id: convention.id, ...owner, status: "EN_SIGNATURE" },
      data: { status: "EN_VIGUEUR", inForceVersionId: convention.current.id, ...dates },
      select: { id: true },
    });
  }
}
