import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isAppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { partyRoles } from "@/lib/conventions/notify-parties";
import { incidentScopeWhere, partyOf } from "@/lib/assistance/incident-scope";
import { assignIncident, takeIncident } from "@/lib/assistance/handle-incident";

export const bulkHandleSchema = z
  .object({
    ids: z
      .array(z.string().trim().min(1).max(40))
      .min(1, "Cochez au moins un incident.")
      .max(200, "200 incidents au plus à la fois."),
    operation: z.enum(["take", "assign"], { error: "Action : prendre en charge ou attribuer." }),
    assigneeId: z.string().trim().max(40).optional(),
  })
  .refine((v) => v.operation === "take" || Boolean(v.assigneeId), {
    path: ["assigneeId"],
    message: "Attribuer à : choisissez une personne.",
  });

/**
 * The people who handle incidents in the context's own queue (its party's scope, incident.handle),
 * to assign to. A technician of a secteur only handles that secteur's collèges: assigning checks it.
 */
export async function listQueuePeople(ctx: AccessContext) {
  assertCan(ctx, "incident.handle");
  const party = partyOf(ctx);
  if (!party) return [];
  const scope: Prisma.MembershipWhereInput =
    ctx.scope.type === "COLLECTIVITE"
      ? { scopeType: "COLLECTIVITE", collectiviteId: ctx.scope.id }
      : ctx.scope.type === "ACADEMIE"
        ? { scopeType: "ACADEMIE", academieCode: ctx.scope.code }
        : ctx.scope.type === "ETABLISSEMENT"
          ? { scopeType: "ETABLISSEMENT", etablissementId: ctx.scope.id }
          : { id: "" };
  return db.user.findMany({
    where: {
      disabledAt: null,
      memberships: {
        some: { ...scope, role: { in: partyRoles(party, "incident.handle") } },
      },
    },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/**
 * Takes in charge, or assigns, each checked incident in turn: each is its own transition (its
 * own lock and checks); one refused leaves the others done, and is named in the outcome.
 */
export async function bulkHandleIncidents(ctx: AccessContext, input: unknown, now = new Date()) {
  assertCan(ctx, "incident.handle");
  const { ids, operation, assigneeId } = bulkHandleSchema.parse(input);
  const incidents = await db.incident.findMany({
    where: { AND: [{ id: { in: ids } }, incidentScopeWhere(ctx)] },
    select: { id: true, reference: true },
    orderBy: { reference: "asc" },
  });
  if (incidents.length === 0) throw new AppError("NOT_FOUND");
  let done = 0;
  const refused: string[] = [];
  for (const incident of incidents) {
    try {
      if (operation === "take") await takeIncident(ctx, { incidentId: incident.id }, now);
      else await assignIncident(ctx, { incidentId: incident.id, assigneeId }, now);
      done += 1;
    } catch (error) {
      if (!isAppError(error)) throw error;
      refused.push(`${incident.reference} : ${error.message}`);
    }
  }
  return { done, refused };
}
