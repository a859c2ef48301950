import { db } from "@/lib/db/client";
import { auditEventHash, GENESIS_HASH } from "@/lib/audit/hash";

/** Recomputes the whole chain: every event's hash and its link to the previous one. */
export async function unsafeVerifyAuditChainForTests(): Promise<boolean> {
  const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
  let prev = GENESIS_HASH;
  for (const e of events) {
    if (e.prevHash !== prev) return false;
    const { seq: _seq, hash, ...content } = e;
    if (auditEventHash({ ...content, before: content.before ?? null, after: content.after ?? null }) !== hash) return false;
    prev = hash;
  }
  return true;
}
