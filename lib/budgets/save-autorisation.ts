import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { plural } from "@/lib/format";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { changedValues } from "@/lib/inventory/audit-values";
import { autorisationAuditValues } from "@/lib/budgets/audit-values";
import { idSchema, invalid, parseBudgetInput } from "@/lib/budgets/schemas";
import { parseAutorisationInput, type AutorisationInput } from "@/lib/budgets/autorisation-schemas";
import { SECTION_OF_KIND } from "@/lib/budgets/labels";
import { requireCollectivite } from "@/lib/access/require-scope";

type Tx = Prisma.TransactionClient;

function columns(a: AutorisationInput) {
  return {
    kind: a.kind,
    numero: a.numero,
    label: a.label,
    category: a.category,
    votedOn: a.votedOn,
    amountCents: a.amount,
    affectedCents: a.affected,
    engagedCents: a.engaged,
    state: a.state,
  };
}

async function assertNumeroFree(
  tx: Tx,
  collectiviteId: string,
  numero: string,
  selfId: string | null,
) {
  const other = await tx.autorisation.findFirst({
    where: { collectiviteId, numero, ...(selfId ? { NOT: { id: selfId } } : {}) },
    select: { id: true },
  });
  if (other)
    throw invalid({
      numero: `Le numéro ${numero} est déjà celui d'une autre autorisation de la collectivité.`,
    });
}

/** An agent records a voted AP/AE with its CP schedule; any invalid amount, or CP over the envelope, refuses the whole. */
export async function createAutorisation(
  ctx: AccessContext,
  input: unknown,
): Promise<{ id: string }> {
  const scope = requireCollectivite(ctx, "budget.write");
  const a = parseAutorisationInput(input);
  return db.$transaction(async (tx) => {
    await assertNumeroFree(tx, scope.id, a.numero, null);
    const created = await tx.autorisation.create({
      data: {
        collectiviteId: scope.id,
        ...columns(a),
        credits: {
          create: a.cp.map((c) => ({ exercice: c.exercice, amountCents: c.amountCents })),
        },
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      action: "budget.autorisation.create",
      entityType: "Autorisation",
      entityId: created.id,
      after: autorisationAuditValues({ ...columns(a), cp: a.cp }),
    });
    return created;
  });
}

/** An agent amends an AP/AE and replaces its CP schedule in one write. */
export async function updateAutorisation(
  ctx: AccessContext,
  input: unknown,
): Promise<{ changed: boolean }> {
  const scope = requireCollectivite(ctx, "budget.write");
  const { id } = parseBudgetInput(idSchema, input);
  const a = parseAutorisationInput(input);
  const current = await db.autorisation.findFirst({
    where: { id, collectiviteId: scope.id },
    include: { credits: { select: { exercice: true, amountCents: true } } },
  });
  if (!current) throw new AppError("NOT_FOUND");
  if (a.kind !== current.kind) {
    const mismatched = await db.budgetLine.count({
      where: {
        collectiviteId: scope.id,
        autorisationId: id,
        section: { not: SECTION_OF_KIND[a.kind] },
      },
    });
    if (mismatched > 0) {
      throw invalid({
        kind: `${plural(mismatched, "ligne")} de la section ${current.kind === "AP" ? "d'investissement" : "de fonctionnement"} porte${mismatched > 1 ? "nt" : ""} cette autorisation : elle reste une ${current.kind}.`,
      });
    }
  }
  const before = autorisationAuditValues({ ...current, cp: current.credits });
  const after = autorisationAuditValues({ ...columns(a), cp: a.cp });
  const changes = changedValues(before, after);
  if (Object.keys(changes.after).length === 0) return { changed: false };
  await db.$transaction(async (tx) => {
    await assertNumeroFree(tx, scope.id, a.numero, id);
    const updated = await tx.autorisation.updateMany({
      where: { id, collectiviteId: scope.id, updatedAt: current.updatedAt },
      data: columns(a),
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await tx.creditPaiement.deleteMany({ where: { autorisationId: id } });
    if (a.cp.length > 0)
      await tx.creditPaiement.createMany({
        data: a.cp.map((c) => ({
          autorisationId: id,
          exercice: c.exercice,
          amountCents: c.amountCents,
        })),
      });
    await appendMemberAuditEvent(tx, ctx, {
      action: "budget.autorisation.update",
      entityType: "Autorisation",
      entityId: id,
      // The number and the schedule always appear, so the journal shows the CP of each version.
      before: { numero: before.numero, ...changes.before, cp: before.cp },
      after: { numero: after.numero, ...changes.after, cp: after.cp },
    });
  });
  return { changed: true };
}
