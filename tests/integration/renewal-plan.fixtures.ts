import { db } from "@/lib/db/client";
import type { EquipmentCategory, EquipmentStatus } from "@/lib/generated/prisma/enums";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { collectiviteIdOf } from "../support/rows";
import { accessAs } from "../support/access";

// Every call gets this date: the plan runs 2026–2030 whatever the day the tests run.
export const NOW = new Date("2026-03-15T10:00:00Z");
export const users: Record<string, string> = {};
export const collectivites: Record<string, string> = {};

export const as = accessAs(users);

export interface Spec {
  category: EquipmentCategory;
  acquiredOn?: string;
  warrantyEndsOn?: string;
  status?: EquipmentStatus;
  plannedRenewalYear?: number;
  n?: number;
}

/** Equipment written directly, owned by the collège's collectivité; returns the ids per spec. */
export async function addEquipment(uai: string, tag: string, specs: Spec[]): Promise<string[][]> {
  const etablissement = await db.etablissement.findUniqueOrThrow({
    where: { uai },
    select: { id: true, collectiviteId: true },
  });
  const result: string[][] = [];
  for (const [i, spec] of specs.entries()) {
    const rows = await db.equipment.createManyAndReturn({
      data: Array.from({ length: spec.n ?? 1 }, (_, k) => ({
        collectiviteId: etablissement.collectiviteId,
        etablissementId: etablissement.id,
        category: spec.category,
        model: `Modèle ${tag}-${i}`,
        serialNumber: `${tag}-${i}-${k}`,
        inventoryNumber: `INV-${tag}-${i}-${k}`,
        status: spec.status ?? "EN_SERVICE",
        acquiredOn: spec.acquiredOn ? new Date(`${spec.acquiredOn}T00:00:00Z`) : null,
        warrantyEndsOn: spec.warrantyEndsOn ? new Date(`${spec.warrantyEndsOn}T00:00:00Z`) : null,
        plannedRenewalYear: spec.plannedRenewalYear ?? null,
      })),
      select: { id: true },
    });
    result.push(rows.map((r) => r.id));
  }
  return result;
}

export const EUR = 100;
export const cell = (count: number, euros: number) => ({ count, costCents: euros * EUR });
/** Cells of consecutive years, each [count, euros]. */
export const cells = (...years: [count: number, euros: number][]) =>
  years.map(([count, euros]) => cell(count, euros));
/** The plan 2026–2030 of the seeded fleet, before any adjustment. */
export const SEEDED_PER_YEAR = cells([4, 2_800], [6, 7_700], [1, 400], [1, 900], [0, 0]);
export const ids: Record<string, string[]> = {};
export const snapshot = async (equipmentIds: string[]) =>
  JSON.stringify(
    await db.equipment.findMany({ where: { id: { in: equipmentIds } }, orderBy: { id: "asc" } }),
  );

/** What every test file of this story starts from (the former beforeAll). */
export async function seedRenewalPlan(): Promise<void> {
  await seedReferentialsAndColleges();
  for (const code of ["35", "22", "14"]) collectivites[code] = await collectiviteIdOf(code);
  await createUsers(users, {
    ...people("agent35", "elu35", "agent22", "agent14", "drane14", "chefG"),
    refG: ["referent.gayeulles@test.fr", "ETABLISSEMENT", "REFERENT_NUMERIQUE", UAI.gayeulles],
    admin: ["admin@test.fr", "PLATFORM", "ADMIN"],
  });

  // Default référentiel: postes 6 years 800 €, portables 5 years 900 €, tablettes 4 years 400 €, ENI 8 years 3 500 €.
  const gayeulles = await addEquipment(UAI.gayeulles, "G", [
    { category: "POSTE_FIXE", acquiredOn: "2021-09-01", n: 3 },
    { category: "POSTE_FIXE", acquiredOn: "2015-05-01", n: 2 },
    { category: "PORTABLE", acquiredOn: "2024-01-10" },
    { category: "TABLETTE", acquiredOn: "2018-10-01" },
    { category: "TABLETTE", warrantyEndsOn: "2028-06-30" },
    { category: "VIDEOPROJECTEUR" },
    { category: "POSTE_FIXE", acquiredOn: "2026-01-10" },
    { category: "POSTE_FIXE", acquiredOn: "2020-03-01", status: "EN_PANNE" },
    { category: "POSTE_FIXE", acquiredOn: "2015-01-01", status: "EN_STOCK" },
    { category: "PORTABLE", acquiredOn: "2010-01-01", status: "REFORME" },
  ]);
  // The ids of each spec above, by the names the tests use.
  const names =
    "pfDue2027 pfOverdue portable2029 tabletteOverdue tabletteWarranty noDates pfBeyond pfPanne stock reforme";
  names.split(" ").forEach((name, i) => (ids[name] = gayeulles[i]!));
  const [portablesR, eniR] = await addEquipment(UAI.rennes35b, "R", [
    { category: "PORTABLE", acquiredOn: "2022-02-01", n: 2 },
    { category: "ENI", acquiredOn: "2019-06-01", warrantyEndsOn: "2024-06-01" },
  ]);
  Object.assign(ids, { portablesR, eniR });
  const [calvados] = await addEquipment(UAI.calvados14, "K", [
    { category: "POSTE_FIXE", acquiredOn: "2021-04-01", n: 4 },
  ]);
  ids.calvados = calvados!;
}
