import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { activeCollegeConventionWhere } from "@/lib/conventions/create-convention";
import { todayInParis } from "@/lib/dates";
import { requireCollectivite } from "@/lib/access/require-scope";

/**
 * What the « new convention » forms offer a collectivité: its open public collèges without a
 * tripartite (and those without a convention collectivité–EPLE) in progress or in force, and its
 * conventions-cadres that are not terminated.
 */
export async function listConventionOptions(ctx: AccessContext, now = new Date()) {
  const scope = requireCollectivite(ctx, "convention.write");
  const today = todayInParis(now);
  const collegesWithout = (kind: "TRIPARTITE" | "BIPARTITE_EPLE") =>
    db.etablissement.findMany({
      where: {
        collectiviteId: scope.id,
        secteur: "PUBLIC",
        etat: "OUVERT",
        conventions: { none: activeCollegeConventionWhere(today, kind) },
      },
      select: { uai: true, name: true, communeName: true },
      orderBy: [{ name: "asc" }, { uai: "asc" }],
    });
  const [colleges, epleColleges, cadres] = await Promise.all([
    collegesWithout("TRIPARTITE"),
    collegesWithout("BIPARTITE_EPLE"),
    db.convention.findMany({
      where: { collectiviteId: scope.id, kind: "CADRE", status: { not: "RESILIEE" } },
      select: { id: true, reference: true, status: true },
      orderBy: { reference: "desc" },
    }),
  ]);
  return { colleges, epleColleges, cadres };
}
