import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AllocationKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { formatCents } from "@/lib/format";
import { ALLOCATION_KIND_LABELS, M57_NATURES } from "@/lib/budgets/labels";
import {
  createAllocationSchema,
  deleteAllocationSchema,
  updateAllocationSchema,
  type AllocationFields,
} from "@/lib/budgets/allocation-schemas";
import { requireCollectivite } from "@/lib/access/require-scope";

interface College {
  id: string;
  uai: string;
  name: string;
  collectiviteId: string;
}

interface Line {
  id: string;
  exercice: number;
  chapitre: string;
  nature: string;
}

const collegeSelect = { id: true, uai: true, name: true, collectiviteId: true } as const;
const lineSelect = { id: true, exercice: true, chapitre: true, nature: true } as const;

/**
 * Events about a collège's allocation are read by its collectivité and by the collège. Not by the
 * académie: the rectorat has no allocation.read, and its journal would otherwise show the amounts.
 */
function auditScope(ctx: AccessContext, college: College) {
  return {
    scopeType: ctx.scope.type,
    collectiviteId: college.collectiviteId,
    academieCode: null,
    etablissementId: college.id,
  };
}

/**
 * An allocation as the journal records it, with French keys (lib/audit/labels.ts). The budget line
 * appears by its M57 imputation: the collège's journal shows this event too.
 */
function auditValues(
  college: College,
  a: { exercice: number; kind: AllocationKind; label: string; amountCents: bigint },
  line: Line | null,
) {
  return {
    etablissement: `${college.name} (${college.uai})`,
    exercice: String(a.exercice),
    kind: ALLOCATION_KIND_LABELS[a.kind],
    libelle: a.label,
    montant: formatCents(a.amountCents),
    nature: line
      ? `Chapitre ${line.chapitre}, nature ${line.nature}${M57_NATURES[line.nature] ? ` – ${M57_NATURES[line.nature]}` : ""}`
      : null,
  };
}

function changed(before: Record<string, string | null>, after: Record<string, string | null>) {
  const keys = Object.keys(after).filter((key) => before[key] !== after[key]);
  const pick = (values: Record<string, string | null>) =>
    Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
  return {
    keys,
    before: pick(before),
    after: pick(after),
    kept: { etablissement: after.etablissement, exercice: after.exercice },
  };
}

/** An open public collège of the collectivité, or a French field error. */
async function ownedCollege(collectiviteId: string, uai: string): Promise<College> {
  const college = await db.etablissement.findFirst({
    where: { uai, collectiviteId },
    select: { ...collegeSelect, secteur: true, etat: true },
  });
  const unknown = "Collège inconnu ou hors de votre collectivité : rien n'a été enregistré.";
  if (!college)
    throw new AppError("INVALID_INPUT", unknown, {
      uai: "Collège inconnu ou hors de votre collectivité.",
    });
  if (college.secteur !== "PUBLIC") {
    throw new AppError(
      "INVALID_INPUT",
      "Collège privé : les dotations ne concernent que les collèges publics.",
      { uai: "Choisissez un collège public." },
    );
  }
  if (college.etat !== "OUVERT")
    throw new AppError("INVALID_INPUT", "Collège fermé : choisissez un collège ouvert.", {
      uai: "Collège fermé : choisissez un collège ouvert.",
    });
  return {
    id: college.id,
    uai: college.uai,
    name: college.name,
    collectiviteId: college.collectiviteId,
  };
}

/** The collectivité's budget line of the allocation's exercice, or a French field error. */
async function ownedLine(collectiviteId: string, fields: AllocationFields): Promise<Line | null> {
  if (!fields.budgetLineId) return null;
  const line = await db.budgetLine.findFirst({
    where: { id: fields.budgetLineId, collectiviteId },
    select: lineSelect,
  });
  if (!line) {
    throw new AppError(
      "INVALID_INPUT",
      "Ligne budgétaire inconnue ou d'une autre collectivité : rien n'a été enregistré.",
      {
        budgetLineId: "Ligne budgétaire inconnue : choisissez une ligne de votre budget.",
      },
    );
  }
  if (line.exercice !== fields.exercice) {
    const message = `Cette ligne budgétaire relève de l'exercice ${line.exercice} : choisissez une ligne de l'exercice ${fields.exercice}.`;
    throw new AppError("INVALID_INPUT", `${message} Rien n'a été enregistré.`, {
      budgetLineId: message,
    });
  }
  return line;
}

