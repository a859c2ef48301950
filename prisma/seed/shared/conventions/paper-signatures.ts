import type { ConventionParty } from "@/lib/generated/prisma/enums";
import type { PlannedVersion } from "@/prisma/seed/shared/conventions/plan-types";
import type { ConventionPerson } from "@/prisma/seed/shared/conventions/written-conventions";

/**
 * Which planned paper signatures of a version are declarations, as the product allows them: a
 * party other than the collectivité whose signer has no account (in the demo, a collège or an
 * académie without anyone on the platform) is declared by the convention's agent — one step at
 * most per person, the earliest. Every other paper signature is recorded by its signer.
 */
export function declaredParties(
  version: Pick<PlannedVersion, "steps">,
  signerOf: (party: ConventionParty) => ConventionPerson,
  agent: ConventionPerson,
): ReadonlySet<ConventionParty> {
  if (!agent.id) return new Set();
  const candidates = version.steps
    .filter(
      (s) =>
        s.offline && s.decidedAt && s.party !== "COLLECTIVITE" && signerOf(s.party).id === null,
    )
    .sort((a, b) => a.decidedAt!.getTime() - b.decidedAt!.getTime() || a.order - b.order);
  return new Set(candidates.slice(0, 1).map((s) => s.party));
}
