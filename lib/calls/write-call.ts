import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { callScopeWhere } from "@/lib/access/call-scope";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { formatCents, formatDate } from "@/lib/format";
import { todayInParis } from "@/lib/dates";
import {
  callFieldsSchema,
  callIdSchema,
  updateCallSchema,
  type CallFields,
} from "@/lib/calls/schemas";
import type { CallParty } from "@/lib/calls/instruction-rules";

type Tx = Prisma.TransactionClient;

export const CALL_NOT_FOUND = "Cet appel à projets n'existe pas, ou vous n'y avez pas accès.";

/** Which journals show a call's events: the collectivité's, and its académie's when it co-pilots. */
export function callAuditScope(call: { collectiviteId: string; academieCode: string | null }) {
  return {
    scopeType: "COLLECTIVITE" as const,
    collectiviteId: call.collectiviteId,
    academieCode: call.academieCode,
  };
}

const lockedCallSelect = {
  id: true,
  collectiviteId: true,
  academieCode: true,
  title: true,
  status: true,
  opensOn: true,
  closesOn: true,
  categories: true,
  eligiblePublic: true,
  eligiblePrivate: true,
  prioritaireOnly: true,
  collectiviteAgreedById: true,
  academieAgreedById: true,
  criteria: true,
  envelopeCents: true,
  budgetLineId: true,
} as const satisfies Prisma.ProjectCallSelect;

export type LockedCall = Prisma.ProjectCallGetPayload<{ select: typeof lockedCallSelect }>;

/**
 * Loads a call of the context's scope inside `tx` and locks its row until the transaction ends:
 * an edit, an agreement and a dossier on one call are served one after the other. A foreign or
 * unknown id is NOT_FOUND.
 */
