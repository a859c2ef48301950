import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScopeType } from "@/lib/generated/prisma/enums";
import { auditEventHash, GENESIS_HASH } from "@/lib/audit/hash";
import type { AccessContext } from "@/lib/access/context";
import { actorOf, auditScopeOf } from "@/lib/members/actor";

export interface AuditEventInput {
  /** Who acted: a user (id and « Prénom Nom <e-mail> »), or a named process with a null id. */
  actor: { id: string | null; label: string };
  /**
   * Which spaces may read the event: a collectivité, an académie and/or an établissement.
   * All null: only the platform's journal shows it.
   */
  scope: {
    scopeType?: ScopeType | null;
    collectiviteId?: string | null;
    academieCode?: string | null;
    etablissementId?: string | null;
  };
  /** Verb of the write, e.g. « member.invite », « etablissement.import ». */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  occurredAt?: Date;
}

// Serialises appends across connections so two writers never chain onto the same event.
const AUDIT_LOCK_KEY = 727_274_001;

/** Dates become ISO strings, undefined disappears: what jsonb stores is what was hashed. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/**
 * Appends one event to the hash-chained audit trail. Call it inside the transaction of the write
 * it records, so both commit or neither does.
 */
export async function appendAuditEvent(
  tx: Prisma.TransactionClient,
  input: AuditEventInput,
): Promise<{ seq: number; hash: string }> {
  const [row] = await appendAuditEvents(tx, [input]);
  return row!;
}

/**
 * Appends several events in order with one lock, one read of the chain's head and one insert
 * (a bulk status change writes one event per equipment). Same guarantees as appendAuditEvent.
 */
export async function appendAuditEvents(
  tx: Prisma.TransactionClient,
  inputs: readonly AuditEventInput[],
): Promise<{ seq: number; hash: string }[]> {
  if (inputs.length === 0) return [];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  let prevHash = last?.hash ?? GENESIS_HASH;
  const now = new Date();
  const rows = inputs.map((input) => {
    const before = toJson(input.before);
    const after = toJson(input.after);
    const content = {
      prevHash,
      occurredAt: input.occurredAt ?? now,
      actorId: input.actor.id,
      actorLabel: input.actor.label,
      scopeType: input.scope.scopeType ?? null,
      collectiviteId: input.scope.collectiviteId ?? null,
      academieCode: input.scope.academieCode ?? null,
      etablissementId: input.scope.etablissementId ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      before: before ?? null,
      after: after ?? null,
    };
    const hash = auditEventHash(content);
    prevHash = hash;
    return { ...content, before, after, hash };
  });
  if (rows.length === 1) {
    const row = await tx.auditEvent.create({ data: rows[0]!, select: { seq: true, hash: true } });
    return [row];
  }
  // createManyAndReturn keeps the order of its input, so sequence numbers follow the chain.
  return tx.auditEvent.createManyAndReturn({ data: rows, select: { seq: true, hash: true } });
}

/** An event a member's write records: `actor` is the member, `scope` defaults to their own space. */
export type MemberAuditEvent = Omit<AuditEventInput, "actor" | "scope"> & {
  scope?: AuditEventInput["scope"];
};

/**
 * Which spaces read the events of a record shared by a collectivité, an académie and, when it
 * names one, a collège (a convention, a governance body): each of them, in its own journal. A
 * convention collectivité–EPLE names no académie: the académie's journal does not show it.
 */
export function partiesAuditScope(record: {
  collectiviteId: string;
  academieCode: string | null;
  etablissementId: string | null;
}) {
  return {
    scopeType: record.etablissementId ? ("ETABLISSEMENT" as const) : ("COLLECTIVITE" as const),
    collectiviteId: record.collectiviteId,
    academieCode: record.academieCode,
    etablissementId: record.etablissementId,
  };
}

/** appendAuditEvent for a write made through an access context (same event, same chain). */
export function appendMemberAuditEvent(
  tx: Prisma.TransactionClient,
  ctx: AccessContext,
  { scope, ...event }: MemberAuditEvent,
): Promise<{ seq: number; hash: string }> {
  return appendAuditEvent(tx, { actor: actorOf(ctx), scope: scope ?? auditScopeOf(ctx), ...event });
}
