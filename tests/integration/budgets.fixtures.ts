import { db } from "@/lib/db/client";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { storyUpTo } from "../support/story";
import { accessAs, C35 } from "../support/access";
import {
  createBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
} from "@/lib/budgets/save-budget-line";
import { createAutorisation, updateAutorisation } from "@/lib/budgets/save-autorisation";

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
  for (const code of ["35", "14"])
    collectivites[code] = (
      await db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } })
    ).id;
  await createUsers(users, people("agent35", "elu35", "agent14", "drane14", "chefG"));
  // Pupils of 35's open public collèges at their latest rentrée: 400 + 600.
  await seedEffectif(UAI.gayeulles, 2024, 380);
  await seedEffectif(UAI.gayeulles, 2025, 400);
  await seedEffectif(UAI.rennes35b, 2025, 600);
  await seedEffectif(UAI.calvados14, 2025, 9_999);
}

// The story's writes, one function a step: the test that tells a step calls it and checks what it
// wrote; a later test file calls the steps it starts after in its beforeAll.

/** 35's four lines: investment, maintenance and subsidy in 2026, investment in 2025. */
export async function writeLines(): Promise<void> {
  const ctx = await as("agent35", C35);
  const lines = {
    inv: { ...investment, bp: "60 000", dm: "-1 000", engaged: "40 000", mandated: "25 000,50" },
    fonc: { ...maintenance, bp: "30 000", dm: "2 000", engaged: "30 000", mandated: "30 000" },
    sub: {
      ...investment,
      chapitre: "204",
      nature: "204",
      label: "Subventions d'équipement",
      bp: "9 000",
    },
    old: { ...investment, exercice: "2025", bp: "50 000", engaged: "45 000", mandated: "45 000" },
  };
  for (const [key, line] of Object.entries(lines))
    ids[key as keyof typeof lines] = (await createBudgetLine(ctx, line)).id;
}

/** The investment line once 45 000 € are engaged (the edit of the lines' story), with `extra`. */
export const editedInvestment = (extra: Record<string, string> = {}) => ({
  id: ids.inv,
  ...investment,
  bp: "60 000",
  dm: "-1 000",
  engaged: "45 000",
  mandated: "25 000,50",
  ...extra,
});

export const editInvestment = async () =>
  updateBudgetLine(await as("agent35", C35), editedInvestment());

export const ap = {
  numero: "AP 2026-01",
  label: "Plan d'équipement des collèges",
  kind: "AP",
  category: "EQUIPEMENT",
  votedOn: "2026-02-10",
  state: "VOTEE",
};

/** AP 2026-01 as first recorded: 200 000 €, CP 80 000 € in 2026 and 120 000 € in 2027. */
export const firstRecorded = {
  ...ap,
  amount: "200 000",
  affected: "150 000",
  engaged: "100 000",
  cp_2026: "80 000",
  cp_2027: "120 000",
};

export async function writeAutorisation(): Promise<void> {
  ids.ap = (
    await createAutorisation(await as("agent35", C35), { ...firstRecorded, cp_2028: "" })
  ).id;
}

/** AP 2026-01 raised to 250 000 €, engaged, CP 80 000 / 100 000 / 70 000 € from 2026. */
export async function reviseAutorisation(): Promise<void> {
  await updateAutorisation(await as("agent35", C35), {
    id: ids.ap,
    ...ap,
    amount: "250 000",
    affected: "150 000",
    engaged: "100 000",
    state: "ENGAGEE",
    cp_2026: "80 000",
    cp_2027: "100 000",
    cp_2028: "70 000",
  });
}

/** The investment line and a new 2027 line carry AP 2026-01. */
export async function carryLinesOnAutorisation(): Promise<void> {
  const ctx = await as("agent35", C35);
  await updateBudgetLine(ctx, editedInvestment({ autorisationId: ids.ap }));
  await createBudgetLine(ctx, {
    ...investment,
    exercice: "2027",
    label: "Ordinateurs 2027",
    bp: "100 000",
    engaged: "20 000",
    mandated: "10 000",
    autorisationId: ids.ap,
  });
}

/** The subsidy line, free of any attribution, deleted. */
export const deleteSubsidyLine = async () =>
  deleteBudgetLine(await as("agent35", C35), { id: ids.sub });

/** The story's steps in order, for `seedBudgetsUpTo`. */
export const story = {
  writeLines,
  editInvestment,
  writeAutorisation,
  reviseAutorisation,
  carryLinesOnAutorisation,
  deleteSubsidyLine,
};

/** Where a later file of the story starts: seeded, then the story replayed up to `last`. */
export const seedBudgetsUpTo = (last: keyof typeof story) => storyUpTo(seedBudgets, story, last);
