import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { applicationScopeWhere } from "@/lib/access/call-scope";
import { assignmentScopeWhere } from "@/lib/access/programme-scope";
import { todayInParis } from "@/lib/dates";
import { isRetained, reportSchedule } from "@/lib/calls/instruction-rules";
import { readinessOf } from "@/lib/programmes/rules";
import { referentsOf } from "@/lib/programmes/read-programmes";
import { unsafeNetworkAssessments } from "@/lib/network/read-network";
import { collegeOf } from "@/lib/dashboards/etablissement-college";

/**
 * What the collège's projects ask of it now: the reports of its funded projects that are due
 * within 30 days or late, and its waves of the adopted deployment programmes still to come, with
 * what its readiness lacks.
 */
export async function getCollegeProjects(ctx: AccessContext, now = new Date()) {
  const college = collegeOf(ctx);
  assertCan(ctx, "call.read");
  const today = todayInParis(now);
  const [funded, assignments, referents, networks] = await Promise.all([
    db.projectApplication.findMany({
      where: { AND: [applicationScopeWhere(ctx), { decidedAt: { not: null } }] },
      select: {
        decision: true,
        decidedAt: true,
        reports: { select: { milestone: true } },
        call: { select: { id: true, title: true } },
      },
      orderBy: { decidedAt: "asc" },
    }),
    db.waveAssignment.findMany({
      where: { AND: [assignmentScopeWhere(ctx), { wave: { deploymentOn: { gte: today } } }] },
      select: {
        id: true,
        plannedUnits: true,
        networkReadyAt: true,
        trainingAttestedAt: true,
        trainingDeclaredAt: true,
        programme: { select: { id: true, title: true } },
        wave: { select: { number: true, prefiguration: true, deploymentOn: true } },
      },
      orderBy: { wave: { deploymentOn: "asc" } },
    }),
    referentsOf([college.id]),
    unsafeNetworkAssessments(college.collectiviteId, [college.id]),
  ]);
  const reports = funded.flatMap((a) =>
    isRetained(a.decision)
      ? reportSchedule(
          todayInParis(a.decidedAt!),
          a.reports.map((r) => r.milestone),
          today,
        )
          .filter((s) => s.state === "ATTENDU" || s.state === "EN_RETARD")
          .map((s) => ({ ...s, call: a.call }))
      : [],
  );
  const referentName = referents.get(college.id) ?? null;
  const network = networks.get(college.id) ?? null;
  const waves = assignments.map((a) => ({
    ...a,
    readiness: readinessOf({ ...a, referentName, network }),
  }));
  return { reports, waves };
}

export type CollegeProjects = Awaited<ReturnType<typeof getCollegeProjects>>;
