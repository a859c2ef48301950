import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { assignmentScopeWhere, programmeScopeWhere } from "@/lib/access/programme-scope";
import { todayInParis } from "@/lib/dates";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { formatCents, formatDate } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { loadReferential } from "@/lib/inventory/referential";
import {
  assignSchema,
  assignmentIdSchema,
  networkSchema,
  programmeIdSchema,
  programmeSchema,
  updateProgrammeSchema,
  waveSchema,
} from "@/lib/programmes/schemas";

type Tx = Prisma.TransactionClient;

export const PROGRAMME_NOT_FOUND =
  "Ce programme de déploiement n'existe pas, ou vous n'y avez pas accès.";
export const ASSIGNMENT_NOT_FOUND =
  "Ce collège ne fait pas partie d'un programme auquel vous avez accès.";

const lockedSelect = {
  id: true,
  collectiviteId: true,
  title: true,
  status: true,
  unitCostCents: true,
} as const satisfies Prisma.DeploymentProgrammeSelect;

type LockedProgramme = Prisma.DeploymentProgrammeGetPayload<{ select: typeof lockedSelect }>;

/**
 * Loads a programme of the context's scope inside `tx` and locks its row until the transaction
 * ends: two agents planning one programme are served one after the other. A foreign or unknown id
 * is NOT_FOUND.
 */
