import "server-only";
import type { Db } from "@/lib/db/client";
import { auditEventHash, GENESIS_HASH } from "@/lib/audit/hash";

export type AuditChainVerdict =
  | { ok: true; count: number }
  /** `count`: events found intact before the broken one. */
  | { ok: false; count: number; brokenAt: number; reason: string };

const eventSelect = {
  seq: true,
  occurredAt: true,
  actorId: true,
  actorLabel: true,
  scopeType: true,
  collectiviteId: true,
  academieCode: true,
  etablissementId: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  prevHash: true,
  hash: true,
} as const;

function readBatch(db: Db, afterSeq: number, take: number) {
  return db.auditEvent.findMany({
    where: { seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take,
    select: eventSelect,
  });
}

/**
 * Recomputes the whole audit chain in `seq` order and names its first broken link. Reads every
 * space's events, bypassing the access context: it is an operator's check (CLI), never a request.
 *
 * An altered event fails its own hash; a deleted one breaks the next event's `prevHash`. What a
 * chain cannot show on its own is the removal of its latest events, or a rewrite of every event
 * from some point on: those need the last hash kept elsewhere.
 */
export async function unsafeVerifyAuditChain(
  db: Db,
  options: { batchSize?: number } = {},
): Promise<AuditChainVerdict> {
  const batchSize = options.batchSize ?? 2_000;
  let count = 0;
  let previous: { seq: number; hash: string } | null = null;
  // Keyset batches: a journal of millions of events is never loaded at once.
  for (;;) {
    const batch = await readBatch(db, previous?.seq ?? 0, batchSize);
    for (const event of batch) {
      const { seq, hash, ...content } = event;
      if (content.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
        const reason = previous
          ? `il ne suit pas l'événement n° ${previous.seq} : un événement intermédiaire a été supprimé, ou le précédent modifié`
          : "le premier événement conservé ne part pas de l'origine de la chaîne : des événements antérieurs ont été supprimés";
        return { ok: false, count, brokenAt: seq, reason };
      }
      // before/after are hashed as jsonb gives them back: the appender stored exactly that JSON.
      if (
        auditEventHash({
          ...content,
          before: content.before ?? null,
          after: content.after ?? null,
        }) !== hash
      ) {
        return {
          ok: false,
          count,
          brokenAt: seq,
          reason:
            "son contenu ne correspond plus à son empreinte : il a été modifié après son enregistrement",
        };
      }
      count += 1;
      previous = { seq, hash };
    }
    if (batch.length < batchSize) return { ok: true, count };
  }
}
