import { db } from "@/lib/db/client";
import type {
  ConventionParty,
  EquipmentCategory,
  EquipmentStatus,
  IncidentStatus,
} from "@/lib/generated/prisma/enums";
import { ASSISTANCE_DOMAIN_LABELS, type AssistanceDomain } from "@/lib/assistance/vocabulary";
import {
  seedReferentialsAndColleges,
  UAI,
  createUser,
  createUsers,
  people,
} from "../support/fixtures";
import { accessAs } from "../support/access";
import * as rows from "../support/rows";

/*
 * Hand-made incidents whose measures are worked out in the tests (assistance-measures.test.ts),
 * written straight into the table as the lifecycle would leave them. Read at NOW, the default
 * period is April 2025 to March 2026 (Paris).
 */

export const NOW = new Date("2026-03-15T10:00:00Z");
export const users: Record<string, string> = {};
export const college: Record<string, rows.College> = {};
export const equipment: Record<string, string[]> = {};
export const as = accessAs(users);
export const exportUrl = (space: string, query: string) =>
  `http://test/${space}/tableau-de-bord/export?${query}`;

let sequence = 0;

interface IncidentSpec {
  uai: string;
  domain: AssistanceDomain;
  party?: ConventionParty;
  level?: string;
  status: IncidentStatus;
  reportedAt: string;
  take?: number;
  resolve?: number;
  targets?: [take: number, resolve: number];
  takeDue?: string;
  resolveDue?: string;
  equipmentId?: string;
}

async function incident(spec: IncidentSpec): Promise<string> {
  const owner = college[spec.uai]!;
  sequence += 1;
  const reportedAt = new Date(spec.reportedAt);
  const after = (minutes: number | undefined) =>
    minutes === undefined ? null : new Date(reportedAt.getTime() + minutes * 60_000);
  const created = await db.incident.create({
    data: {
      reference: `INC-TEST-${String(sequence).padStart(5, "0")}`,
      collectiviteId: owner.collectiviteId,
      academieCode: owner.academieCode,
      etablissementId: owner.id,
      kind: "INCIDENT",
      domain: spec.domain,
      domainLabel: ASSISTANCE_DOMAIN_LABELS[spec.domain],
      equipmentId: spec.equipmentId ?? null,
      title: `Incident ${sequence}`,
      description: "Décrit pour le test.",
      urgency: "NORMALE",
      status: spec.status,
      party: spec.party ?? "COLLECTIVITE",
      level: spec.level ?? "N2",
      routingSource: "DEFAUT",
      routingNote: "Service de la collectivité, niveau N2.",
      takeChargeTargetMinutes: spec.targets?.[0] ?? null,
      resolveTargetMinutes: spec.targets?.[1] ?? null,
      calendar: {},
      takeChargeDueAt: spec.takeDue ? new Date(spec.takeDue) : null,
      resolveDueAt: spec.resolveDue ? new Date(spec.resolveDue) : null,
      takeChargeWorkMinutes: spec.take ?? null,
      resolveWorkMinutes: spec.resolve ?? null,
      reporterId: users.agent35!,
      reporterParty: "COLLECTIVITE",
      reportedAt,
      takenAt: after(spec.take),
      resolvedAt: after(spec.resolve),
      closedAt: spec.status === "CLOS" ? after(spec.resolve) : null,
    },
    select: { id: true },
  });
  return created.id;
}

/** `count` items of one model, returned by id in creation order. */
async function items(
  uai: string,
  category: EquipmentCategory,
  [manufacturer, model]: [string, string],
  acquiredOn: string,
  count: number,
  status: EquipmentStatus = "EN_SERVICE",
): Promise<string[]> {
  const owner = college[uai]!;
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1)
    ids.push(
      (
        await db.equipment.create({
          data: {
            collectiviteId: owner.collectiviteId,
            etablissementId: owner.id,
            category,
            manufacturer,
            model,
            status,
            acquiredOn: new Date(acquiredOn),
          },
          select: { id: true },
        })
      ).id,
    );
  return ids;
}

const DELL: [string, string] = ["Dell", "Latitude 3340"];

