import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { applicationScopeWhere } from "@/lib/access/call-scope";

/** How many funded projects the dashboard lists: the latest decided; the rest are on each call's page. */
export const FUNDED_PROJECTS_SHOWN = 20;

/**
 * The projects the collectivité's appels à projets funded (decision taken, retained), latest
 * decision first, with their delivery and their latest report (and whether the académie assessed
 * it): what the élu reads of the calls' outcomes.
 */
export async function getFundedProjects(ctx: AccessContext) {
  assertCan(ctx, "call.read");
  const where = {
    AND: [
      applicationScopeWhere(ctx),
      {
        decidedAt: { not: null },
        decision: { in: ["RETENU" as const, "RETENU_SOUS_CONDITIONS" as const] },
      },
    ],
  };
  const [rows, totals, reports] = await Promise.all([
    db.projectApplication.findMany({
      where,
      select: {
        id: true,
        decision: true,
        grantedCents: true,
        decidedAt: true,
        deliveredOn: true,
        call: { select: { id: true, title: true } },
        etablissement: { select: { name: true, communeName: true } },
        reports: {
          select: {
            milestone: true,
            pupilsReached: true,
            classesUsing: true,
            equipmentInUsePct: true,
            assessedAt: true,
          },
          orderBy: { milestone: "desc" },
          take: 1,
        },
      },
      orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
      take: FUNDED_PROJECTS_SHOWN,
    }),
    db.projectApplication.aggregate({
      where,
      _count: { _all: true, deliveredOn: true },
      _sum: { grantedCents: true },
    }),
    db.projectReport.count({ where: { application: where } }),
  ]);
  return {
    projects: rows.map(({ reports: [latest], ...p }) => ({ ...p, latest: latest ?? null })),
    count: totals._count._all,
    delivered: totals._count.deliveredOn,
    grantedCents: totals._sum.grantedCents ?? 0n,
    reports,
  };
}

export type FundedProjects = Awaited<ReturnType<typeof getFundedProjects>>;
