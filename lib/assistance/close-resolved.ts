import "server-only";
import type { Db } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { notifiedSelect } from "@/lib/assistance/incident-selects";
import { notifyReporter } from "@/lib/assistance/notify-incident";

const DAY = 86_400_000;
/** No member acts: the job's mails are for every reporter, the reporter included. */
const NOBODY = "";

/**
 * Closes the incidents resolved for longer than their document's `closeAfterDays` that the
 * collège neither confirmed nor reopened, and tells each reporter until when it may reopen it.
 * Unsafe: a scheduled job over every tenant, with no member's context (run by
 * `npm run incidents:cloture`). Returns how many it closed.
 */
export async function unsafeCloseResolvedIncidents(
  db: Db,
  now: Date = new Date(),
): Promise<number> {
  const { count, mailIds } = await db.$transaction(async (tx) => {
    const closed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Incident" SET "status" = 'CLOS', "closedAt" = ${now}, "updatedAt" = ${now}
      WHERE "status" = 'RESOLU' AND "resolvedAt" + make_interval(days => "closeAfterDays") <= ${now}
      RETURNING "id"`;
    if (closed.length === 0) return { count: 0, mailIds: [] };
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
    const incidents = await tx.incident.findMany({
      where: { id: { in: closed.map((c) => c.id) } },
      select: { ...notifiedSelect, reopenWithinDays: true },
    });
    const ids: string[] = [];
    for (const incident of incidents) {
      const until = new Date(now.getTime() + incident.reopenWithinDays * DAY);
      ids.push(
        ...(await notifyReporter(
          tx,
          incident,
          [
            "Cet incident a été résolu et ni confirmé ni rouvert dans le délai prévu par la convention : il est clos automatiquement.",
            `Si le problème persiste, vous pouvez le rouvrir jusqu'au ${formatDate(until)}.`,
          ],
          NOBODY,
        )),
      );
    }
    return { count: closed.length, mailIds: ids };
  });
  await deliverQueuedMails(db, mailIds);
  return count;
}
