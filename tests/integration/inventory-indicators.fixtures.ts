import { db } from "@/lib/db/client";
import type { EquipmentCategory, EquipmentStatus } from "@/lib/generated/prisma/enums";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { accessAs } from "../support/access";

export const users: Record<string, string> = {};
// Terminals acquired before 15 March 2021 are more than 5 years old on that day in 2026.
export const NOW = new Date("2026-03-15T10:00:00Z");

export const as = accessAs(users);

export async function equip(
  uai: string,
  category: EquipmentCategory,
  count: number,
  options: { acquiredOn?: string; status?: EquipmentStatus } = {},
) {
  const e = await db.etablissement.findUniqueOrThrow({
    where: { uai },
    select: { id: true, collectiviteId: true },
  });
  await db.equipment.createMany({
    data: Array.from({ length: count }, () => ({
      collectiviteId: e.collectiviteId,
      etablissementId: e.id,
      category,
      status: options.status ?? "EN_SERVICE",
      acquiredOn: options.acquiredOn ? new Date(`${options.acquiredOn}T00:00:00Z`) : null,
    })),
  });
}

export async function effectif(
  uai: string,
  rentree: number,
  total: number,
  source = "MENJ – DEPP, effectifs (test)",
) {
  const e = await db.etablissement.findUniqueOrThrow({ where: { uai }, select: { id: true } });
  await db.effectif.create({
    data: { etablissementId: e.id, rentree, total, source, importedAt: new Date() },
  });
}

/** What every test file of this story starts from (the former beforeAll). */
export async function seedInventoryIndicators(): Promise<void> {
  await seedReferentialsAndColleges();
  await createUsers(
    users,
    people("agent35", "elu35", "agent14", "drane14", "lecteur14", "drane70", "chefG", "chefR"),
  );

  // Les Gayeulles (35): 400 pupils at the latest rentrée, 40 terminals in service.
  await effectif(UAI.gayeulles, 2024, 380);
  await effectif(UAI.gayeulles, 2025, 400);
  await equip(UAI.gayeulles, "POSTE_FIXE", 9, { acquiredOn: "2015-09-01" });
  await equip(UAI.gayeulles, "POSTE_FIXE", 1, { acquiredOn: "2021-03-14" });
  await equip(UAI.gayeulles, "PORTABLE", 1, { acquiredOn: "2021-03-15" });
  await equip(UAI.gayeulles, "TABLETTE", 24, { acquiredOn: "2025-01-10" });
  await equip(UAI.gayeulles, "EIM", 5);
  await equip(UAI.gayeulles, "POSTE_FIXE", 5, { status: "EN_PANNE", acquiredOn: "2015-09-01" });
  await equip(UAI.gayeulles, "PORTABLE", 3, { status: "REFORME" });
  await equip(UAI.gayeulles, "TABLETTE", 2, { status: "EN_STOCK" });
  await equip(UAI.gayeulles, "ENI", 4);
  await equip(UAI.gayeulles, "VPI", 2);
  await equip(UAI.gayeulles, "TNI_TBI", 2);
  await equip(UAI.gayeulles, "VIDEOPROJECTEUR", 6);
  await equip(UAI.gayeulles, "CLASSE_MOBILE", 2);
  await equip(UAI.gayeulles, "BORNE_WIFI", 4);
  await equip(UAI.gayeulles, "IMPRIMANTE", 7);
  // Clotilde Vautier (35): no effectif known, 10 old terminals.
  await equip(UAI.rennes35b, "ULTRAPORTABLE", 10, { acquiredOn: "2016-01-01" });
  // Bourbriac (22): 200 pupils (a demo estimate), 50 terminals.
  await effectif(UAI.bourbriac22, 2025, 200, "Données fictives de démonstration (effectif estimé)");
  await equip(UAI.bourbriac22, "PORTABLE", 50, { acquiredOn: "2024-06-01" });
  await equip(UAI.bourbriac22, "VIDEOPROJECTEUR", 2);
  // Courseulles (14, académie de Normandie): 500 pupils, 100 terminals; 450 pupils at the rentrée 2019.
  await effectif(UAI.calvados14, 2025, 500);
  await effectif(UAI.calvados14, 2019, 450);
  await equip(UAI.calvados14, "POSTE_FIXE", 100, { acquiredOn: "2019-01-01" });
}
