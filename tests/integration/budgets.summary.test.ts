import { beforeAll, describe, expect, it } from "vitest";
import { csvAttachmentLines } from "../support/exports";

import { getBudgetSummary } from "@/lib/budgets/budget-summary";
import { budgetLinesExportResponse } from "@/app/_http/budget-exports";
import { signInAs } from "../support/session";
import { C35 } from "../support/access";
import { NOW, users, as } from "./budgets.fixtures";
import { seedBudgetsUpTo } from "./budgets.story";

// Starts from 35's lines and AP 2026-01 as budgets.lines and budgets.autorisations leave them.
beforeAll(seedBudgetsUpTo("carryLinesOnAutorisation"));

describe("synthèse", () => {
  it("gives exact figures by section, chapter and category, € per pupil and the evolution", async () => {
    const summary = await getBudgetSummary(await as("elu35", C35), {}, NOW);
    expect(summary.exercice).toBe(2026);
    expect(summary.exercices).toEqual([2027, 2026, 2025]);
    expect(summary.totals).toMatchObject({
      voted: 10_000_000n,
      engaged: 7_500_000n,
      mandated: 5_500_050n,
      executionRate: 0.55,
    });
    expect(summary.bySection.map((s) => [s.section, s.voted, s.mandated])).toEqual([
      ["INVESTISSEMENT", 6_800_000n, 2_500_050n],
      ["FONCTIONNEMENT", 3_200_000n, 3_000_000n],
    ]);
    expect(summary.byChapitre.map((c) => [c.chapitre, c.voted, c.executionRate])).toEqual([
      ["204", 900_000n, 0],
      ["21", 5_900_000n, 0.4237],
      ["011", 3_200_000n, 0.9375],
    ]);
    expect(summary.byCategory.map((c) => [c.category, c.voted])).toEqual([
      ["EQUIPEMENT", 6_800_000n],
      ["MAINTENANCE", 3_200_000n],
    ]);
    // 100 000 € voted for 400 + 600 pupils (latest rentrée of each open public collège).
    expect(summary.perPupil).toMatchObject({
      colleges: 2,
      withPupils: 2,
      pupils: 1_000,
      rentree: 2025,
      eurosPerPupil: 100,
      position: "DANS",
      range: { min: 75, max: 125 },
    });
    expect(summary.evolution.map((y) => [y.exercice, y.voted, y.mandated])).toEqual([
      [2025, 5_000_000n, 4_500_000n],
      [2026, 10_000_000n, 5_500_050n],
      [2027, 10_000_000n, 1_000_000n],
    ]);
    const empty = await getBudgetSummary(await as("elu35", C35), { exercice: "2031" }, NOW);
    expect(empty).toMatchObject({
      exercice: 2031,
      lineCount: 0,
      bySection: [],
      perPupil: { eurosPerPupil: 0 },
    });
  });
});

describe("export", () => {
  it("exports the filtered lines of an exercice as CSV and XLSX, only to the collectivité's readers", async () => {
    signInAs(users.elu35!);
    const csv = await budgetLinesExportResponse(
      new Request("http://test/c/35/budgets/lignes/export?exercice=2026&section=INVESTISSEMENT"),
      "35",
    );
    const lines = await csvAttachmentLines(csv, "budget-35-2026.csv");
    expect(lines[0]).toMatch(/^Exercice;Section;Chapitre;Fonction;Nature;/);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes("Ordinateurs des collèges"))).toMatch(
      /;60000;-1000;59000;45000;25000,5;42,4$/,
    );
    const xlsx = await budgetLinesExportResponse(
      new Request("http://test/c/35/budgets/lignes/export?exercice=2026&format=xlsx"),
      "35",
    );
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    signInAs(users.agent14!);
    await expect(
      budgetLinesExportResponse(new Request("http://test/c/35/budgets/lignes/export"), "35"),
    ).rejects.toThrow();
  });
});
