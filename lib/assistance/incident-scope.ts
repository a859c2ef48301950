import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import type { AccessContext } from "@/lib/access/context";
import { partyOfScope } from "@/lib/conventions/machine";

/**
 * The party a context acts for on an incident: a collectivité's members for the collectivité, an
 * académie's for the State, a collège's for the EPLE. The platform acts for none.
 */
export function partyOf(ctx: AccessContext): ConventionParty | null {
  return partyOfScope(ctx.scope.type);
}

/**
 * The incidents a context may see: a collectivité those of its collèges (a technician those of
 * the collèges of their secteurs), an académie those of its collèges (its assistance desk alone,
 * those that were ever routed to the State), a collège its own. The platform sees none.
 */
export function incidentScopeWhere(ctx: AccessContext): Prisma.IncidentWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return ctx.sectorIds
        ? {
            collectiviteId: ctx.scope.id,
            etablissement: { sectorId: { in: [...ctx.sectorIds] } },
          }
        : { collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return ctx.roles.every((role) => role === "ASSISTANCE")
        ? { academieCode: ctx.scope.code, events: { some: { party: "ETAT" } } }
        : { academieCode: ctx.scope.code };
    case "ETABLISSEMENT":
      return { etablissementId: ctx.scope.id };
    case "PLATFORM":
      return { id: { in: [] } };
  }
}
