import "server-only";
import type { Db } from "@/lib/db/client";

/**
 * Closes the incidents resolved for longer than their document's `closeAfterDays` that the
 * collège neither confirmed nor reopened. Unsafe: a scheduled job over every tenant, with no
 * member's context (run by `npm run incidents:cloture`). Returns how many it closed.
 */
export async function unsafeCloseResolvedIncidents(
  db: Db,
  now: Date = new Date(),
): Promise<number> {
  return db.$transaction(async (tx) => {
    const closed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Incident" SET "status" = 'CLOS', "closedAt" = ${now}, "updatedAt" = ${now}
      WHERE "status" = 'RESOLU' AND "resolvedAt" + make_interval(days => "closeAfterDays") <= ${now}
      RETURNING "id"`;
    if (closed.length > 0)
      await tx.incidentEvent.createMany({
        data: closed.map(({ id }) => ({
          incidentId: id,
          kind: "CLOS_AUTO" as const,
          at: now,
          actorName: "Tripartite (clôture automatique)",
          fromStatus: "RESOLU" as const,
          toStatus: "CLOS" as const,
          body: "Ni confirmé ni rouvert par le collège dans le délai prévu : clos automatiquement.",
        })),
      });
    return closed.length;
  });
}
