import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { assignmentScopeWhere, programmeScopeWhere } from "@/lib/access/programme-scope";
import { todayInParis } from "@/lib/dates";
import { omit } from "@/lib/objects";
import { PROGRAMME_NOT_FOUND } from "@/lib/programmes/write-programme";
import { costPerYear, readinessOf, waveAtRisk, waveYear } from "@/lib/programmes/rules";
import { unsafeNetworkAssessments } from "@/lib/network/read-network";

/** The programmes of a space: for each, its waves' span and the collèges the context sees. */
export async function listProgrammes(ctx: AccessContext) {
  assertCan(ctx, "call.read");
  const programmes = await db.deploymentProgramme.findMany({
    where: programmeScopeWhere(ctx),
    select: {
      id: true,
      title: true,
      category: true,
      status: true,
      waves: { select: { deploymentOn: true }, orderBy: { deploymentOn: "asc" } },
      _count: { select: { assignments: { where: assignmentScopeWhere(ctx) } } },
    },
    orderBy: [{ createdAt: "desc" }],
  });
  return programmes.map(({ waves, _count, ...p }) => ({
    ...p,
    waves: waves.length,
    firstYear: waves[0] ? waveYear(waves[0].deploymentOn) : null,
    lastYear: waves.at(-1) ? waveYear(waves.at(-1)!.deploymentOn) : null,
    colleges: _count.assignments,
  }));
}

export type ProgrammeListItem = Awaited<ReturnType<typeof listProgrammes>>[number];

/** The référent numérique of each collège (the first by name), when one is a member of its space. */
export async function referentsOf(etablissementIds: string[]): Promise<Map<string, string>> {
  const members = await db.membership.findMany({
    where: {
      scopeType: "ETABLISSEMENT",
      role: "REFERENT_NUMERIQUE",
      etablissementId: { in: etablissementIds },
      user: { disabledAt: null },
    },
    select: { etablissementId: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const names = new Map<string, string>();
  for (const m of members)
    if (m.etablissementId && !names.has(m.etablissementId))
      names.set(m.etablissementId, m.user.name);
  return names;
}

/**
 * One programme as the context sees it: its terms, its waves in date order with the collèges the
 * context may see (all for the collectivité, those of its académie, its own) and each collège's
 * readiness; per wave the collèges ready and not, the units and their cost.
 */
export async function getProgramme(ctx: AccessContext, programmeId: string, now = new Date()) {
  assertCan(ctx, "call.read");
  const programme = await db.deploymentProgramme.findFirst({
    where: { AND: [{ id: programmeId }, programmeScopeWhere(ctx)] },
    include: {
      collectivite: { select: { name: true } },
      waves: { orderBy: [{ deploymentOn: "asc" }, { number: "asc" }] },
      assignments: {
        where: assignmentScopeWhere(ctx),
        include: {
          etablissement: { select: { id: true, uai: true, name: true, academieCode: true } },
        },
        orderBy: { etablissement: { name: "asc" } },
      },
    },
  });
  if (!programme) throw new AppError("NOT_FOUND", PROGRAMME_NOT_FOUND);
  const today = todayInParis(now);
  const ids = programme.assignments.map((a) => a.etablissementId);
  const [referents, networks] = await Promise.all([
    referentsOf(ids),
    unsafeNetworkAssessments(programme.collectiviteId, ids),
  ]);
  const colleges = programme.assignments.map((a) => {
    const referentName = referents.get(a.etablissementId) ?? null;
    const network = networks.get(a.etablissementId) ?? null;
    return { ...a, referentName, network, readiness: readinessOf({ ...a, referentName, network }) };
  });
  const waves = programme.waves.map((wave) => {
    const inWave = colleges.filter((c) => c.waveId === wave.id);
    const ready = inWave.filter((c) => c.readiness.ready).length;
    const units = inWave.reduce((sum, c) => sum + c.plannedUnits, 0);
    return {
      ...wave,
      colleges: inWave,
      ready,
      notReady: inWave.length - ready,
      units,
      costCents: units * programme.unitCostCents,
      atRisk: waveAtRisk(wave.deploymentOn, today, inWave.length - ready),
      past: wave.deploymentOn < today,
    };
  });
  const terms = omit(programme, "assignments", "waves");
  return {
    ...terms,
    waves,
    colleges: colleges.length,
    units: waves.reduce((sum, w) => sum + w.units, 0),
    costCents: waves.reduce((sum, w) => sum + w.costCents, 0),
  };
}

export type ProgrammeDetail = Awaited<ReturnType<typeof getProgramme>>;

/** The collectivité's collèges, to place in a wave (those already in the programme are moved). */
export async function collegeOptions(ctx: AccessContext) {
  if (ctx.scope.type !== "COLLECTIVITE") return [];
  return db.etablissement.findMany({
    where: { collectiviteId: ctx.scope.id, etat: "OUVERT" },
    select: { id: true, uai: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * The adopted programmes of a collectivité, their units and cost per exercice over the horizon:
 * what the renewal plan and the budget proposals add to the renewal of the fleet. Not scoped by a
 * context: callers check the collectivité's access first.
 */
export async function unsafeProgrammesPerYear(
  client: Pick<Prisma.TransactionClient, "deploymentProgramme">,
  collectiviteId: string,
  firstYear: number,
  years: number,
) {
  const programmes = await client.deploymentProgramme.findMany({
    where: { collectiviteId, status: "ADOPTE" },
    select: {
      id: true,
      title: true,
      category: true,
      unitCostCents: true,
      waves: {
        select: { deploymentOn: true, assignments: { select: { plannedUnits: true } } },
      },
    },
    orderBy: { title: "asc" },
  });
  return programmes.map((p) => {
    const perYear = costPerYear(
      p.waves.map((w) => ({
        deploymentOn: w.deploymentOn,
        units: w.assignments.reduce((sum, a) => sum + a.plannedUnits, 0),
      })),
      p.unitCostCents,
      firstYear,
      years,
    );
    return {
      id: p.id,
      title: p.title,
      category: p.category,
      perYear,
      costCents: perYear.reduce((sum, y) => sum + y.costCents, 0),
    };
  });
}

export type ProgrammeYears = Awaited<ReturnType<typeof unsafeProgrammesPerYear>>;

/**
 * What the renewal plan of a collectivité shows of its adopted programmes, per plan year; nothing
 * for a collège's plan or a member who does not read the programmes.
 */
export async function programmesForPlan(ctx: AccessContext, firstYear: number, years: number) {
  if (ctx.scope.type !== "COLLECTIVITE" || !ctx.permissions.has("call.read")) return null;
  return unsafeProgrammesPerYear(db, ctx.scope.id, firstYear, years);
}
