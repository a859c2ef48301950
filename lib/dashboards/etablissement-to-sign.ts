import "server-only";
import { db } from "@/lib/db/client";
import type { ConventionKind } from "@/lib/generated/prisma/enums";
import { can, type AccessContext } from "@/lib/access/context";
import { openSteps } from "@/lib/conventions/machine";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import { collegeOf } from "@/lib/dashboards/etablissement-college";

export interface ConventionToSign {
  id: string;
  reference: string;
  kind: ConventionKind;
  title: string;
  versionNumber: number;
}

/**
 * The collège's conventions whose open signature step is the EPLE's: the « à signer » tab of the
 * conventions list, for a member who signs. Openness depends on the steps' order, so the few
 * candidates are filtered here, as the list does.
 */
export async function listConventionsToSign(ctx: AccessContext): Promise<ConventionToSign[]> {
  collegeOf(ctx);
  if (!can(ctx, "convention.sign")) return [];
  const rows = await db.convention.findMany({
    where: {
      AND: [
        conventionScopeWhere(ctx),
        {
          status: "EN_SIGNATURE",
          versions: {
            some: {
              status: "EN_SIGNATURE",
              steps: { some: { party: "EPLE", status: "EN_ATTENTE" } },
            },
          },
        },
      ],
    },
    select: {
      id: true,
      reference: true,
      kind: true,
      title: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, steps: { select: { order: true, party: true, status: true } } },
      },
    },
    orderBy: [{ updatedAt: "asc" }],
  });
  return rows
    .filter((c) => openSteps(c.versions[0]?.steps ?? []).some((s) => s.party === "EPLE"))
    .map((c) => ({
      id: c.id,
      reference: c.reference,
      kind: c.kind,
      title: c.title,
      versionNumber: c.versions[0]?.number ?? 1,
    }));
}