function columns(fields: AllocationFields, line: Line | null) {
  return {
    exercice: fields.exercice,
    kind: fields.kind,
    label: fields.label,
    amountCents: fields.amount,
    budgetLineId: line?.id ?? null,
  };
}

/** A collectivité agent allocates an amount to one of its open public collèges for one exercice. */
export async function createAllocation(
  ctx: AccessContext,
  input: unknown,
): Promise<{ id: string }> {
  const collectivite = requireCollectivite(ctx, "budget.write");
  const { uai, ...fields } = createAllocationSchema.parse(input);
  const college = await ownedCollege(collectivite.id, uai);
  const line = await ownedLine(collectivite.id, fields);
  return db.$transaction(async (tx) => {
    const created = await tx.allocation.create({
      data: {
        collectiviteId: collectivite.id,
        etablissementId: college.id,
        ...columns(fields, line),
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: auditScope(ctx, college),
      action: "allocation.create",
      entityType: "Allocation",
      entityId: created.id,
      after: auditValues(college, { ...fields, amountCents: fields.amount }, line),
    });
    return created;
  });
}

const currentSelect = {
  id: true,
  exercice: true,
  kind: true,
  label: true,
  amountCents: true,
  budgetLineId: true,
  etablissement: { select: collegeSelect },
  budgetLine: { select: lineSelect },
} as const;

/** An allocation of the writer's collectivité, or NOT_FOUND whoever else made it. */
async function ownedAllocation(collectiviteId: string, id: string) {
  const current = await db.allocation.findFirst({
    where: { id, collectiviteId },
    select: currentSelect,
  });
  if (!current) throw new AppError("NOT_FOUND");
  return current;
}

/** The row as it was read: a write matching none of it means someone changed it meanwhile. */
function unchangedSince(
  collectiviteId: string,
  current: Awaited<ReturnType<typeof ownedAllocation>>,
): Prisma.AllocationWhereInput {
  return {
    id: current.id,
    collectiviteId,
    exercice: current.exercice,
    kind: current.kind,
    label: current.label,
    amountCents: current.amountCents,
    budgetLineId: current.budgetLineId,
  };
}

/** Corrects an allocation of the collectivité (exercice, kind, label, amount, budget line); its collège stays. */
export async function updateAllocation(
  ctx: AccessContext,
  input: unknown,
): Promise<{ changed: boolean }> {
  const collectivite = requireCollectivite(ctx, "budget.write");
  const { id, ...fields } = updateAllocationSchema.parse(input);
  const current = await ownedAllocation(collectivite.id, id);
  const line = await ownedLine(collectivite.id, fields);
  const college = current.etablissement;
  const diff = changed(
    auditValues(college, current, current.budgetLine),
    auditValues(college, { ...fields, amountCents: fields.amount }, line),
  );
  if (diff.keys.length === 0 && current.budgetLineId === (line?.id ?? null))
    return { changed: false };
  await db.$transaction(async (tx) => {
    const updated = await tx.allocation.updateMany({
      where: unchangedSince(collectivite.id, current),
      data: columns(fields, line),
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await appendMemberAuditEvent(tx, ctx, {
      scope: auditScope(ctx, college),
      action: "allocation.update",
      entityType: "Allocation",
      entityId: id,
      before: { ...diff.kept, ...diff.before },
      after: { ...diff.kept, ...diff.after },
    });
  });
  return { changed: true };
}

/** Deletes an allocation of the collectivité; the journal keeps what it was. */
export async function deleteAllocation(ctx: AccessContext, input: unknown): Promise<void> {
  const collectivite = requireCollectivite(ctx, "budget.write");
  const { id } = deleteAllocationSchema.parse(input);
  const current = await ownedAllocation(collectivite.id, id);
  await db.$transaction(async (tx) => {
    const deleted = await tx.allocation.deleteMany({
      where: unchangedSince(collectivite.id, current),
    });
    if (deleted.count !== 1) throw new AppError("CONFLICT");
    await appendMemberAuditEvent(tx, ctx, {
      scope: auditScope(ctx, current.etablissement),
      action: "allocation.delete",
      entityType: "Allocation",
      entityId: id,
      before: auditValues(current.etablissement, current, current.budgetLine),
    });
  });
}
