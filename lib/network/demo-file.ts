import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { createHash } from "node:crypto";

export const DEMO_FILE_HEADER = [
  "UAI",
  "Collège",
  "Technologie",
  "Débit descendant (Mbit/s)",
  "Débit montant (Mbit/s)",
  "Opérateur",
  "Fin de contrat",
];

/**
 * A fictitious operator's file for the demo (said so in its operator column): one row per open
 * public collège of the collectivité, the speeds measured « this year » — part of the copper
 * and radio accesses moved to fibre, the rest as the demo recorded them or close — so that the
 * agent has a real file to preview and import. The same file every time for a collège list.
 */
export async function demoOperatorFile(ctx: AccessContext) {
  requireCollectivite(ctx, "network.manage", "NOT_FOUND");
  const colleges = await db.etablissement.findMany({
    where: { AND: [etablissementScopeWhere(ctx), { secteur: "PUBLIC", etat: "OUVERT" }] },
    select: { uai: true, name: true, networkProfile: { select: { downKbps: true } } },
    orderBy: { uai: "asc" },
  });
  const rows = colleges.map((c) => {
    // The same choices for a collège every time: bytes of a hash of its UAI, not a random draw.
    const bytes = createHash("sha256").update(`operateur:${c.uai}`).digest();
    let next = 0;
    const rng = {
      chance: (p: number) => bytes[next++]! / 256 < p,
      pick: <T>(items: readonly T[]): T => items[bytes[next++]! % items.length]!,
      int: (min: number, max: number) => min + (bytes[next++]! % (max - min + 1)),
    };
    const recorded = c.networkProfile?.downKbps ?? null;
    const upgraded = recorded === null || recorded < 100_000 ? rng.chance(0.4) : false;
    const mbps = upgraded
      ? rng.pick([100, 200, 500])
      : recorded !== null
        ? recorded / 1000
        : rng.pick([20, 50, 100]);
    const fibre = upgraded || mbps >= 100;
    return [
      c.uai,
      c.name,
      fibre ? "Fibre dédiée" : mbps < 50 ? "VDSL2" : "4G",
      mbps,
      fibre ? mbps : Math.round(mbps * 10) / 100,
      "Opérateur A (fictif)",
      `${rng.int(2027, 2029)}-0${rng.int(1, 9)}-01`,
    ];
  });
  return { header: DEMO_FILE_HEADER, rows };
}
