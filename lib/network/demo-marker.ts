import type { Db } from "@/lib/db/client";

/** How the demo seed signs its network profiles in the journal; pages read it to offer the demo file. */
export const DEMO_NETWORK_ACTOR = {
  id: null,
  label: "chargement de la démonstration (réseau fictif)",
};

/** Whether the collectivité's network comes from the demo seed (its journal says so). */
export async function hasDemoNetwork(
  db: Pick<Db, "auditEvent">,
  collectiviteId: string,
): Promise<boolean> {
  const event = await db.auditEvent.findFirst({
    where: {
      collectiviteId,
      action: "network.update",
      actorId: null,
      actorLabel: DEMO_NETWORK_ACTOR.label,
    },
    select: { seq: true },
  });
  return event !== null;
}
