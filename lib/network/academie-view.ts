import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { unsafeThresholdsOf } from "@/lib/network/read-network";
import { assessNetwork } from "@/lib/network/rules";

/**
 * The académie's view of its collèges' network, one row per département side by side (the DRANE
 * compares 22, 29, 35, 56): open public collèges, how many the collectivité has recorded, how
 * many under the critical speed, at the 100 kbit/s per élève target, with full Wi-Fi, ready for
 * interactive or mobile equipment. Each collège is assessed against its own collectivité's
 * thresholds (they may differ); shares are of the recorded collèges, the unknown counted apart.
 */
export async function getAcademieNetwork(ctx: AccessContext) {
  assertCan(ctx, "etablissement.read");
  if (ctx.scope.type !== "ACADEMIE") throw new AppError("NOT_FOUND");
  const colleges = await db.etablissement.findMany({
    where: { academieCode: ctx.scope.code, secteur: "PUBLIC", etat: "OUVERT" },
    select: {
      departementCode: true,
      collectiviteId: true,
      departement: { select: { name: true } },
      networkProfile: { select: { downKbps: true, teachingRooms: true, wifiRooms: true } },
      effectifs: { select: { total: true }, orderBy: { rentree: "desc" }, take: 1 },
    },
  });
  const collectiviteIds = [...new Set(colleges.map((c) => c.collectiviteId))];
  const thresholds = new Map(
    await Promise.all(
      collectiviteIds.map(async (id) => [id, await unsafeThresholdsOf(id)] as const),
    ),
  );
  const byDepartement = new Map<
    string,
    {
      code: string;
      name: string;
      colleges: number;
      recorded: number;
      critical: number;
      perPupilOk: number;
      wifiOk: number;
      ready: number;
      customised: boolean;
    }
  >();
  for (const c of colleges) {
    const t = thresholds.get(c.collectiviteId)!;
    const row = byDepartement.get(c.departementCode) ?? {
      code: c.departementCode,
      name: c.departement.name,
      colleges: 0,
      recorded: 0,
      critical: 0,
      perPupilOk: 0,
      wifiOk: 0,
      ready: 0,
      customised: t.customised,
    };
    byDepartement.set(c.departementCode, row);
    row.colleges += 1;
    if (!c.networkProfile) continue;
    row.recorded += 1;
    const a = assessNetwork(c.networkProfile, c.effectifs[0]?.total ?? null, t);
    if (a.band === "CRITIQUE") row.critical += 1;
    if (a.perPupilOk === true) row.perPupilOk += 1;
    if (a.coverageOk === true) row.wifiOk += 1;
    if (a.ready === true) row.ready += 1;
  }
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return [...byDepartement.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((d) => ({
      ...d,
      perPupilShare: share(d.perPupilOk, d.recorded),
      wifiShare: share(d.wifiOk, d.recorded),
      readyShare: share(d.ready, d.recorded),
    }));
}

export type AcademieNetworkRow = Awaited<ReturnType<typeof getAcademieNetwork>>[number];

export const ACADEMIE_NETWORK_HEADER = [
  "Département",
  "Collèges publics ouverts",
  "Réseau renseigné",
  "Sous le seuil critique",
  "Au débit par élève visé",
  "Wi-Fi dans toutes les salles visées",
  "Prêts pour des équipements interactifs ou mobiles",
  "Seuils",
];

/** The same rows to download. */
export async function exportAcademieNetwork(ctx: AccessContext) {
  const rows = await getAcademieNetwork(ctx);
  return {
    header: ACADEMIE_NETWORK_HEADER,
    rows: rows.map((d) => [
      `${d.name} (${d.code})`,
      d.colleges,
      d.recorded,
      d.critical,
      d.perPupilOk,
      d.wifiOk,
      d.ready,
      d.customised ? "de la collectivité" : "par défaut (ADF 2017)",
    ]),
  };
}
