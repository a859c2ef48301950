import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { AUTHORISATION_KINDS, partyOfScope } from "@/lib/conventions/machine";

/**
 * The signer's title as recorded on their membership, and the authorisation to prefill: their
 * delegation only where the delegation is the party's authorisation (the État's); a collège or a
 * département signs under a délibération, which the form leaves to fill rather than prefill wrongly.
 */
export async function getSignerDefaults(
  ctx: AccessContext,
): Promise<{ qualite: string; authorisationReference: string }> {
  const scope =
    ctx.scope.type === "COLLECTIVITE"
      ? { collectiviteId: ctx.scope.id }
      : ctx.scope.type === "ACADEMIE"
        ? { academieCode: ctx.scope.code }
        : ctx.scope.type === "ETABLISSEMENT"
          ? { etablissementId: ctx.scope.id }
          : { scopeType: "PLATFORM" as const };
  const membership = await db.membership.findFirst({
    where: { userId: ctx.user.id, ...scope, qualite: { not: null } },
    select: { qualite: true, delegationReference: true },
  });
  const party = partyOfScope(ctx.scope.type);
  const prefill = party !== null && AUTHORISATION_KINDS[party].prefilledFromDelegation;
  return {
    qualite: membership?.qualite ?? "",
    authorisationReference: prefill ? (membership?.delegationReference ?? "") : "",
  };
}
