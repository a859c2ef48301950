import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { activeTripartiteWhere } from "@/lib/conventions/create-convention";
import { todayInParis } from "@/lib/dates";
import { requireCollectivite } from "@/lib/access/require-scope";

/**
 * What the « new convention » forms offer a collectivité: its open public collèges without a
 * convention in progress or in force, and its conventions-cadres that are not terminated.
 */
export async function listConventionOptions(ctx: AccessContext, now = new Date()) {
  const scope = requireCollectivite(ctx, "convention.write");
  const today = todayInParis(now);
  const [colleges, cadres] = await Promise.all([
    db.etablissement.findMany({
      where: {
        collectiviteId: scope.id,
        secteur: "PUBLIC",
        etat: "OUVERT",
        conventions: { none: activeTripartiteWhere(today) },
      },
      select: { uai: true, name: true, communeName: true },
      orderBy: [{ name: "asc" }, { uai: "asc" }],
    }),
    db.convention.findMany({
      where: { collectiviteId: scope.id, kind: "CADRE", status: { not: "RESILIEE" } },
      select: { id: true, reference: true, status: true },
      orderBy: { reference: "desc" },
    }),
  ]);
  return { colleges, cadres };
}
