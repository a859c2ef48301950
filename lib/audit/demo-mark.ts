import type { Db } from "@/lib/db/client";

/**
 * Whether the demo seed wrote `action` for a collectivité: the seeds sign their events with an
 * actor label and no actor id, and pages read that mark to say « données fictives ».
 */
export async function hasDemoMark(
  db: Pick<Db, "auditEvent">,
  mark: { collectiviteId: string; action: string; actorLabel: string },
): Promise<boolean> {
  const event = await db.auditEvent.findFirst({
    where: { ...mark, actorId: null },
    select: { seq: true },
  });
  return event !== null;
}
