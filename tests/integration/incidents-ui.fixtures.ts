import { db } from "@/lib/db/client";
import { createEquipment } from "@/lib/inventory/save-equipment";
import { reportIncident } from "@/lib/assistance/report-incident";
import {
  createUser,
  createUsers,
  people,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { accessAs, C35, E } from "../support/access";
import { collectiviteIdOf } from "../support/rows";

export const users: Record<string, string> = {};
export const as = accessAs(users);
export const ids = { eni: "", g1: "", r1: "", b1: "", sector: "" };

const report = (title: string, domain: string, equipmentId?: string) => ({
  kind: "INCIDENT",
  domain,
  equipmentId: equipmentId ?? "",
  title,
  description: `${title} : constaté ce matin.`,
  urgency: "HAUTE",
});

/**
 * Three incidents: one on an ENI of Les Gayeulles (35), one at the other collège of 35 — the only
 * one of the technician's secteur —, one at Bourbriac (22). No convention: each goes by default to
 * its collectivité.
 */
export async function seedIncidents(): Promise<void> {
  await seedReferentialsAndColleges();
  await createUsers(users, people("agent35", "agent22", "chefG", "chefR", "chefB"));
  const sector = await db.sector.create({
    data: { collectiviteId: await collectiviteIdOf("35"), name: "Rennes nord" },
  });
  ids.sector = sector.id;
  await db.etablissement.update({ where: { uai: UAI.rennes35b }, data: { sectorId: sector.id } });
  users.tech35 = await createUser("tech35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "TECHNICIEN", key: "35", sectorId: sector.id },
  ]);
  ids.eni = (
    await createEquipment(await as("agent35", C35), {
      uai: UAI.gayeulles,
      category: "ENI",
      serialNumber: "ENI-UI-1",
      inventoryNumber: "35-ENI-0001",
      status: "EN_SERVICE",
      location: "Salle 12",
      usage: "PEDAGOGIQUE",
    })
  ).id;
  const gayeulles = await as("chefG", E(UAI.gayeulles));
  ids.g1 = (
    await reportIncident(
      gayeulles,
      report("ENI de la salle 12 éteint", "ECRANS_VIDEOPROJECTION", ids.eni),
    )
  ).id;
  ids.r1 = (
    await reportIncident(await as("chefR", E(UAI.rennes35b)), report("Wi-Fi coupé", "RESEAU_WIFI"))
  ).id;
  ids.b1 = (
    await reportIncident(
      await as("chefB", E(UAI.bourbriac22)),
      report("Imprimante en panne", "IMPRESSION"),
    )
  ).id;
}
