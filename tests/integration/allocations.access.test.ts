import { beforeAll, describe, expect, it } from "vitest";
import {
  createAllocation,
  deleteAllocation,
  updateAllocation,
} from "@/lib/budgets/save-allocation";
import { getAllocation, listAllocations } from "@/lib/budgets/list-allocations";
import {
  getEtablissementAllocations,
  listAllocationsPerCollege,
} from "@/lib/budgets/allocations-per-pupil";
import { resolveDotationsQuery } from "@/lib/budgets/allocation-exercices";
import { etablissementAllocationSheet } from "@/lib/budgets/allocation-export";
import type { AccessContext } from "@/lib/access/context";
import { UAI } from "../support/fixtures";
import { C35, C14, A14, E } from "../support/access";
import { as, ids, snapshot, seedAllocations } from "./allocations.fixtures";

beforeAll(seedAllocations);

/** Changing (to `change`, in 2026) then deleting Les Gayeulles' first allocation: both refused. */
async function expectG1WritesRefused(
  ctx: AccessContext,
  code: string,
  change: { kind: string; label: string; amount: string },
) {
  await expect(
    updateAllocation(ctx, { id: ids.g1, exercice: "2026", ...change }),
  ).rejects.toMatchObject({ code });
  await expect(deleteAllocation(ctx, { id: ids.g1 })).rejects.toMatchObject({ code });
}

describe("who reads and who writes", () => {
  it("shows the chef of Les Gayeulles its own allocations only, with its €/élève, never the line's internal label", async () => {
    const chef = await as("chefG", E(UAI.gayeulles));
    const own = await getEtablissementAllocations(chef, { exercice: "2026" });
    expect(own.items.map((a) => a.id).sort()).toEqual([ids.g1, ids.g2].sort());
    expect(own.figures).toMatchObject({
      uai: UAI.gayeulles,
      totalCents: 4_545_100n,
      perPupilCents: 11_363n,
    });
    expect(
      JSON.stringify(own, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
    ).not.toContain("Équipement numérique des collèges");
    expect(
      (await listAllocations(chef, { exercice: "2026" })).items.map((a) => a.id).sort(),
    ).toEqual([ids.g1, ids.g2].sort());
    expect((await getAllocation(chef, ids.g2)).budgetLine).toEqual({
      id: null,
      chapitre: "21",
      nature: "21831",
      label: null,
    });
    await expect(getAllocation(chef, ids.r1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAllocation(chef, ids.k1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const sheet = await etablissementAllocationSheet(chef, { exercice: "2026" });
    expect(sheet.rows.map((r) => r[2])).toEqual(
      expect.arrayContaining(["Classe mobile", "Dotation numérique 2026"]),
    );
    expect(sheet.rows.map((r) => r[2])).not.toContain("Subvention ENT");
    await expect(listAllocationsPerCollege(chef, { exercice: "2026" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      createAllocation(chef, {
        uai: UAI.gayeulles,
        exercice: "2026",
        kind: "EQUIPEMENT",
        label: "x",
        amount: "1",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const gestionnaire = await getEtablissementAllocations(await as("gestG", E(UAI.gayeulles)), {
      exercice: "2026",
    });
    expect(gestionnaire.items).toHaveLength(2);
    const other = await getEtablissementAllocations(await as("chefR", E(UAI.rennes35b)), {
      exercice: "2026",
    });
    expect(other.items.map((a) => a.id)).toEqual([ids.r1]);
  });

  it("defaults the collège's page to the latest exercice with allocations when the current one has none", async () => {
    const chefR = await as("chefR", E(UAI.rennes35b));
    const { query, exercices } = await resolveDotationsQuery(
      chefR,
      {},
      new Date("2027-03-01T12:00:00Z"),
    );
    expect(query.exercice).toBe(2026);
    expect(exercices).toEqual([2027, 2026, 2025]);
    expect(
      (await resolveDotationsQuery(chefR, { exercice: "2025" }, new Date("2027-03-01T12:00:00Z")))
        .query.exercice,
    ).toBe(2025);
  });

  it("gives the agent of Calvados NOT_FOUND on Ille-et-Vilaine's allocations and leaves them unchanged", async () => {
    const before = await snapshot();
    const agent14 = await as("agent14", C14);
    await expect(getAllocation(agent14, ids.g1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expectG1WritesRefused(agent14, "NOT_FOUND", {
      kind: "SUBVENTION",
      label: "Détourné",
      amount: "1",
    });
    expect((await listAllocations(agent14, { exercice: "2026" })).items.map((a) => a.id)).toEqual([
      ids.k1,
    ]);
    const calvados = await listAllocationsPerCollege(agent14, { exercice: "2026" });
    expect(calvados.items.map((r) => r.uai)).toEqual([UAI.calvados14]);
    expect(calvados.totals.totalCents).toBe(250_000n);
    expect(await snapshot()).toBe(before);
    expect(await getAllocation(await as("agent35", C35), ids.g1)).toMatchObject({
      id: ids.g1,
      label: "Dotation numérique 2026",
    });
  });

  it("refuses the DRANE (no allocation.read in an académie) and the référent of a collège", async () => {
    const drane = await as("drane14", A14);
    await expect(listAllocations(drane, { exercice: "2026" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listAllocationsPerCollege(drane, { exercice: "2026" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getEtablissementAllocations(drane, { exercice: "2026" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getAllocation(drane, ids.g1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const referent = await as("refG", E(UAI.gayeulles));
    await expect(getEtablissementAllocations(referent, { exercice: "2026" })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(getAllocation(referent, ids.g1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(etablissementAllocationSheet(referent, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("lets the élu of Ille-et-Vilaine read but not write", async () => {
    const before = await snapshot();
    const elu = await as("elu35", C35);
    expect((await listAllocationsPerCollege(elu, { exercice: "2026" })).totals.totalCents).toBe(
      7_545_100n,
    );
    expect((await listAllocations(elu, { exercice: "2026" })).total).toBe(3);
    await expect(
      createAllocation(elu, {
        uai: UAI.gayeulles,
        exercice: "2026",
        kind: "EQUIPEMENT",
        label: "x",
        amount: "10",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expectG1WritesRefused(elu, "FORBIDDEN", { kind: "EQUIPEMENT", label: "x", amount: "10" });
    expect(await snapshot()).toBe(before);
  });
});
