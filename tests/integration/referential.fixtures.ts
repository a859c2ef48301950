import { db } from "@/lib/db/client";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { DEFAULT_RULES } from "@/lib/inventory/referential";
import { ruleFieldNames } from "@/lib/inventory/save-referential";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { accessAs } from "../support/access";

export const users: Record<string, string> = {};
export const NOW = new Date("2026-03-15T10:00:00Z");
export let c35 = "";
export let c14 = "";

export const as = accessAs(users);

/** The form as the page sends it, with the defaults typed in. */
export function defaultForm(): Record<string, string> {
  const form: Record<string, string> = {
    elevesParTerminal: "3",
    elevesParSalle: "25",
    affichagesParSalle: "1",
    classesMobilesParCollege: "2",
    bornesWifiParSalle: "0,5",
  };
  for (const category of EQUIPMENT_CATEGORIES) {
    const names = ruleFieldNames(category);
    form[names.age] = String(DEFAULT_RULES[category].renewalAgeYears);
    form[names.cout] = String(DEFAULT_RULES[category].unitCostCents / 100).replace(".", ",");
  }
  return form;
}

/** Everything stored for a collectivité's référentiel, to compare before and after a refusal. */
export async function stored(collectiviteId: string) {
  const [targets, rules] = await Promise.all([
    db.equipmentReferential.findUnique({ where: { collectiviteId } }),
    db.equipmentReferentialRule.findMany({
      where: { collectiviteId },
      orderBy: { category: "asc" },
    }),
  ]);
  return JSON.stringify({ targets, rules });
}

export const auditCount = () => db.auditEvent.count({ where: { action: "referential.update" } });
/** The latest audit event of a référentiel change. */
export const lastReferentialEvent = () =>
  db.auditEvent.findFirstOrThrow({
    where: { action: "referential.update" },
    orderBy: { seq: "desc" },
  });

/** What every test file of this story starts from (the former beforeAll). */
export async function seedReferential(): Promise<void> {
  await seedReferentialsAndColleges();
  c35 = (await db.collectivite.findUniqueOrThrow({ where: { code: "35" } })).id;
  c14 = (await db.collectivite.findUniqueOrThrow({ where: { code: "14" } })).id;
  await createUsers(
    users,
    people("agent35", "admin35", "elu35", "agent14", "lecteur14", "drane14", "chefG"),
  );

  const g = await db.etablissement.findUniqueOrThrow({
    where: { uai: UAI.gayeulles },
    select: { id: true, collectiviteId: true },
  });
  const b = await db.etablissement.findUniqueOrThrow({
    where: { uai: UAI.bourbriac22 },
    select: { id: true, collectiviteId: true },
  });
  for (const [e, total] of [
    [g, 400],
    [b, 200],
  ] as const) {
    await db.effectif.create({
      data: { etablissementId: e.id, rentree: 2025, total, source: "test", importedAt: new Date() },
    });
  }
  const rows = (e: typeof g, category: "POSTE_FIXE" | "ENI", n: number) =>
    Array.from({ length: n }, () => ({
      collectiviteId: e.collectiviteId,
      etablissementId: e.id,
      category,
      acquiredOn: new Date("2024-01-01"),
    }));
  await db.equipment.createMany({
    data: [...rows(g, "POSTE_FIXE", 40), ...rows(g, "ENI", 10), ...rows(b, "POSTE_FIXE", 50)],
  });
}
