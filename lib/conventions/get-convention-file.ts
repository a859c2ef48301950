import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { conventionScopeWhere } from "@/lib/access/scope-where";

export const CONVENTION_FILES = ["fige", "final", "scan"] as const;
export type ConventionFile = (typeof CONVENTION_FILES)[number];

/**
 * A stored PDF of a convention of the context's scope: a version's frozen document, its final
 * signed document, or the scanned paper copy of a step. The scope is inside the query.
 */
export async function getConventionFile(
  ctx: AccessContext,
  conventionId: string,
  file: ConventionFile,
  itemId: string,
) {
  assertCan(ctx, "convention.read");
  const convention = { AND: [{ id: conventionId }, conventionScopeWhere(ctx)] };
  if (file === "scan") {
    const step = await db.signatureStep.findFirst({
      where: { id: itemId, version: { convention } },
      select: {
        scanPdf: true,
        party: true,
        version: { select: { number: true, convention: { select: { reference: true } } } },
      },
    });
    if (!step?.scanPdf) throw new AppError("NOT_FOUND");
    return {
      bytes: step.scanPdf,
      filename: `${step.version.convention.reference}-v${step.version.number}-copie-${step.party.toLowerCase()}.pdf`,
    };
  }
  const version = await db.conventionVersion.findFirst({
    where: { id: itemId, convention },
    select: {
      number: true,
      frozenPdf: file === "fige",
      finalPdf: file === "final",
      convention: { select: { reference: true } },
    },
  });
  const bytes = file === "fige" ? version?.frozenPdf : version?.finalPdf;
  if (!version || !bytes) throw new AppError("NOT_FOUND");
  return {
    bytes,
    filename: `${version.convention.reference}-v${version.number}${file === "final" ? "-signee" : ""}.pdf`,
  };
}