export async function seedAssistanceMeasures(): Promise<void> {
  await seedReferentialsAndColleges();
  await rows.loadColleges(college);
  await createUsers(
    users,
    people("agent35", "agent14", "elu35", "drane70", "drane14", "chefG", "chefB"),
  );
  // Les Gayeulles alone in the secteur « Rennes Est »; its technician sees only it.
  const sector = await db.sector.create({
    data: { collectiviteId: college[UAI.gayeulles]!.collectiviteId, name: "Rennes Est" },
    select: { id: true },
  });
  await db.etablissement.update({
    where: { id: college[UAI.gayeulles]!.id },
    data: { sectorId: sector.id },
  });
  users.tech35 = await createUser("tech35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "TECHNICIEN", key: "35", sectorId: sector.id },
  ]);

  equipment.dellG = await items(UAI.gayeulles, "PORTABLE", DELL, "2024-09-01", 10);
  equipment.epsonG = await items(
    UAI.gayeulles,
    "VIDEOPROJECTEUR",
    ["Epson", "EB-X51"],
    "2018-01-01",
    5,
  );
  equipment.lenovoG = await items(UAI.gayeulles, "PORTABLE", ["Lenovo", "X1"], "2025-06-01", 3);
  equipment.retiredG = await items(UAI.gayeulles, "PORTABLE", DELL, "2019-01-01", 1, "REFORME");
  equipment.dellR = await items(UAI.rennes35b, "PORTABLE", DELL, "2024-09-01", 5);
  equipment.dellK = await items(UAI.calvados14, "PORTABLE", DELL, "2024-09-01", 5);

  const commitment: [number, number] = [120, 480];
  // Les Gayeulles (35, secteur Rennes Est).
  await incident({
    uai: UAI.gayeulles,
    domain: "RESEAU_WIFI",
    status: "CLOS",
    reportedAt: "2026-01-10T08:00:00Z",
    take: 60,
    resolve: 240,
    targets: commitment,
  });
  await incident({
    uai: UAI.gayeulles,
    domain: "ECRANS_VIDEOPROJECTION",
    status: "RESOLU",
    reportedAt: "2026-01-20T08:00:00Z",
    take: 180,
    resolve: 600,
    targets: commitment,
    equipmentId: equipment.epsonG[0],
  });
  // 00:30 in Paris on 1 February: a February incident.
  await incident({
    uai: UAI.gayeulles,
    domain: "POSTES_PERIPHERIQUES",
    status: "PRIS_EN_CHARGE",
    reportedAt: "2026-01-31T23:30:00Z",
    take: 30,
    targets: commitment,
    resolveDue: "2026-02-10T16:00:00Z",
    equipmentId: equipment.dellG[0],
  });
  await incident({
    uai: UAI.gayeulles,
    domain: "POSTES_PERIPHERIQUES",
    status: "NOUVEAU",
    reportedAt: "2026-03-14T12:00:00Z",
    equipmentId: equipment.dellG[0],
  });
  await incident({
    uai: UAI.gayeulles,
    domain: "APPLICATIONS_NATIONALES",
    party: "ETAT",
    status: "EN_ATTENTE_FOURNISSEUR",
    reportedAt: "2026-03-10T08:00:00Z",
    take: 120,
    targets: [240, 960],
  });
  // Collège de Rennes (35, no secteur).
  await incident({
    uai: UAI.rennes35b,
    domain: "POSTES_PERIPHERIQUES",
    status: "CLOS",
    reportedAt: "2025-12-01T08:00:00Z",
    take: 90,
    resolve: 300,
    targets: commitment,
  });
  await incident({
    uai: UAI.rennes35b,
    domain: "POSTES_PERIPHERIQUES",
    party: "EPLE",
    level: "N1",
    status: "NOUVEAU",
    reportedAt: "2026-03-13T09:00:00Z",
    targets: commitment,
    takeDue: "2026-03-14T09:00:00Z",
    equipmentId: equipment.dellR[0],
  });
  // Reported before the period, still open: in the backlog, not in the period's figures.
  await incident({
    uai: UAI.rennes35b,
    domain: "TELEPHONIE",
    status: "NOUVEAU",
    reportedAt: "2025-02-01T08:00:00Z",
  });
  // Bourbriac (22, académie de Rennes) and Calvados (14, académie de Normandie).
  await incident({
    uai: UAI.bourbriac22,
    domain: "POSTES_PERIPHERIQUES",
    status: "CLOS",
    reportedAt: "2026-02-01T08:00:00Z",
    take: 600,
    resolve: 1200,
    targets: commitment,
  });
  await incident({
    uai: UAI.calvados14,
    domain: "RESEAU_WIFI",
    status: "CLOS",
    reportedAt: "2026-02-01T08:00:00Z",
    take: 10,
    resolve: 20,
    targets: commitment,
    equipmentId: equipment.dellK[0],
  });
}
