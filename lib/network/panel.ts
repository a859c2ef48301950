import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { todayInParis } from "@/lib/dates";
import { projectEquirectangular } from "@/lib/dashboards/equity-map";
import { hasDemoNetwork } from "@/lib/network/demo-marker";
import { unsafeThresholdsOf } from "@/lib/network/read-network";
import {
  ACCESS_TECHNOLOGY_LABELS,
  assessNetwork,
  bandText,
  type SpeedBand,
} from "@/lib/network/rules";
import { thresholdsSchema } from "@/lib/network/schemas";

const BANDS: readonly SpeedBand[] = ["CRITIQUE", "MINIMAL", "CIBLE", "ELEVE", "INCONNU"];

/** Months ahead in which an access contract's end is flagged. */
export const CONTRACT_WINDOW_MONTHS = 12;

/**
 * The collectivité's network panel: each open public collège it sees (a technician: its secteur) with its
 * speed band, speed per élève and Wi-Fi coverage against the thresholds; the collèges per band;
 * the access contracts ending within 12 months; how many are ready for interactive or mobile
 * equipment.
 */
export async function getNetworkPanel(ctx: AccessContext, now = new Date()) {
  const scope = requireCollectivite(ctx, "etablissement.read", "NOT_FOUND");
  const thresholds = await unsafeThresholdsOf(scope.id);
  const colleges = await db.etablissement.findMany({
    where: { AND: [etablissementScopeWhere(ctx), { etat: "OUVERT", secteur: "PUBLIC" }] },
    select: {
      uai: true,
      name: true,
      secteur: true,
      latitude: true,
      longitude: true,
      networkProfile: {
        select: {
          downKbps: true,
          upKbps: true,
          teachingRooms: true,
          wifiRooms: true,
          operator: true,
          contractEndsOn: true,
          accessTechnology: true,
        },
      },
      effectifs: { select: { total: true }, orderBy: { rentree: "desc" }, take: 1 },
    },
    orderBy: { name: "asc" },
  });
  const rows = colleges.map((c) => {
    const p = c.networkProfile;
    return {
      uai: c.uai,
      name: c.name,
      secteur: c.secteur,
      latitude: c.latitude,
      longitude: c.longitude,
      profile: p,
      pupils: c.effectifs[0]?.total ?? null,
      assessment: assessNetwork(
        {
          downKbps: p?.downKbps ?? null,
          teachingRooms: p?.teachingRooms ?? null,
          wifiRooms: p?.wifiRooms ?? null,
        },
        c.effectifs[0]?.total ?? null,
        thresholds,
      ),
    };
  });
  const today = todayInParis(now);
  const horizon = new Date(today);
  horizon.setUTCMonth(horizon.getUTCMonth() + CONTRACT_WINDOW_MONTHS);
  const contracts = rows
    .filter((r) => r.profile?.contractEndsOn && r.profile.contractEndsOn <= horizon)
    .sort((a, b) => a.profile!.contractEndsOn!.getTime() - b.profile!.contractEndsOn!.getTime());
  return {
    thresholds,
    rows,
    byBand: BANDS.map((band) => ({
      band,
      colleges: rows.filter((r) => r.assessment.band === band).length,
    })),
    contracts,
    recorded: rows.filter((r) => r.profile).length,
    perPupilOk: rows.filter((r) => r.assessment.perPupilOk === true).length,
    perPupilKnown: rows.filter((r) => r.assessment.perPupilOk !== null).length,
    map: projectEquirectangular(rows),
    ready: rows.filter((r) => r.assessment.ready === true).length,
    notReady: rows.filter((r) => r.assessment.ready === false).length,
    canEdit: ctx.permissions.has("network.manage"),
    canSetThresholds: ctx.permissions.has("referential.manage"),
    demo: await hasDemoNetwork(db, scope.id),
  };
}

export type NetworkPanel = Awaited<ReturnType<typeof getNetworkPanel>>;

/** The export's columns: those the import reads back (UAI, speeds, technology…), then the levels. */
export const NETWORK_EXPORT_HEADER = [
  "UAI",
  "Collège",
  "Technologie d'accès",
  "Débit descendant (Mbit/s)",
  "Débit montant (Mbit/s)",
  "Opérateur",
  "Fin du contrat",
  "Salles d'enseignement",
  "Salles couvertes par le Wi-Fi",
  "Élèves",
  "Débit par élève (kbit/s)",
  "Palier de débit",
  "Prêt pour des équipements interactifs ou mobiles",
];

/**
 * The panel's collèges as a table to download; re-imported as it is, it changes nothing (its
 * columns are the import's), so it is also the file to fill in.
 */
export async function exportNetworkRows(ctx: AccessContext) {
  const panel = await getNetworkPanel(ctx);
  const t = panel.thresholds;
  return {
    header: NETWORK_EXPORT_HEADER,
    rows: panel.rows.map((r) => {
      const p = r.profile;
      const a = r.assessment;
      return [
        r.uai,
        r.name,
        p?.accessTechnology ? ACCESS_TECHNOLOGY_LABELS[p.accessTechnology] : null,
        p?.downKbps != null ? p.downKbps / 1000 : null,
        p?.upKbps != null ? p.upKbps / 1000 : null,
        p?.operator ?? null,
        p?.contractEndsOn ? p.contractEndsOn.toISOString().slice(0, 10) : null,
        p?.teachingRooms ?? null,
        p?.wifiRooms ?? null,
        r.pupils,
        a.perPupilKbps,
        bandText(a.band, t),
        a.ready === true ? "oui" : a.ready === false ? `non : ${a.issues.join(" ; ")}` : "inconnu",
      ];
    }),
  };
}

/**
 * The collectivité sets its own thresholds (the defaults: ADF 2017), like its référentiel: its
 * agents, not the technicians who record the network of their secteur; a refused form writes nothing.
 */
export async function saveNetworkThresholds(ctx: AccessContext, input: unknown): Promise<void> {
  const scope = requireCollectivite(ctx, "referential.manage");
  const values = thresholdsSchema.parse(input);
  await db.$transaction(async (tx) => {
    const before = await tx.networkThresholds.findUnique({ where: { collectiviteId: scope.id } });
    await tx.networkThresholds.upsert({
      where: { collectiviteId: scope.id },
      create: { collectiviteId: scope.id, ...values, updatedByName: ctx.user.name },
      update: { ...values, updatedByName: ctx.user.name },
    });
    await appendMemberAuditEvent(tx, ctx, {
      action: "network.thresholds",
      entityType: "NetworkThresholds",
      entityId: scope.id,
      before: before
        ? {
            kbpsPerPupil: before.kbpsPerPupil,
            criticalMbps: before.criticalMbps,
            targetMbps: before.targetMbps,
            highMbps: before.highMbps,
            wifiCoveragePct: before.wifiCoveragePct,
          }
        : undefined,
      after: values,
    });
  });
}
