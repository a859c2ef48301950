import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { spaceColumnWhere } from "@/lib/access/scope-where";

/**
 * The conventions a context may see, to put inside every query: a collectivité its own (cadres
 * included), an académie every convention of its académie whatever the collectivité, an
 * établissement its own tripartite conventions and their avenants. The platform sees none.
 */
export function conventionScopeWhere(ctx: AccessContext): Prisma.ConventionWhereInput {
  return spaceColumnWhere(ctx) ?? { id: { in: [] } };
}
