import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import type { LockedConvention } from "@/lib/conventions/load-convention";

type Tx = Prisma.TransactionClient;

/**
 * Replaces the version in signature by a new draft with the same content: the old version is kept
 * (with what was signed on it) as « remplacée », its pending steps are voided, and the convention
 * goes back to draft. Used by a refusal and by a reprise en brouillon.
 */
export async function replaceWithNewDraft(
  tx: Tx,
  ctx: AccessContext,
  convention: LockedConvention,
): Promise<number> {
  const old = await tx.conventionVersion.findUniqueOrThrow({
    where: { id: convention.current.id },
    select: { content: true, startsOn: true, endsOn: true, templateVersionId: true },
  });
  await tx.signatureStep.updateMany({
    where: {
      versionId: convention.current.id,
      status: "EN_ATTENTE",
      version: { convention: conventionScopeWhere(ctx) },
    },
    data: { status: "ANNULEE" },
  });
  await tx.conventionVersion.update({
    where: { id: convention.current.id, convention: conventionScopeWhere(ctx) },
    data: { status: "REMPLACEE" },
    select: { id: true },
  });
  const number = convention.current.number + 1;
  await tx.conventionVersion.create({
    data: {
      conventionId: convention.id,
      number,
      content: old.content as Prisma.InputJsonValue,
      startsOn: old.startsOn,
      endsOn: old.endsOn,
      templateVersionId: old.templateVersionId,
      createdById: ctx.user.id,
    },
    select: { id: true },
  });
  await tx.convention.update({
    where: { id: convention.id, AND: [conventionScopeWhere(ctx)] },
    data: { status: "BROUILLON" },
    select: { id: true },
  });
  return number;
}