export async function lockCall(tx: Tx, ctx: AccessContext, callId: string): Promise<LockedCall> {
  const found = await tx.projectCall.findFirst({
    where: { AND: [{ id: callId }, callScopeWhere(ctx)] },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND", CALL_NOT_FOUND);
  await tx.$executeRaw`SELECT 1 FROM "ProjectCall" WHERE "id" = ${found.id} FOR UPDATE`;
  return tx.projectCall.findUniqueOrThrow({ where: { id: found.id }, select: lockedCallSelect });
}

/** The académie of the collectivité's collèges: the co-pilot of a joint call. */
async function academieOf(tx: Tx, collectiviteId: string): Promise<string> {
  const departement = await tx.departement.findFirst({
    where: { collectivites: { some: { id: collectiviteId } } },
    select: { academieCode: true },
    orderBy: { code: "asc" },
  });
  if (!departement)
    throw new AppError("NOT_FOUND", "Aucune académie n'est rattachée à cette collectivité.");
  return departement.academieCode;
}

async function assertBudgetLine(tx: Tx, collectiviteId: string, budgetLineId: string | null) {
  if (!budgetLineId) return;
  const line = await tx.budgetLine.findFirst({
    where: { id: budgetLineId, collectiviteId },
    select: { id: true },
  });
  if (!line) {
    const message = "Ligne budgétaire : choisissez une ligne de votre collectivité.";
    throw new AppError("INVALID_INPUT", message, { budgetLineId: message });
  }
}

function columns(fields: CallFields) {
  return {
    title: fields.title,
    objectives: fields.objectives,
    eligiblePublic: fields.eligiblePublic,
    eligiblePrivate: fields.eligiblePrivate,
    prioritaireOnly: fields.prioritaireOnly,
    criteria: fields.criteria,
    envelopeCents: fields.envelope,
    budgetLineId: fields.budgetLineId,
    opensOn: fields.opensOn,
    closesOn: fields.closesOn,
    decisionOn: fields.decisionOn,
    categories: fields.categories,
    services: fields.services,
    trainingRequired: fields.trainingRequired,
  };
}

/** What the journal keeps of a call's terms. */
function auditValues(fields: CallFields) {
  return {
    intitule: fields.title,
    conjoint: fields.joint ? "avec l'académie" : "collectivité seule",
    enveloppe: formatCents(fields.envelope),
    grille: fields.criteria.map((c) => `${c.label} (${c.weight})`).join(" ; "),
    depot: `du ${formatDate(fields.opensOn)} au ${formatDate(fields.closesOn)}`,
    decision: formatDate(fields.decisionOn),
  };
}

/**
 * The collectivité drafts an appel à projets, alone or jointly with its académie (which then reads
 * the draft and must agree before it is published).
 */
export async function createCall(ctx: AccessContext, input: unknown): Promise<{ id: string }> {
  const scope = requireCollectivite(ctx, "call.manage");
  const fields = callFieldsSchema.parse(input);
  return db.$transaction(async (tx) => {
    await assertBudgetLine(tx, scope.id, fields.budgetLineId);
    const academieCode = fields.joint ? await academieOf(tx, scope.id) : null;
    const created = await tx.projectCall.create({
      data: {
        collectiviteId: scope.id,
        academieCode,
        ...columns(fields),
        createdById: ctx.user.id,
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: callAuditScope({ collectiviteId: scope.id, academieCode }),
      action: "call.create",
      entityType: "ProjectCall",
      entityId: created.id,
      after: auditValues(fields),
    });
    return created;
  });
}

const NOT_A_DRAFT = "Un appel publié ne se modifie plus : les collèges en ont reçu les conditions.";

/**
 * The collectivité edits its draft. Any agreement already given is withdrawn: a party agrees to
 * the text it read, not to a later one.
 */
export async function updateCall(
  ctx: AccessContext,
  input: unknown,
): Promise<{ agreementsWithdrawn: boolean }> {
  const scope = requireCollectivite(ctx, "call.manage");
  const { callId, ...fields } = updateCallSchema.parse(input);
  return db.$transaction(async (tx) => {
    const call = await lockCall(tx, ctx, callId);
    if (call.status !== "BROUILLON") throw new AppError("CONFLICT", NOT_A_DRAFT);
    await assertBudgetLine(tx, scope.id, fields.budgetLineId);
    const academieCode = fields.joint
      ? (call.academieCode ?? (await academieOf(tx, scope.id)))
      : null;
    const agreementsWithdrawn = Boolean(call.collectiviteAgreedById || call.academieAgreedById);
    await tx.projectCall.update({
      where: { id: call.id, status: "BROUILLON" },
      data: {
        ...columns(fields),
        academieCode,
        collectiviteAgreedAt: null,
        collectiviteAgreedById: null,
        collectiviteAgreedByName: null,
        academieAgreedAt: null,
        academieAgreedById: null,
        academieAgreedByName: null,
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      // Both journals: an académie leaving a joint call sees that it left.
      scope: callAuditScope({
        collectiviteId: scope.id,
        academieCode: academieCode ?? call.academieCode,
      }),
      action: "call.update",
      entityType: "ProjectCall",
      entityId: call.id,
      after: {
        ...auditValues(fields),
        ...(agreementsWithdrawn ? { accords: "retirés (le texte a changé)" } : {}),
      },
    });
    return { agreementsWithdrawn };
  });
}

/**
 * The party a context acts for on a call (agreeing, scoring, deciding): the collectivité's agents,
 * the co-pilot académie's DRANE; anyone else is FORBIDDEN.
 */
export function actingParty(ctx: AccessContext, call: LockedCall): CallParty {
  if (ctx.scope.type === "COLLECTIVITE") {
    assertCan(ctx, "call.manage");
    return "COLLECTIVITE";
  }
  if (ctx.scope.type === "ACADEMIE" && call.academieCode === ctx.scope.code) {
    assertCan(ctx, "call.copilot");
    return "ETAT";
  }
  throw new AppError("FORBIDDEN");
}

/**
 * A party agrees to publish the call as it reads now, by one of its own members. A call of the
 * collectivité alone is published by its agreement; a joint call once both parties have agreed,
 * never by one person for both.
 */
export async function agreeToPublish(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ published: boolean }> {
  const { callId } = callIdSchema.parse(input);
  return db.$transaction(async (tx) => {
    const call = await lockCall(tx, ctx, callId);
    const party = actingParty(ctx, call);
    if (call.status !== "BROUILLON")
      throw new AppError("CONFLICT", "Cet appel à projets est déjà publié.");
    const own = party === "COLLECTIVITE" ? call.collectiviteAgreedById : call.academieAgreedById;
    if (own) throw new AppError("CONFLICT", "Votre partie a déjà donné son accord.");
    const other = party === "COLLECTIVITE" ? call.academieAgreedById : call.collectiviteAgreedById;
    if (other === ctx.user.id)
      throw new AppError(
        "FORBIDDEN",
        "Vous avez donné l'accord de l'autre partie : une même personne ne donne pas l'accord des deux.",
      );
    if (call.closesOn < todayInParis(now))
      throw new AppError(
        "CONFLICT",
        `La date limite de dépôt (${formatDate(call.closesOn)}) est passée : reportez-la avant de publier.`,
      );
    const published = !call.academieCode || Boolean(other);
    const agreement =
      party === "COLLECTIVITE"
        ? {
            collectiviteAgreedAt: now,
            collectiviteAgreedById: ctx.user.id,
            collectiviteAgreedByName: ctx.user.name,
          }
        : {
            academieAgreedAt: now,
            academieAgreedById: ctx.user.id,
            academieAgreedByName: ctx.user.name,
          };
    await tx.projectCall.update({
      where: { id: call.id, status: "BROUILLON" },
      data: { ...agreement, ...(published ? { status: "PUBLIE", publishedAt: now } : {}) },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: callAuditScope(call),
      action: published ? "call.publish" : "call.agree",
      entityType: "ProjectCall",
      entityId: call.id,
      after: {
        accord: party === "COLLECTIVITE" ? "collectivité" : "académie",
        ...(published ? { statut: "publié" } : {}),
      },
      occurredAt: now,
    });
    return { published };
  });
}
