import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listAllocations } from "@/lib/budgets/list-allocations";
import { listAllocationsPerCollege } from "@/lib/budgets/allocations-per-pupil";
import { allocationListSheet, allocationsPerCollegeSheet } from "@/lib/budgets/allocation-export";
import { UAI } from "../support/fixtures";
import { C35 } from "../support/access";
import { as, lines, ids, collegeId, effectif, seedAllocations } from "./allocations.fixtures";

beforeAll(seedAllocations);

describe("€ per pupil", () => {
  it("sums each collège's allocations by kind in SQL and divides by its latest effectif, to the cent", async () => {
    const data = await listAllocationsPerCollege(await as("agent35", C35), { exercice: "2026" });
    const byUai = Object.fromEntries(data.items.map((r) => [r.uai, r]));
    expect(byUai[UAI.gayeulles]).toMatchObject({
      effectif: { rentree: 2025, total: 400, source: "test 2025" },
      allocations: 2,
      totalCents: 4_545_100n,
      perPupilCents: 11_363n,
      byKind: { DOTATION_FONCTIONNEMENT: 4_000_000n, EQUIPEMENT: 545_100n, SUBVENTION: 0n },
    });
    expect(byUai[UAI.rennes35b]).toMatchObject({
      totalCents: 3_000_000n,
      perPupilCents: 6_000n,
      byKind: { SUBVENTION: 3_000_000n },
    });
    expect(data.items.map((r) => r.uai)).not.toContain(UAI.calvados14);
    // 75 451 € over 900 pupils = 83,8344… €.
    expect(data.totals).toMatchObject({
      colleges: 2,
      collegesAvecEffectif: 2,
      eleves: 900,
      totalCents: 7_545_100n,
      perPupilCents: 8_383n,
    });
  });

  it("sorts by €/élève or total, filters by collège (totals stay the collectivité's), pages, and reads another exercice", async () => {
    const agent35 = await as("agent35", C35);
    const uais = async (input: Record<string, string>) =>
      (await listAllocationsPerCollege(agent35, { exercice: "2026", ...input })).items.map(
        (r) => r.uai,
      );
    expect(await uais({ sort: "perPupil", dir: "desc" })).toEqual([UAI.gayeulles, UAI.rennes35b]);
    expect(await uais({ sort: "perPupil", dir: "asc" })).toEqual([UAI.rennes35b, UAI.gayeulles]);
    expect(await uais({ sort: "total", dir: "asc" })).toEqual([UAI.rennes35b, UAI.gayeulles]);
    const filtered = await listAllocationsPerCollege(agent35, {
      exercice: "2026",
      college: UAI.rennes35b,
    });
    expect(filtered.items.map((r) => r.uai)).toEqual([UAI.rennes35b]);
    expect(filtered.total).toBe(1);
    expect(filtered.totals.totalCents).toBe(7_545_100n);
    const y2025 = await listAllocationsPerCollege(agent35, { exercice: "2025" });
    expect(y2025.totals.totalCents).toBe(100_000n);
    const list = await listAllocations(agent35, { exercice: "2026", apageSize: "10" });
    expect(list.items.map((a) => a.id).sort()).toEqual([ids.g1, ids.g2, ids.r1].sort());
    expect(
      await listAllocations(agent35, { exercice: "2026", apage: "2", apageSize: "10" }),
    ).toMatchObject({ items: [], total: 3, pageCount: 1 });
    expect(
      await listAllocationsPerCollege(agent35, { exercice: "2026", page: "2", pageSize: "10" }),
    ).toMatchObject({ items: [], total: 2, pageCount: 1 });
    expect(list.items.find((a) => a.id === ids.g2)?.budgetLine).toMatchObject({
      id: lines.l35y2026,
      label: "Équipement numérique des collèges 2026",
    });
  });

  it("leaves €/élève empty for a collège without effectif and keeps it out of the collectivité's ratio", async () => {
    await db.effectif.deleteMany({ where: { etablissementId: collegeId[UAI.rennes35b] } });
    try {
      const data = await listAllocationsPerCollege(await as("agent35", C35), {
        exercice: "2026",
        sort: "perPupil",
      });
      expect(data.items.at(-1)).toMatchObject({
        uai: UAI.rennes35b,
        effectif: null,
        perPupilCents: null,
      });
      expect(data.totals).toMatchObject({
        collegesAvecEffectif: 1,
        eleves: 400,
        totalCents: 7_545_100n,
        perPupilCents: 11_363n,
      });
    } finally {
      await effectif(UAI.rennes35b, 2025, 500);
    }
  });

  it("exports the table and the list like the page shows them", async () => {
    const agent35 = await as("agent35", C35);
    const table = await allocationsPerCollegeSheet(agent35, {
      exercice: "2026",
      sort: "perPupil",
      dir: "desc",
    });
    expect(table.rows.map((r) => r[1])).toEqual([UAI.gayeulles, UAI.rennes35b, null]);
    expect(table.rows[0]!.slice(-2)).toEqual([45_451, 113.63]);
    expect(table.rows.at(-1)!.slice(-2)).toEqual([75_451, 83.83]);
    const list = await allocationListSheet(agent35, { exercice: "2026", college: UAI.gayeulles });
    expect(list.rows.map((r) => r[4]).sort()).toEqual(["Classe mobile", "Dotation numérique 2026"]);
  });
});
