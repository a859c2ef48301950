import { db } from "@/lib/db/client";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { collectiviteIdOf } from "../support/rows";
import { accessAs } from "../support/access";

// The plan runs 2026–2030 and the default exercice is 2026, whatever the day the tests run.
export const NOW = new Date("2026-03-15T10:00:00Z");
export const users: Record<string, string> = {};
export const collectivites: Record<string, string> = {};
export const ids = { inv: "", fonc: "", sub: "", old: "", ap: "" };
export const EUR = 100n;

export const as = accessAs(users);

export const investment = {
  exercice: "2026",
  section: "INVESTISSEMENT",
  chapitre: "21",
  fonction: "",
  nature: "21831",
  label: "Ordinateurs des collèges",
  category: "EQUIPEMENT",
  funding: "COLLECTIVITE",
};
export const maintenance = {
  exercice: "2026",
  section: "FONCTIONNEMENT",
  chapitre: "011",
  fonction: "221",
  nature: "6156",
  label: "Maintenance du parc",
  category: "MAINTENANCE",
  funding: "COLLECTIVITE",
};

export const lineRows = (collectiviteId: string) =>
  db.budgetLine.findMany({
    where: { collectiviteId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      label: true,
      bpCents: true,
      dmCents: true,
      engagedCents: true,
      mandatedCents: true,
      autorisationId: true,
      updatedAt: true,
    },
  });
export const apRows = (collectiviteId: string) =>
  db.autorisation.findMany({
    where: { collectiviteId },
    orderBy: { id: "asc" },
    include: { credits: { orderBy: { exercice: "asc" } } },
  });
/** The lines and AP of a collectivité (35, the story's, by default), to compare before and after. */
export const snapshot = async (collectiviteId: string = collectivites["35"]!) =>
  JSON.stringify(
    { lines: await lineRows(collectiviteId), aps: await apRows(collectiviteId) },
    (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v),
  );
export const auditCount = () => db.auditEvent.count();

export async function seedEffectif(uai: string, rentree: number, total: number) {
  const { id } = await db.etablissement.findUniqueOrThrow({ where: { uai }, select: { id: true } });
  await db.effectif.create({
    data: { etablissementId: id, rentree, total, source: "test", importedAt: NOW },
  });
}

/** What every test file of this story starts from (the former beforeAll). */
export async function seedBudgets(): Promise<void> {
  await seedReferentialsAndColleges();
  for (const code of ["35", "14"]) collectivites[code] = await collectiviteIdOf(code);
  await createUsers(users, people("agent35", "elu35", "agent14", "drane14", "chefG"));
  // Pupils of 35's open public collèges at their latest rentrée: 400 + 600.
  await seedEffectif(UAI.gayeulles, 2024, 380);
  await seedEffectif(UAI.gayeulles, 2025, 400);
  await seedEffectif(UAI.rennes35b, 2025, 600);
  await seedEffectif(UAI.calvados14, 2025, 9_999);
}
