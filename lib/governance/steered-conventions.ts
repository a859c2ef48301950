import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import { conventionHeaderSelect } from "@/lib/conventions/selects";
import { appendMemberAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { assertSecretariat, bodyScopeWhere, lockBody } from "@/lib/governance/body-scope";

/*
 * The conventions a body steers. Its secretariat chooses them among the live conventions-cadres
 * and tripartite conventions of the body's collectivité and académie (of its collège, for a
 * collège's body); the three spaces read them on the body's page and on each convention's page.
 */

const steerSchema = z.object({
  bodyId: z.string().trim().min(1, "Instance introuvable.").max(40, "Instance introuvable."),
  conventionId: z
    .string({ error: "Choisissez une convention." })
    .trim()
    .min(1, "Choisissez une convention.")
    .max(40, "Choisissez une convention."),
});

type Body = { collectiviteId: string; academieCode: string; etablissementId: string | null };

/** The conventions a body may steer: of its parties, not terminated, an avenant never (its convention is). */
function steerableWhere(body: Body, live = true): Prisma.ConventionWhereInput {
  return {
    collectiviteId: body.collectiviteId,
    academieCode: body.academieCode,
    kind: { in: body.etablissementId ? ["TRIPARTITE"] : ["CADRE", "TRIPARTITE"] },
    ...(live ? { status: { not: "RESILIEE" } } : {}),
    ...(body.etablissementId ? { etablissementId: body.etablissementId } : {}),
  };
}

/** The conventions a body steers, as the context sees them (a collège sees its own only). */
export async function steeredConventions(ctx: AccessContext, bodyId: string) {
  assertCan(ctx, "governance.read");
  const rows = await db.bodySteeredConvention.findMany({
    where: { body: bodyScopeWhere(ctx, bodyId), convention: conventionScopeWhere(ctx) },
    select: { addedAt: true, convention: { select: conventionHeaderSelect } },
    orderBy: [{ convention: { kind: "asc" } }, { convention: { reference: "asc" } }],
  });
  return rows.map((r) => ({ ...r.convention, addedAt: r.addedAt }));
}

/** What the secretariat may add to a body's conventions: those it may steer and does not yet. */
export async function steerableConventions(ctx: AccessContext, bodyId: string) {
  assertCan(ctx, "governance.manage");
  const body = await db.governanceBody.findFirst({
    where: bodyScopeWhere(ctx, bodyId),
    select: { collectiviteId: true, academieCode: true, etablissementId: true },
  });
  if (!body) return [];
  return db.convention.findMany({
    where: {
      AND: [steerableWhere(body), conventionScopeWhere(ctx), { steeredBy: { none: { bodyId } } }],
    },
    select: { id: true, reference: true, title: true },
    orderBy: [{ kind: "asc" }, { reference: "asc" }],
    take: 500,
  });
}

/** The bodies that steer a convention, among those the context sees. */
export async function bodiesSteering(ctx: AccessContext, conventionId: string) {
  if (!can(ctx, "governance.read")) return [];
  return db.governanceBody.findMany({
    where: { AND: [bodyScopeWhere(ctx), { steered: { some: { conventionId } } }] },
    select: { id: true, name: true, kind: true },
    orderBy: { name: "asc" },
  });
}

/** A terminated convention is not added, but may be taken out. */
async function lockSteering(
  tx: Prisma.TransactionClient,
  ctx: AccessContext,
  input: unknown,
  live: boolean,
) {
  const data = steerSchema.parse(input);
  const body = await lockBody(tx, ctx, data.bodyId);
  assertSecretariat(ctx, body);
  const convention = await tx.convention.findFirst({
    where: {
      AND: [{ id: data.conventionId }, steerableWhere(body, live), conventionScopeWhere(ctx)],
    },
    select: { id: true, reference: true },
  });
  if (!convention)
    throw new AppError(
      "INVALID_INPUT",
      "Cette convention n'est pas une convention des parties de l'instance.",
      { conventionId: "Choisissez dans la liste." },
    );
  return { body, convention };
}

/** The secretariat adds a convention to those the body steers. */
export async function steerConvention(ctx: AccessContext, input: unknown, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { body, convention } = await lockSteering(tx, ctx, input, true);
    const existing = await tx.bodySteeredConvention.findUnique({
      where: { bodyId_conventionId: { bodyId: body.id, conventionId: convention.id } },
      select: { bodyId: true },
    });
    if (existing) throw new AppError("CONFLICT", `L'instance pilote déjà ${convention.reference}.`);
    await tx.bodySteeredConvention.create({
      data: { bodyId: body.id, conventionId: convention.id, addedById: ctx.user.id, addedAt: now },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.body.steer",
      entityType: "GovernanceBody",
      entityId: body.id,
      after: { convention: convention.reference },
      occurredAt: now,
    });
    return { reference: convention.reference };
  });
}

/** The secretariat takes a convention out of those the body steers. */
export async function unsteerConvention(ctx: AccessContext, input: unknown, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { body, convention } = await lockSteering(tx, ctx, input, false);
    const { count } = await tx.bodySteeredConvention.deleteMany({
      where: { bodyId: body.id, conventionId: convention.id },
    });
    if (count !== 1)
      throw new AppError("CONFLICT", `L'instance ne pilote pas ${convention.reference}.`);
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.body.unsteer",
      entityType: "GovernanceBody",
      entityId: body.id,
      before: { convention: convention.reference },
      occurredAt: now,
    });
    return { reference: convention.reference };
  });
}
