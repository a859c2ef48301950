import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";
import { partyOfScope } from "@/lib/conventions/machine";
import { PARTY_IN_SENTENCE } from "@/lib/conventions/vocabulary";

/**
 * The bodies a context sees: a collectivité those it shares with an académie or with one of its
 * collèges, an académie those of its collèges' collectivités with it, a collège its own. The
 * platform sees none.
 */
export function bodyScopeWhere(ctx: AccessContext, id?: string): Prisma.GovernanceBodyWhereInput {
  const only = id === undefined ? {} : { id };
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { ...only, collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return { ...only, academieCode: ctx.scope.code };
    case "ETABLISSEMENT":
      return { ...only, etablissementId: ctx.scope.id };
    case "PLATFORM":
      return { id: { in: [] } };
  }
}

/** The parties of a body: the collectivité and the State, and the collège in its own body. */
export function bodyParties(body: { etablissementId: string | null }): ConventionParty[] {
  return body.etablissementId ? ["COLLECTIVITE", "ETAT", "EPLE"] : ["COLLECTIVITE", "ETAT"];
}

/** The party a context acts for, given the permission: its space's. The platform is no party. */
export function actingParty(ctx: AccessContext, permission: Permission): ConventionParty {
  assertCan(ctx, permission);
  const party = partyOfScope(ctx.scope.type);
  if (!party) throw new AppError("FORBIDDEN");
  return party;
}

const lockedBodySelect = {
  id: true,
  name: true,
  secretariatParty: true,
  collectiviteId: true,
  academieCode: true,
  etablissementId: true,
} as const;

/**
 * A body the context sees, read and row-locked in the transaction of a write (two designations
 * of a co-chair for one party wait for each other), or NOT_FOUND.
 */
export async function lockBody(tx: Prisma.TransactionClient, ctx: AccessContext, id: string) {
  const body = await tx.governanceBody.findFirst({
    where: bodyScopeWhere(ctx, id),
    select: lockedBodySelect,
  });
  if (!body) throw new AppError("NOT_FOUND", "Cette instance n'existe pas dans votre espace.");
  await tx.$executeRaw`SELECT 1 FROM "GovernanceBody" WHERE "id" = ${body.id} FOR UPDATE`;
  return body;
}

/**
 * The secretariat's party, when the context acts for it: it alone schedules and convenes the
 * meetings, records attendance and drafts the minutes. FORBIDDEN for the other parties.
 */
export function assertSecretariat(
  ctx: AccessContext,
  body: { secretariatParty: ConventionParty },
): ConventionParty {
  const party = actingParty(ctx, "governance.manage");
  if (party !== body.secretariatParty)
    throw new AppError(
      "FORBIDDEN",
      `Le secrétariat de cette instance est tenu par ${PARTY_IN_SENTENCE[body.secretariatParty]} : seule cette partie convoque les séances et en rédige les comptes rendus.`,
    );
  return party;
}
