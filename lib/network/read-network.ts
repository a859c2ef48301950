import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { COLLEGE_NOT_FOUND } from "@/lib/network/write-network";
import { unsafeSuggestionsOf } from "@/lib/network/suggestions";
import {
  assessNetwork,
  DEFAULT_THRESHOLDS,
  type NetworkAssessment,
  type NetworkThresholdValues,
} from "@/lib/network/rules";

/** A collectivité's thresholds, or the defaults (ADF 2017) while it has set none. */
export async function unsafeThresholdsOf(
  collectiviteId: string,
): Promise<NetworkThresholdValues & { customised: boolean }> {
  const saved = await db.networkThresholds.findUnique({ where: { collectiviteId } });
  return saved
    ? {
        kbpsPerPupil: saved.kbpsPerPupil,
        criticalMbps: saved.criticalMbps,
        targetMbps: saved.targetMbps,
        highMbps: saved.highMbps,
        wifiCoveragePct: saved.wifiCoveragePct,
        customised: true,
      }
    : { ...DEFAULT_THRESHOLDS, customised: false };
}

/**
 * One collège's network as a space reads it: its profile, the history of its speeds and rooms,
 * its pupils and its assessment against its collectivité's thresholds; whether the member may
 * record it. The collectivité (a technician: its secteur), the académie (its collèges) and the
 * collège itself read it; another scope gets NOT_FOUND, the platform nothing.
 */
export async function getCollegeNetwork(ctx: AccessContext, uai: string) {
  assertCan(ctx, "etablissement.read");
  if (ctx.scope.type === "PLATFORM") return null;
  const college = await db.etablissement.findFirst({
    where: { AND: [{ uai: uai.trim().toUpperCase() }, etablissementScopeWhere(ctx)] },
    select: {
      id: true,
      uai: true,
      name: true,
      collectiviteId: true,
      secteur: true,
      effectifs: { select: { total: true, rentree: true }, orderBy: { rentree: "desc" }, take: 1 },
    },
  });
  if (!college) throw new AppError("NOT_FOUND", COLLEGE_NOT_FOUND);
  // The suggestions are between the collège and its collectivité: the académie does not read them.
  const readsSuggestions = ctx.scope.type !== "ACADEMIE";
  const [profile, history, thresholds, suggestions] = await Promise.all([
    db.networkProfile.findUnique({ where: { etablissementId: college.id } }),
    db.networkMeasure.findMany({
      where: { etablissementId: college.id },
      orderBy: [{ recordedAt: "desc" }, { kind: "asc" }],
      take: 40,
    }),
    unsafeThresholdsOf(college.collectiviteId),
    readsSuggestions ? unsafeSuggestionsOf(college.id) : Promise.resolve([]),
  ]);
  const pupils = college.effectifs[0] ?? null;
  const assessment = assessNetwork(
    {
      downKbps: profile?.downKbps ?? null,
      teachingRooms: profile?.teachingRooms ?? null,
      wifiRooms: profile?.wifiRooms ?? null,
    },
    pupils?.total ?? null,
    thresholds,
  );
  return {
    college: { uai: college.uai, name: college.name },
    profile,
    history,
    pupils,
    thresholds,
    assessment,
    canEdit:
      ctx.scope.type === "COLLECTIVITE" &&
      ctx.permissions.has("network.manage") &&
      college.secteur === "PUBLIC",
    suggestions,
    canSuggest: ctx.scope.type === "ETABLISSEMENT" && ctx.permissions.has("network.suggest"),
  };
}

export type CollegeNetwork = NonNullable<Awaited<ReturnType<typeof getCollegeNetwork>>>;

/**
 * The network assessment of some collèges of one collectivité (its thresholds), by collège id; a
 * collège without a profile is absent. Not scoped: the callers read the collèges in their scope.
 */
export async function unsafeNetworkAssessments(
  collectiviteId: string,
  etablissementIds: readonly string[],
): Promise<Map<string, NetworkAssessment>> {
  if (etablissementIds.length === 0) return new Map();
  const [thresholds, colleges] = await Promise.all([
    unsafeThresholdsOf(collectiviteId),
    db.etablissement.findMany({
      where: { id: { in: [...etablissementIds] }, networkProfile: { isNot: null } },
      select: {
        id: true,
        networkProfile: { select: { downKbps: true, teachingRooms: true, wifiRooms: true } },
        effectifs: { select: { total: true }, orderBy: { rentree: "desc" }, take: 1 },
      },
    }),
  ]);
  return new Map(
    colleges.map((c) => [
      c.id,
      assessNetwork(c.networkProfile!, c.effectifs[0]?.total ?? null, thresholds),
    ]),
  );
}
