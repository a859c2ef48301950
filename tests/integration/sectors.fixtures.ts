import { db } from "@/lib/db/client";
import {
  createUser,
  createUsers,
  people,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { accessAs, C14, C35 } from "../support/access";
import { createSector } from "@/lib/sectors/save-sector";
import { setSectorColleges } from "@/lib/sectors/set-sector-colleges";
import { insertEquipment, loadColleges, type College } from "../support/rows";

export const users: Record<string, string> = {};
export const as = accessAs(users);
export const colleges: Record<string, College> = {};

/** Secteurs of the story: two in 35 (Gayeulles in Rennes Est, the other collège in Rennes Ouest), one in 14. */
export const sectors = { est35: "", ouest35: "", caen14: "" };

/** Every secteur and the collèges' secteurs, to compare before and after a refused change. */
export const sectorsSnapshot = async () =>
  JSON.stringify([
    await db.sector.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    await db.etablissement.findMany({
      orderBy: { uai: "asc" },
      select: { uai: true, sectorId: true },
    }),
  ]);

export async function seedSectors(): Promise<void> {
  await seedReferentialsAndColleges();
  await createUsers(users, people("admin35", "agent35", "agent14", "drane14", "drane70", "chefG"));
  await loadColleges(colleges);
  const agent35 = await as("agent35", C35);
  sectors.est35 = (await createSector(agent35, { name: "Rennes Est" })).id;
  sectors.ouest35 = (await createSector(agent35, { name: "Rennes Ouest" })).id;
  await setSectorColleges(agent35, {
    sectorId: sectors.est35,
    etablissementIds: [colleges[UAI.gayeulles]!.id],
  });
  await setSectorColleges(agent35, {
    sectorId: sectors.ouest35,
    etablissementIds: [colleges[UAI.rennes35b]!.id],
  });
  sectors.caen14 = (await createSector(await as("agent14", C14), { name: "Caen" })).id;
  users.techEst = await createUser("tech.est@test.fr", [
    { scopeType: "COLLECTIVITE", role: "TECHNICIEN", key: "35", sectorId: sectors.est35 },
  ]);
  users.refTechOuest = await createUser("reftech.ouest@test.fr", [
    { scopeType: "COLLECTIVITE", role: "REFERENT_TECHNIQUE", key: "35", sectorId: sectors.ouest35 },
  ]);
  await insertEquipment(colleges[UAI.gayeulles]!, "PORTABLE", 3, "2022-09-01");
  await insertEquipment(colleges[UAI.rennes35b]!, "ENI", 2, "2021-09-01");
}
