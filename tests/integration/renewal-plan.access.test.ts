import { beforeAll, describe, expect, it } from "vitest";
import { requireAccessContext } from "@/lib/access/context";
import { getRenewalPlan, getRenewalTotals } from "@/lib/inventory/renewal-plan";
import { listRenewalItems } from "@/lib/inventory/renewal-items";
import { adjustRenewal } from "@/lib/inventory/adjust-renewal";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, C14, E } from "../support/access";
import { NOW, users, as, cell, ids, seedRenewalPlan, cells } from "./renewal-plan.fixtures";

beforeAll(seedRenewalPlan);

describe("who reads which plan", () => {
  it("gives a collège its own plan only", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    const plan = await getRenewalPlan(ctx, {}, NOW);
    expect(plan.all.perYear).toEqual(cells([4, 2_800], [3, 2_400], [1, 400], [1, 900], [0, 0]));
    expect(plan.byCollege.map((c) => c.uai)).toEqual([UAI.gayeulles]);
    expect(plan.colleges.map((c) => c.uai)).toEqual([UAI.gayeulles]);
    // Naming another collège in the URL shows nothing of it.
    expect((await getRenewalPlan(ctx, { uai: UAI.rennes35b }, NOW)).all.total.count).toBe(0);
    expect(
      (await listRenewalItems(ctx, { annee: "2027", uai: UAI.rennes35b }, { now: NOW })).total,
    ).toBe(0);
    const list = await listRenewalItems(ctx, { annee: "2027" }, { all: true, now: NOW });
    expect(new Set(list.items.map((i) => i.uai))).toEqual(new Set([UAI.gayeulles]));
    // The chef of 0350027P is no member of 0350913C: no context, no plan.
    signInAs(users.chefG!);
    await expect(requireAccessContext(E(UAI.rennes35b))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("keeps each collectivité to its own equipment", async () => {
    const plan14 = await getRenewalPlan(await as("agent14", C14), {}, NOW);
    expect(plan14.all.total).toEqual(cell(4, 3_200));
    expect(plan14.colleges.map((c) => c.uai)).toEqual([UAI.calvados14]);
    expect(
      (await getRenewalPlan(await as("agent14", C14), { uai: UAI.gayeulles }, NOW)).all.total.count,
    ).toBe(0);
    const list = await listRenewalItems(
      await as("agent14", C14),
      { annee: "2027" },
      { all: true, now: NOW },
    );
    expect(list.items.map((i) => i.uai)).toEqual(Array(4).fill(UAI.calvados14));
  });

  it("gives each perimeter the same totals without the per-collège lines (the dashboards' reading)", async () => {
    for (const [user, scope] of [
      ["agent35", C35],
      ["agent14", C14],
      ["chefG", E(UAI.gayeulles)],
    ] as const) {
      const ctx = await as(user, scope);
      const plan = await getRenewalPlan(ctx, {}, NOW);
      const totals = await getRenewalTotals(ctx, {}, NOW);
      expect(totals).toEqual({ query: plan.query, all: plan.all, byCategory: plan.byCategory });
    }
    // Collectivité 14's totals hold none of 35's equipment, and the other way round.
    expect((await getRenewalTotals(await as("agent14", C14), {}, NOW)).all.total).toEqual(
      cell(4, 3_200),
    );
    expect(
      (await getRenewalTotals(await as("agent14", C14), { uai: UAI.gayeulles }, NOW)).all.total
        .count,
    ).toBe(0);
    expect(
      (await getRenewalTotals(await as("chefG", E(UAI.gayeulles)), { uai: UAI.rennes35b }, NOW)).all
        .total.count,
    ).toBe(0);
  });

  it("refuses a context without inventory.read", async () => {
    signInAs(users.admin!);
    const platform = await requireAccessContext({ type: "PLATFORM" });
    await expect(getRenewalPlan(platform, {}, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getRenewalTotals(platform, {}, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listRenewalItems(platform, {}, { now: NOW })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      adjustRenewal(platform, { ids: ids.pfDue2027, annee: "2030" }, NOW),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
