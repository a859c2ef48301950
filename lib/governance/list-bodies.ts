import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { partyOfScope } from "@/lib/conventions/machine";
import { bodyParties, bodyScopeWhere } from "@/lib/governance/body-scope";
import { designatableWhere } from "@/lib/governance/people";

const bodySelect = {
  id: true,
  name: true,
  kind: true,
  cadence: true,
  secretariatParty: true,
  collectiviteId: true,
  academieCode: true,
  etablissementId: true,
  createdAt: true,
  collectivite: { select: { name: true } },
  academie: { select: { name: true } },
  etablissement: { select: { uai: true, name: true } },
  convention: { select: { id: true, reference: true, title: true } },
} as const;

/** The bodies the context sees, with their co-chairs and how many members sit on them. */
export async function listBodies(ctx: AccessContext) {
  assertCan(ctx, "governance.read");
  const bodies = await db.governanceBody.findMany({
    where: bodyScopeWhere(ctx),
    select: {
      ...bodySelect,
      members: {
        where: { endedAt: null },
        select: { party: true, role: true, name: true },
        // The enum's order: collectivité, État, établissement.
        orderBy: [{ party: "asc" }, { name: "asc" }],
      },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return bodies.map(({ members, ...body }) => ({
    ...body,
    members: members.length,
    chairs: members.filter((m) => m.role === "COPRESIDENT"),
  }));
}

export type BodyListItem = Awaited<ReturnType<typeof listBodies>>[number];

/**
 * One body the context sees, or NOT_FOUND: its members (current, then those whose mandate
 * ended), and what the context may do there — designate members for its own party, from the
 * people of its space.
 */
export async function getBody(ctx: AccessContext, id: string) {
  assertCan(ctx, "governance.read");
  const body = await db.governanceBody.findFirst({
    where: bodyScopeWhere(ctx, id),
    select: {
      ...bodySelect,
      members: {
        select: {
          id: true,
          party: true,
          role: true,
          name: true,
          email: true,
          qualite: true,
          userId: true,
          createdAt: true,
          endedAt: true,
        },
        orderBy: [{ endedAt: { sort: "desc", nulls: "first" } }, { role: "asc" }, { name: "asc" }],
      },
    },
  });
  if (!body) throw new AppError("NOT_FOUND", "Cette instance n'existe pas dans votre espace.");
  const party = partyOfScope(ctx.scope.type);
  const designates =
    party !== null && bodyParties(body).includes(party) && can(ctx, "governance.manage");
  const people = designates
    ? (
        await db.membership.findMany({
          where: designatableWhere(ctx),
          select: { user: { select: { id: true, name: true, email: true } } },
          orderBy: { user: { name: "asc" } },
        })
      ).map((m) => m.user)
    : [];
  // A person holding two roles in the space is offered once.
  const offered = [...new Map(people.map((p) => [p.id, p])).values()];
  return {
    body: { ...body, parties: bodyParties(body) },
    party: designates ? party : null,
    people: offered,
  };
}
