import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { plural } from "@/lib/format";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { changedValues } from "@/lib/inventory/audit-values";
import { budgetLineAuditValues } from "@/lib/budgets/audit-values";
import {
  budgetLineFieldsSchema,
  idSchema,
  invalid,
  parseBudgetInput,
  updateBudgetLineSchema,
  type BudgetLineFields,
} from "@/lib/budgets/schemas";
import { SECTION_OF_KIND } from "@/lib/budgets/labels";
import { requireCollectivite } from "@/lib/access/require-scope";

/** The AP/AE a line is to carry: the collectivité's own, and of the line's section (AP ↔ investissement, AE ↔ fonctionnement). */
async function carriedAutorisation(collectiviteId: string, fields: BudgetLineFields) {
  if (!fields.autorisationId) return null;
  const autorisation = await db.autorisation.findFirst({
    where: { id: fields.autorisationId, collectiviteId },
    select: { id: true, numero: true, kind: true },
  });
  if (!autorisation) throw new AppError("NOT_FOUND");
  if (SECTION_OF_KIND[autorisation.kind] !== fields.section) {
    const expected =
      autorisation.kind === "AP"
        ? "d'investissement (une AP finance l'investissement)"
        : "de fonctionnement (une AE finance le fonctionnement)";
    throw invalid({
      autorisationId: `${autorisation.numero} ne peut être portée que par une ligne ${expected}.`,
    });
  }
  return autorisation;
}

function columns(fields: BudgetLineFields) {
  return {
    exercice: fields.exercice,
    section: fields.section,
    chapitre: fields.chapitre,
    fonction: fields.fonction,
    nature: fields.nature,
    label: fields.label,
    category: fields.category,
    funding: fields.funding,
    bpCents: fields.bp,
    dmCents: fields.dm,
    engagedCents: fields.engaged,
    mandatedCents: fields.mandated,
    autorisationId: fields.autorisationId,
  };
}

/** An agent adds a line to the collectivité's budget of an exercice; refused whole on any invalid amount. */
export async function createBudgetLine(
  ctx: AccessContext,
  input: unknown,
): Promise<{ id: string }> {
  const scope = requireCollectivite(ctx, "budget.write");
  const fields = parseBudgetInput(budgetLineFieldsSchema, input);
  const autorisation = await carriedAutorisation(scope.id, fields);
  return db.$transaction(async (tx) => {
    const created = await tx.budgetLine.create({
      data: { collectiviteId: scope.id, ...columns(fields) },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      action: "budget.line.create",
      entityType: "BudgetLine",
      entityId: created.id,
      after: budgetLineAuditValues({
        ...columns(fields),
        autorisation: autorisation?.numero ?? null,
      }),
    });
    return created;
  });
}

/** An agent corrects a line (amounts executed included); a line of another collectivité is NOT_FOUND. */
export async function updateBudgetLine(
  ctx: AccessContext,
  input: unknown,
): Promise<{ changed: boolean }> {
  const scope = requireCollectivite(ctx, "budget.write");
  const { id, ...fields } = parseBudgetInput(updateBudgetLineSchema, input);
  const current = await db.budgetLine.findFirst({
    where: { id, collectiviteId: scope.id },
    include: { autorisation: { select: { numero: true } } },
  });
  if (!current) throw new AppError("NOT_FOUND");
  const autorisation = await carriedAutorisation(scope.id, fields);
  const before = budgetLineAuditValues({
    ...current,
    autorisation: current.autorisation?.numero ?? null,
  });
  const after = budgetLineAuditValues({
    ...columns(fields),
    autorisation: autorisation?.numero ?? null,
  });
  const changes = changedValues(before, after);
  if (Object.keys(changes.after).length === 0) return { changed: false };
  await db.$transaction(async (tx) => {
    const updated = await tx.budgetLine.updateMany({
      where: { id, collectiviteId: scope.id, updatedAt: current.updatedAt },
      data: columns(fields),
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await appendMemberAuditEvent(tx, ctx, {
      action: "budget.line.update",
      entityType: "BudgetLine",
      entityId: id,
      ...changes,
    });
  });
  return { changed: true };
}

/** An agent deletes a line nothing refers to: attributions and campaigns keep their line. */
export async function deleteBudgetLine(ctx: AccessContext, input: unknown): Promise<void> {
  const scope = requireCollectivite(ctx, "budget.write");
  const { id } = parseBudgetInput(idSchema, input);
  await db.$transaction(async (tx) => {
    // The foreign keys would set a racing attribution's line to null: lock the line, then count what refers to it.
    await tx.$queryRaw`SELECT "id" FROM "BudgetLine" WHERE "id" = ${id} AND "collectiviteId" = ${scope.id} FOR UPDATE`;
    const current = await tx.budgetLine.findFirst({
      where: { id, collectiviteId: scope.id },
      include: {
        autorisation: { select: { numero: true } },
        _count: { select: { allocations: true, campaigns: true } },
      },
    });
    if (!current) throw new AppError("NOT_FOUND");
    const { allocations, campaigns } = current._count;
    if (allocations + campaigns > 0) {
      const uses = [
        allocations > 0 ? plural(allocations, "attribution") : null,
        campaigns > 0 ? plural(campaigns, "campagne") : null,
      ]
        .filter(Boolean)
        .join(" et ");
      throw new AppError(
        "CONFLICT",
        `Cette ligne est reprise par ${uses} : rattachez-les à une autre ligne avant de la supprimer. Rien n'a été supprimé.`,
      );
    }
    await tx.budgetLine.deleteMany({ where: { id, collectiviteId: scope.id } });
    await appendMemberAuditEvent(tx, ctx, {
      action: "budget.line.delete",
      entityType: "BudgetLine",
      entityId: id,
      before: budgetLineAuditValues({
        ...current,
        autorisation: current.autorisation?.numero ?? null,
      }),
    });
  });
}
