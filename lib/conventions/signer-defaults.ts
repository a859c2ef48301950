import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";

/** The signer's title and delegation as recorded on their membership, to prefill the signing form. */
export async function getSignerDefaults(ctx: AccessContext): Promise<{ qualite: string; delegationReference: string }> {
  const scope =
    ctx.scope.type === "COLLECTIVITE" ? { collectiviteId: ctx.scope.id }
    : ctx.scope.type === "ACADEMIE" ? { academieCode: ctx.scope.code }
    : ctx.scope.type === "ETABLISSEMENT" ? { etablissementId: ctx.scope.id }
    : { scopeType: "PLATFORM" as const };
  const membership = await db.membership.findFirst({
    where: { userId: ctx.user.id, ...scope, qualite: { not: null } },
    select: { qualite: true, delegationReference: true },
  });
  return { qualite: membership?.qualite ?? "", delegationReference: membership?.delegationReference ?? "" };
}
