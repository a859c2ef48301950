import { db } from "@/lib/db/client";
import { createEquipment } from "@/lib/inventory/save-equipment";
import { reportIncident } from "@/lib/assistance/report-incident";
import { createUser, UAI } from "../support/fixtures";
import { C35, E } from "../support/access";
import { as, seedConventions, users } from "./conventions.fixtures";
import { gayeullesInForce } from "./conventions.story";

export { as, users };

/** Instants of the story, in UTC (Paris is UTC+1 in December). */
export const T = {
  /** Monday 7 December 2026, 9:00 in Paris. */
  reported: new Date("2026-12-07T08:00:00Z"),
  /** Monday 11:00. */
  taken: new Date("2026-12-07T10:00:00Z"),
  /** Monday 14:00: waiting for a part. */
  paused: new Date("2026-12-07T13:00:00Z"),
  /** Wednesday 9 December, 10:00: the part came. */
  resumed: new Date("2026-12-09T09:00:00Z"),
  /** Thursday 10 December, 16:00. */
  resolved: new Date("2026-12-10T15:00:00Z"),
  /** Friday 11 December, 9:00. */
  confirmed: new Date("2026-12-11T08:00:00Z"),
};

export const ids = { eni: "", poste: "", bourbriacPc: "", sectorG: "", sectorOther: "" };

export const screenReport = (changes: object = {}) => ({
  kind: "INCIDENT",
  domain: "ECRANS_VIDEOPROJECTION",
  equipmentId: ids.eni,
  room: "Salle 104",
  title: "L'écran interactif de la salle 104 ne s'allume plus",
  description: "Voyant orange fixe, aucun affichage depuis ce matin.",
  urgency: "HAUTE",
  ...changes,
});

/** The incident and its history, to compare before and after a refused action. */
export const incidentSnapshot = async (id: string) =>
  JSON.stringify(
    await db.incident.findUniqueOrThrow({
      where: { id },
      include: {
        events: { orderBy: { at: "asc" } },
        pauses: true,
        attachments: { select: { id: true } },
      },
    }),
  );

/**
 * Les Gayeulles' convention in force (the conventions story), its collège in a secteur of
 * Ille-et-Vilaine with a technician, another secteur with another, the académie's assistance desk,
 * the collège's référent technique, and equipment in Les Gayeulles and Bourbriac.
 */
export async function seedAssistance(): Promise<void> {
  await seedConventions();
  await gayeullesInForce();
  const c35 = await db.collectivite.findUniqueOrThrow({
    where: { code: "35" },
    select: { id: true },
  });
  ids.sectorG = (
    await db.sector.create({ data: { collectiviteId: c35.id, name: "Rennes Est" } })
  ).id;
  ids.sectorOther = (
    await db.sector.create({ data: { collectiviteId: c35.id, name: "Rennes Ouest" } })
  ).id;
  await db.etablissement.update({ where: { uai: UAI.gayeulles }, data: { sectorId: ids.sectorG } });
  await db.etablissement.update({
    where: { uai: UAI.rennes35b },
    data: { sectorId: ids.sectorOther },
  });
  users.tech35 = await createUser("tech35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "TECHNICIEN", key: "35", sectorId: ids.sectorG },
  ]);
  users.techOther = await createUser("tech35.ouest@test.fr", [
    { scopeType: "COLLECTIVITE", role: "TECHNICIEN", key: "35", sectorId: ids.sectorOther },
  ]);
  users.assist14 = await createUser("assistance14@test.fr", [
    { scopeType: "ACADEMIE", role: "ASSISTANCE", key: "14" },
  ]);
  users.refTechG = await createUser("reftech.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "REFERENT_TECHNIQUE", key: UAI.gayeulles },
  ]);
  const agent = await as("agent35", C35);
  const item = {
    manufacturer: "Promethean",
    acquiredOn: "15/09/2021",
    status: "EN_SERVICE",
    usage: "PEDAGOGIQUE",
  };
  ids.eni = (
    await createEquipment(agent, {
      uai: UAI.gayeulles,
      category: "ENI",
      serialNumber: "ENI-104",
      model: "ActivPanel 9",
      location: "Salle 104",
      ...item,
    })
  ).id;
  ids.poste = (
    await createEquipment(agent, {
      uai: UAI.gayeulles,
      category: "POSTE_FIXE",
      serialNumber: "PC-201",
      model: "OptiPlex",
      ...item,
    })
  ).id;
  ids.bourbriacPc = (
    await createEquipment(await as("agent22", { type: "COLLECTIVITE", code: "22" }), {
      uai: UAI.bourbriac22,
      category: "PORTABLE",
      serialNumber: "BB-1",
      model: "ThinkPad",
      ...item,
    })
  ).id;
}

/** The chef of Les Gayeulles reports the broken interactive screen, at `now`. */
export async function reportScreen(now = T.reported, changes: object = {}) {
  return reportIncident(await as("chefG", E(UAI.gayeulles)), screenReport(changes), [], now);
}
