import { db } from "@/lib/db/client";
import { createEquipment } from "@/lib/inventory/save-equipment";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { accessAs, C35, C14, C22 } from "../support/access";

export const users: Record<string, string> = {};

export const as = accessAs(users);

export const base = {
  manufacturer: "Dell",
  model: "OptiPlex 7010",
  acquiredOn: "15/09/2021",
  warrantyEndsOn: "2026-09-14",
  status: "EN_SERVICE",
  location: "Salle 104",
  usage: "PEDAGOGIQUE",
  fundingSource: "COLLECTIVITE",
  purchaseCost: "749,90",
};

/** A poste fixe of `base` in a collège, with `changes`, as the equipment form sends it. */
export const poste = (uai: string, changes: object = {}) => ({
  uai,
  category: "POSTE_FIXE",
  ...base,
  ...changes,
});

export const snapshot = async (id: string) =>
  JSON.stringify(await db.equipment.findUniqueOrThrow({ where: { id } }));
export const ids = { g1: "", g2: "", r1: "", b1: "", k1: "" };

/** What every test file of this story starts from (the former beforeAll). */
export async function seedEquipment(): Promise<void> {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("agent35", "elu35", "agent22", "agent14", "drane14", "drane70", "chefG"),
    refG: ["referent.gayeulles@test.fr", "ETABLISSEMENT", "REFERENT_NUMERIQUE", UAI.gayeulles],
    ...people("chefR"),
  });

  ids.g1 = (
    await createEquipment(await as("agent35", C35), {
      uai: UAI.gayeulles,
      category: "POSTE_FIXE",
      serialNumber: "ab 12 cd",
      inventoryNumber: "35-2021-0001",
      ...base,
    })
  ).id;
  ids.g2 = (
    await createEquipment(await as("agent35", C35), {
      uai: UAI.gayeulles,
      category: "ENI",
      serialNumber: "ENI-1",
      ...base,
      model: "ActivPanel 9",
    })
  ).id;
  ids.r1 = (
    await createEquipment(await as("agent35", C35), {
      uai: UAI.rennes35b,
      category: "TABLETTE",
      serialNumber: "TAB-1",
      ...base,
      model: "iPad",
    })
  ).id;
  ids.b1 = (
    await createEquipment(await as("agent22", C22), {
      uai: UAI.bourbriac22,
      category: "PORTABLE",
      serialNumber: "AB12CD",
      ...base,
      model: "ThinkPad L14",
    })
  ).id;
  ids.k1 = (
    await createEquipment(await as("agent14", C14), {
      uai: UAI.calvados14,
      category: "VPI",
      serialNumber: "VPI-14",
      ...base,
      model: "EB-725Wi",
    })
  ).id;
}
