// The chained story of the budgets.*.test.ts files, as steps: each file replays the steps it starts
// after (support/story.ts), the test that tells a step calls it and checks what it wrote.

import { storyUpTo } from "../support/story";
import { C35 } from "../support/access";
import {
  createBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
} from "@/lib/budgets/save-budget-line";
import { createAutorisation, updateAutorisation } from "@/lib/budgets/save-autorisation";
import { as, ids, investment, maintenance, seedBudgets } from "./budgets.fixtures";

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