export async function lockProgramme(
  tx: Tx,
  ctx: AccessContext,
  programmeId: string,
): Promise<LockedProgramme> {
  const found = await tx.deploymentProgramme.findFirst({
    where: { AND: [{ id: programmeId }, programmeScopeWhere(ctx)] },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND", PROGRAMME_NOT_FOUND);
  await tx.$executeRaw`SELECT 1 FROM "DeploymentProgramme" WHERE "id" = ${found.id} FOR UPDATE`;
  return tx.deploymentProgramme.findUniqueOrThrow({
    where: { id: found.id },
    select: lockedSelect,
  });
}

/** Events of a programme: the collectivité's journal. */
const programmeScope = (collectiviteId: string) => ({
  scopeType: "COLLECTIVITE" as const,
  collectiviteId,
});

/**
 * Events about one collège of an adopted programme are read in the collectivité's journal, the
 * collège's and its académie's; while the programme is being prepared, in the collectivité's only.
 */
function assignmentScope(
  programme: { collectiviteId: string; status: string },
  college: { id: string; academieCode: string },
) {
  return programme.status === "ADOPTE"
    ? {
        ...programmeScope(programme.collectiviteId),
        etablissementId: college.id,
        academieCode: college.academieCode,
      }
    : programmeScope(programme.collectiviteId);
}

/** The collectivité writes a programme, in preparation; the unit cost defaults to its référentiel's. */
export async function createProgramme(ctx: AccessContext, input: unknown): Promise<{ id: string }> {
  const scope = requireCollectivite(ctx, "call.manage");
  const fields = programmeSchema.parse(input);
  return db.$transaction(async (tx) => {
    const unitCostCents =
      fields.unitCost !== undefined
        ? Number(fields.unitCost)
        : (await loadReferential(tx, scope.id)).rules[fields.category].unitCostCents;
    const created = await tx.deploymentProgramme.create({
      data: {
        collectiviteId: scope.id,
        title: fields.title,
        objective: fields.objective,
        category: fields.category,
        unitCostCents,
        createdById: ctx.user.id,
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: programmeScope(scope.id),
      action: "programme.create",
      entityType: "DeploymentProgramme",
      entityId: created.id,
      after: {
        intitule: fields.title,
        equipement: CATEGORY_LABELS[fields.category],
        coutUnitaire: formatCents(unitCostCents),
      },
    });
    return created;
  });
}

/** The collectivité edits its programme's terms (the adopted one too: the journal keeps both). */
export async function updateProgramme(ctx: AccessContext, input: unknown): Promise<void> {
  requireCollectivite(ctx, "call.manage", "NOT_FOUND");
  const { programmeId, unitCost, ...fields } = updateProgrammeSchema.parse(input);
  await db.$transaction(async (tx) => {
    const programme = await lockProgramme(tx, ctx, programmeId);
    const before = await tx.deploymentProgramme.findUniqueOrThrow({
      where: { id: programme.id },
      select: { title: true, objective: true, unitCostCents: true },
    });
    await tx.deploymentProgramme.update({
      where: { id: programme.id },
      data: { ...fields, unitCostCents: Number(unitCost) },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: programmeScope(programme.collectiviteId),
      action: "programme.update",
      entityType: "DeploymentProgramme",
      entityId: programme.id,
      before: { intitule: before.title, coutUnitaire: formatCents(before.unitCostCents) },
      after: { intitule: fields.title, coutUnitaire: formatCents(Number(unitCost)) },
    });
  });
}

/** A new wave, numbered after the others; the préfiguration wave comes before every other. */
export async function addWave(ctx: AccessContext, input: unknown): Promise<{ number: number }> {
  requireCollectivite(ctx, "call.manage", "NOT_FOUND");
  const { programmeId, deploymentOn, prefiguration } = waveSchema.parse(input);
  return db.$transaction(async (tx) => {
    const programme = await lockProgramme(tx, ctx, programmeId);
    const waves = await tx.deploymentWave.findMany({
      where: { programmeId: programme.id },
      select: { number: true, deploymentOn: true, prefiguration: true },
    });
    if (deploymentOn < todayInParis())
      throw new AppError(
        "INVALID_INPUT",
        "Rien n'a été enregistré. Date de déploiement : une vague se prévoit à partir d'aujourd'hui.",
        { deploymentOn: "Date de déploiement : une vague se prévoit à partir d'aujourd'hui." },
      );
    if (prefiguration && waves.some((w) => w.prefiguration))
      throw new AppError(
        "CONFLICT",
        "Le programme a déjà sa vague de préfiguration : ajoutez-y les collèges préfigurateurs.",
      );
    const firstOther = waves.filter((w) => !w.prefiguration).map((w) => w.deploymentOn.getTime());
    if (prefiguration && firstOther.some((time) => time <= deploymentOn.getTime()))
      throw new AppError(
        "CONFLICT",
        "La vague de préfiguration doit précéder les autres vagues : choisissez une date antérieure.",
      );
    const prefigurations = waves.filter((w) => w.prefiguration);
    if (!prefiguration && prefigurations.some((w) => w.deploymentOn >= deploymentOn))
      throw new AppError(
        "CONFLICT",
        "Une vague ne peut précéder la vague de préfiguration : choisissez une date postérieure.",
      );
    const number = Math.max(0, ...waves.map((w) => w.number)) + 1;
    const wave = await tx.deploymentWave.create({
      data: { programmeId: programme.id, number, deploymentOn, prefiguration },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: programmeScope(programme.collectiviteId),
      action: "programme.wave.add",
      entityType: "DeploymentWave",
      entityId: wave.id,
      after: {
        programme: programme.title,
        vague: number,
        deploiement: formatDate(deploymentOn),
        ...(prefiguration ? { prefiguration: "oui" } : {}),
      },
    });
    return { number };
  });
}

/**
 * Puts one of the collectivité's collèges in a wave, or moves it there from another wave of the
 * programme (its readiness is kept: it is the collège's, not the wave's).
 */
export async function assignCollege(
  ctx: AccessContext,
  input: unknown,
): Promise<{ moved: boolean }> {
  requireCollectivite(ctx, "call.manage", "NOT_FOUND");
  const { programmeId, waveId, etablissementId, plannedUnits } = assignSchema.parse(input);
  return db.$transaction(async (tx) => {
    const programme = await lockProgramme(tx, ctx, programmeId);
    const wave = await tx.deploymentWave.findFirst({
      where: { id: waveId, programmeId: programme.id },
      select: { id: true, number: true, deploymentOn: true },
    });
    if (!wave) throw new AppError("NOT_FOUND", "Cette vague n'existe pas dans ce programme.");
    if (wave.deploymentOn < todayInParis())
      throw new AppError(
        "CONFLICT",
        `La vague ${wave.number} est passée : placez le collège dans une vague à venir.`,
      );
    const college = await tx.etablissement.findFirst({
      where: { id: etablissementId, collectiviteId: programme.collectiviteId, etat: "OUVERT" },
      select: { id: true, uai: true, name: true, academieCode: true },
    });
    if (!college)
      throw new AppError(
        "NOT_FOUND",
        "Ce collège n'est pas un collège ouvert de votre collectivité.",
      );
    const existing = await tx.waveAssignment.findUnique({
      where: { programmeId_etablissementId: { programmeId: programme.id, etablissementId } },
      select: { id: true, plannedUnits: true, wave: { select: { number: true } } },
    });
    const saved = existing
      ? await tx.waveAssignment.update({
          where: { id: existing.id },
          data: { waveId: wave.id, plannedUnits },
          select: { id: true },
        })
      : await tx.waveAssignment.create({
          data: { programmeId: programme.id, waveId: wave.id, etablissementId, plannedUnits },
          select: { id: true },
        });
    await appendMemberAuditEvent(tx, ctx, {
      scope: assignmentScope(programme, college),
      action: existing ? "programme.move" : "programme.assign",
      entityType: "WaveAssignment",
      entityId: saved.id,
      before: existing
        ? { vague: existing.wave.number, equipements: existing.plannedUnits }
        : undefined,
      after: {
        programme: programme.title,
        college: `${college.name} (${college.uai})`,
        vague: wave.number,
        equipements: plannedUnits,
      },
    });
    return { moved: Boolean(existing) };
  });
}

/** The collèges of programmes a context may act on: the collectivité's all, an académie's or a collège's own. */
function assignmentWhere(
  ctx: AccessContext,
  assignmentId: string,
): Prisma.WaveAssignmentWhereInput {
  return { id: assignmentId, ...assignmentScopeWhere(ctx) };
}

/**
 * An assignment of the context's scope, its programme locked, read again under the lock (it may
 * have been taken out meanwhile); NOT_FOUND elsewhere.
 */
async function lockAssignment(tx: Tx, ctx: AccessContext, assignmentId: string) {
  const found = await tx.waveAssignment.findFirst({
    where: assignmentWhere(ctx, assignmentId),
    select: { programmeId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", ASSIGNMENT_NOT_FOUND);
  const programme = await lockProgramme(tx, ctx, found.programmeId);
  const assignment = await tx.waveAssignment.findFirst({
    where: assignmentWhere(ctx, assignmentId),
    select: {
      id: true,
      networkReadyAt: true,
      networkNote: true,
      trainingAttestedAt: true,
      trainingDeclaredAt: true,
      plannedUnits: true,
      wave: { select: { number: true, deploymentOn: true } },
      etablissement: { select: { id: true, uai: true, name: true, academieCode: true } },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", ASSIGNMENT_NOT_FOUND);
  return { programme, assignment };
}

/**
 * The collectivité takes a collège out of the programme before its wave, and only while no party
 * has recorded its training: the académie's attestation and the collège's declaration are theirs,
 * and the collectivité does not erase them (it may move the collège to another wave instead).
 */
export async function removeAssignment(ctx: AccessContext, input: unknown): Promise<void> {
  requireCollectivite(ctx, "call.manage", "NOT_FOUND");
  const { assignmentId } = assignmentIdSchema.parse(input);
  await db.$transaction(async (tx) => {
    const { programme, assignment } = await lockAssignment(tx, ctx, assignmentId);
    if (assignment.wave.deploymentOn < todayInParis())
      throw new AppError(
        "CONFLICT",
        "La vague de ce collège est passée : il reste dans le programme, qui en garde la trace.",
      );
    if (assignment.trainingAttestedAt || assignment.trainingDeclaredAt)
      throw new AppError(
        "CONFLICT",
        "La formation de ce collège est déjà déclarée ou attestée : il reste dans le programme (vous pouvez le placer dans une autre vague).",
      );
    await tx.waveAssignment.delete({ where: { id: assignment.id } });
    const college = assignment.etablissement;
    await appendMemberAuditEvent(tx, ctx, {
      scope: assignmentScope(programme, college),
      action: "programme.unassign",
      entityType: "WaveAssignment",
      entityId: assignment.id,
      before: {
        programme: programme.title,
        college: `${college.name} (${college.uai})`,
        vague: assignment.wave.number,
        equipements: assignment.plannedUnits,
      },
    });
  });
}

/**
 * The collectivité adopts its programme: the académie then follows it, and each collège reads its
 * wave and its readiness. A programme without any collège is not adopted.
 */
export async function adoptProgramme(ctx: AccessContext, input: unknown): Promise<void> {
  requireCollectivite(ctx, "call.manage", "NOT_FOUND");
  const { programmeId } = programmeIdSchema.parse(input);
  await db.$transaction(async (tx) => {
    const programme = await lockProgramme(tx, ctx, programmeId);
    if (programme.status === "ADOPTE")
      throw new AppError("CONFLICT", "Ce programme est déjà adopté : rien n'a changé.");
    const colleges = await tx.waveAssignment.count({ where: { programmeId: programme.id } });
    if (colleges === 0)
      throw new AppError(
        "CONFLICT",
        "Placez au moins un collège dans une vague avant d'adopter le programme.",
      );
    const now = new Date();
    await tx.deploymentProgramme.update({
      where: { id: programme.id },
      data: {
        status: "ADOPTE",
        adoptedAt: now,
        adoptedById: ctx.user.id,
        adoptedByName: ctx.user.name,
      },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: programmeScope(programme.collectiviteId),
      action: "programme.adopt",
      entityType: "DeploymentProgramme",
      entityId: programme.id,
      after: { programme: programme.title, colleges },
      occurredAt: now,
    });
  });
}

/**
 * The collectivité states that a collège's network and Wi-Fi are ready for the equipment (the
 * network is its competence), or withdraws that statement; with an observation.
 */
export async function setNetworkReadiness(ctx: AccessContext, input: unknown): Promise<void> {
  requireCollectivite(ctx, "call.manage", "NOT_FOUND");
  const { assignmentId, ready, note } = networkSchema.parse(input);
  await db.$transaction(async (tx) => {
    const { programme, assignment } = await lockAssignment(tx, ctx, assignmentId);
    const now = new Date();
    await tx.waveAssignment.update({
      where: { id: assignment.id },
      data: ready
        ? {
            networkReadyAt: now,
            networkReadyById: ctx.user.id,
            networkReadyByName: ctx.user.name,
            networkNote: note,
          }
        : {
            networkReadyAt: null,
            networkReadyById: null,
            networkReadyByName: null,
            networkNote: note,
          },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: assignmentScope(programme, assignment.etablissement),
      action: "programme.network",
      entityType: "WaveAssignment",
      entityId: assignment.id,
      before: {
        reseauPret: assignment.networkReadyAt ? "oui" : "non",
        observation: assignment.networkNote,
      },
      after: { programme: programme.title, reseauPret: ready ? "oui" : "non", observation: note },
      occurredAt: now,
    });
  });
}

/**
 * The académie attests, by one of its own members holding `training.attest`, that the teachers
 * of one of its collèges were trained for the programme's equipment. Once: it is not withdrawn.
 */
export async function attestTraining(ctx: AccessContext, input: unknown): Promise<void> {
  if (ctx.scope.type !== "ACADEMIE") throw new AppError("FORBIDDEN");
  if (!ctx.permissions.has("training.attest")) throw new AppError("FORBIDDEN");
  const { assignmentId } = assignmentIdSchema.parse(input);
  await db.$transaction(async (tx) => {
    const { programme, assignment } = await lockAssignment(tx, ctx, assignmentId);
    if (assignment.trainingAttestedAt)
      throw new AppError(
        "CONFLICT",
        "La formation de ce collège est déjà attestée : rien n'a changé.",
      );
    const now = new Date();
    await tx.waveAssignment.update({
      where: { id: assignment.id },
      data: {
        trainingAttestedAt: now,
        trainingAttestedById: ctx.user.id,
        trainingAttestedByName: ctx.user.name,
      },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: assignmentScope(programme, assignment.etablissement),
      action: "programme.training.attest",
      entityType: "WaveAssignment",
      entityId: assignment.id,
      after: {
        programme: programme.title,
        college: assignment.etablissement.uai,
        formation: "attestée",
      },
      occurredAt: now,
    });
  });
}

/**
 * The collège declares its teachers trained: a declaration, shown as such until the académie
 * attests it. Once.
 */
export async function declareTraining(ctx: AccessContext, input: unknown): Promise<void> {
  if (ctx.scope.type !== "ETABLISSEMENT") throw new AppError("FORBIDDEN");
  if (!ctx.permissions.has("call.apply")) throw new AppError("FORBIDDEN");
  const { assignmentId } = assignmentIdSchema.parse(input);
  await db.$transaction(async (tx) => {
    const { programme, assignment } = await lockAssignment(tx, ctx, assignmentId);
    if (assignment.trainingDeclaredAt || assignment.trainingAttestedAt)
      throw new AppError(
        "CONFLICT",
        "La formation de votre collège est déjà déclarée ou attestée par l'académie : rien n'a changé.",
      );
    const now = new Date();
    await tx.waveAssignment.update({
      where: { id: assignment.id },
      data: {
        trainingDeclaredAt: now,
        trainingDeclaredById: ctx.user.id,
        trainingDeclaredByName: ctx.user.name,
      },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: assignmentScope(programme, assignment.etablissement),
      action: "programme.training.declare",
      entityType: "WaveAssignment",
      entityId: assignment.id,
      after: { programme: programme.title, formation: "déclarée par le collège" },
      occurredAt: now,
    });
  });
}
