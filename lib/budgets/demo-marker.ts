import type { Db } from "@/lib/db/client";
import { hasDemoMark } from "@/lib/audit/demo-mark";

/**
 * How the demo seed signs its budget lines in the audit trail. The mark is the product's: budget
 * pages read it to say « données fictives », and the seeds (demo and benchmark) write it.
 */
export const DEMO_BUDGET_ACTOR = { id: null, label: "chargement de la démonstration" };

/** Whether a collectivité's budget comes from the demo seed: pages show a « données fictives » notice. */
export function hasDemoBudgets(
  db: Pick<Db, "auditEvent">,
  collectiviteId: string,
): Promise<boolean> {
  return hasDemoMark(db, {
    collectiviteId,
    action: "budget.line.create",
    actorLabel: DEMO_BUDGET_ACTOR.label,
  });
}
