import type { Db } from "@/lib/db/client";
import { hasDemoMark } from "@/lib/audit/demo-mark";

/** How the demo seed signs its network profiles in the journal; pages read it to offer the demo file. */
export const DEMO_NETWORK_ACTOR = {
  id: null,
  label: "chargement de la démonstration (réseau fictif)",
};

/** Whether the collectivité's network comes from the demo seed (its journal says so). */
export function hasDemoNetwork(
  db: Pick<Db, "auditEvent">,
  collectiviteId: string,
): Promise<boolean> {
  return hasDemoMark(db, {
    collectiviteId,
    action: "network.update",
    actorLabel: DEMO_NETWORK_ACTOR.label,
  });
}
