import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { createAllocation } from "@/lib/budgets/save-allocation";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { collectiviteIdOf } from "../support/rows";
import { accessAs, C35, C14 } from "../support/access";

export const users: Record<string, string> = {};

export const as = accessAs(users);

export const lines = { l35y2026: "", l35y2025: "", l14y2026: "" };
export const ids = { g1: "", g2: "", r1: "", k1: "" };
export const collegeId: Record<string, string> = {};
/** « 5 451,00 € » as Intl writes it, with narrow no-break spaces. */
export const money = (text: string): unknown =>
  expect.stringMatching(new RegExp(`^${text.replace(/ /g, "\\s")}$`, "u"));
export const snapshot = async () =>
  JSON.stringify(await db.allocation.findMany({ orderBy: { id: "asc" } }), (_k, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v,
  );

export async function budgetLine(code: string, exercice: number, label: string) {
  const collectiviteId = await collectiviteIdOf(code);
  const line = await db.budgetLine.create({
    data: {
      collectiviteId,
      exercice,
      section: "INVESTISSEMENT",
      chapitre: "21",
      fonction: "221",
      nature: "21831",
      label,
      category: "EQUIPEMENT",
      funding: "COLLECTIVITE",
      bpCents: 100_000_000n,
    },
    select: { id: true },
  });
  return line.id;
}

export async function effectif(uai: string, rentree: number, total: number) {
  await db.effectif.upsert({
    where: { etablissementId_rentree: { etablissementId: collegeId[uai]!, rentree } },
    create: {
      etablissementId: collegeId[uai]!,
      rentree,
      total,
      source: `test ${rentree}`,
      importedAt: new Date(),
    },
    update: { total, source: `test ${rentree}` },
  });
}

/** What every test file of this story starts from (the former beforeAll). */
export async function seedAllocations(): Promise<void> {
  await seedReferentialsAndColleges();
  for (const e of await db.etablissement.findMany({ select: { id: true, uai: true } }))
    collegeId[e.uai] = e.id;
  await db.effectif.deleteMany({});
  await effectif(UAI.gayeulles, 2023, 350);
  await effectif(UAI.gayeulles, 2025, 400);
  await effectif(UAI.rennes35b, 2025, 500);
  await createUsers(users, {
    ...people("agent35", "elu35", "agent14", "drane14", "chefG"),
    gestG: ["gestionnaire.gayeulles@test.fr", "ETABLISSEMENT", "GESTIONNAIRE", UAI.gayeulles],
    refG: ["referent.gayeulles@test.fr", "ETABLISSEMENT", "REFERENT_NUMERIQUE", UAI.gayeulles],
    ...people("chefR"),
  });
  lines.l35y2026 = await budgetLine("35", 2026, "Équipement numérique des collèges 2026");
  lines.l35y2025 = await budgetLine("35", 2025, "Équipement numérique des collèges 2025");
  lines.l14y2026 = await budgetLine("14", 2026, "Numérique éducatif Calvados 2026");

  const agent35 = await as("agent35", C35);
  // Gayeulles: 40 000 € + 5 451 € = 45 451 € for 400 pupils (latest rentrée) = 113,6275 €/élève.
  ids.g1 = (
    await createAllocation(agent35, {
      uai: UAI.gayeulles,
      exercice: "2026",
      kind: "DOTATION_FONCTIONNEMENT",
      label: "Dotation numérique 2026",
      amount: "40 000",
    })
  ).id;
  ids.g2 = (
    await createAllocation(agent35, {
      uai: UAI.gayeulles,
      exercice: "2026",
      kind: "EQUIPEMENT",
      label: "Classe mobile",
      amount: "5 451,00 €",
      budgetLineId: lines.l35y2026,
    })
  ).id;
  // Rennes: 30 000 € for 500 pupils = 60 €/élève.
  ids.r1 = (
    await createAllocation(agent35, {
      uai: UAI.rennes35b,
      exercice: "2026",
      kind: "SUBVENTION",
      label: "Subvention ENT",
      amount: "30000",
    })
  ).id;
  await createAllocation(agent35, {
    uai: UAI.rennes35b,
    exercice: "2025",
    kind: "SUBVENTION",
    label: "Subvention 2025",
    amount: "1000",
    budgetLineId: lines.l35y2025,
  });
  ids.k1 = (
    await createAllocation(await as("agent14", C14), {
      uai: UAI.calvados14,
      exercice: "2026",
      kind: "EQUIPEMENT",
      label: "VPI",
      amount: "2500",
      budgetLineId: lines.l14y2026,
    })
  ).id;
}
