import type { Db } from "@/lib/db/client";

/**
 * How the demo seed signs its budget lines in the audit trail. The mark is the product's: budget
 * pages read it to say « données fictives », and the seeds (demo and benchmark) write it.
 */
export const DEMO_BUDGET_ACTOR = { id: null, label: "chargement de la démonstration" };

/** Whether a collectivité's budget comes from the demo seed: pages show a « données fictives » notice. */
export async function hasDemoBudgets(
  db: Pick<Db, "auditEvent">,
  collectiviteId: string,
): Promise<boolean> {
  const event = await db.auditEvent.findFirst({
    where: {
      collectiviteId,
      action: "budget.line.create",
      actorId: null,
      actorLabel: DEMO_BUDGET_ACTOR.label,
    },
    select: { seq: true },
  });
  return event !== null;
}
