import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { DEFAULT_RULES } from "@/lib/inventory/referential";
import { getRenewalPlan } from "@/lib/inventory/renewal-plan";
import { type RenewalItem } from "@/lib/inventory/renewal-items";
import { listRenewalItems } from "@/lib/inventory/renewal-items";
import { unsafeRenewalInvestmentNeed } from "@/lib/inventory/renewal-need";
import { renewalDueOf } from "@/lib/inventory/renewal-rules";
import { UAI } from "../support/fixtures";
import { C35, C22 } from "../support/access";
import {
  NOW,
  collectivites,
  as,
  Spec,
  addEquipment,
  EUR,
  cell,
  ids,
  seedRenewalPlan,
  SEEDED_PER_YEAR,
  cells,
} from "./renewal-plan.fixtures";

beforeAll(seedRenewalPlan);

describe("the renewal plan of a collectivité", () => {
  it("counts and costs the equipment due per year at the référentiel's unit costs", async () => {
    const plan = await getRenewalPlan(await as("agent35", C35), {}, NOW);
    expect(plan.query.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    // 2026: 2 postes of 2015 and the tablette of 2018 (overdue), the poste en panne of 2020.
    expect(plan.all.perYear).toEqual(SEEDED_PER_YEAR);
    expect(plan.all.overdue).toEqual(cell(3, 2_000));
    expect(plan.all.total).toEqual(cell(12, 11_800));
    expect(plan.all.beyond).toEqual(cell(1, 800));
    expect(plan.all.unplannable).toEqual(cell(1, 700));
    expect(plan.notRenewed).toBe(2);
    expect(plan.referentialCustomised).toBe(false);

    const byCategory = Object.fromEntries(
      plan.byCategory.map((l) => [l.category, l.perYear.map((c) => c.count)]),
    );
    expect(byCategory).toEqual({
      POSTE_FIXE: [3, 3, 0, 0, 0],
      PORTABLE: [0, 2, 0, 1, 0],
      TABLETTE: [1, 0, 1, 0, 0],
      ENI: [0, 1, 0, 0, 0],
      VIDEOPROJECTEUR: [0, 0, 0, 0, 0],
    });
    expect(
      Object.fromEntries(
        plan.byCollege.map((c) => [c.uai, { perYear: c.perYear, total: c.total }]),
      ),
    ).toEqual({
      [UAI.rennes35b]: {
        perYear: [cell(0, 0), cell(3, 5_300), cell(0, 0), cell(0, 0), cell(0, 0)],
        total: cell(3, 5_300),
      },
      [UAI.gayeulles]: {
        perYear: [cell(4, 2_800), cell(3, 2_400), cell(1, 400), cell(1, 900), cell(0, 0)],
        total: cell(9, 6_500),
      },
    });
    expect(plan.colleges.map((c) => c.uai).sort()).toEqual([UAI.gayeulles, UAI.rennes35b].sort());
  });

  it("filters by collège and category, and moves the horizon with the first year", async () => {
    const ctx = await as("agent35", C35);
    const gayeulles = await getRenewalPlan(ctx, { uai: UAI.gayeulles }, NOW);
    expect(gayeulles.all.total).toEqual(cell(9, 6_500));
    expect(gayeulles.notRenewed).toBe(2);
    const postes = await getRenewalPlan(ctx, { category: "POSTE_FIXE" }, NOW);
    expect(postes.all.perYear.map((c) => c.count)).toEqual([3, 3, 0, 0, 0]);
    expect(postes.notRenewed).toBe(1);

    // From 2028: everything due until 2027 is overdue in 2028; the poste of 2026 (due 2032) enters the plan.
    const later = await getRenewalPlan(ctx, { debut: "2028" }, NOW);
    expect(later.query.years).toEqual([2028, 2029, 2030, 2031, 2032]);
    expect(later.all.perYear).toEqual(cells([11, 10_900], [1, 900], [0, 0], [0, 0], [1, 800]));
    expect(later.all.beyond.count).toBe(0);
    // Out of range: back to the current year.
    expect((await getRenewalPlan(ctx, { debut: "2040" }, NOW)).query.firstYear).toBe(2026);
  });

  it("is the investment need the budget reads, per year and category", async () => {
    const need = await unsafeRenewalInvestmentNeed(db, collectivites["35"]!, 2026);
    expect(need.map(({ year, count, costCents }) => ({ year, count, costCents }))).toEqual([
      { year: 2026, ...cell(4, 2_800) },
      { year: 2027, ...cell(6, 7_700) },
      { year: 2028, ...cell(1, 400) },
      { year: 2029, ...cell(1, 900) },
      { year: 2030, ...cell(0, 0) },
    ]);
    expect(need[1]!.byCategory).toEqual([
      { category: "POSTE_FIXE", ...cell(3, 2_400) },
      { category: "PORTABLE", ...cell(2, 1_800) },
      { category: "ENI", ...cell(1, 3_500) },
    ]);
    expect(
      (await unsafeRenewalInvestmentNeed(db, collectivites["14"]!, 2026, 3)).map(
        (y) => y.costCents,
      ),
    ).toEqual([0, 3_200 * EUR, 0]);
  });

  it("lists the equipment of a year with the reason, overdue flagged, paginated", async () => {
    const ctx = await as("agent35", C35);
    const first = await listRenewalItems(ctx, { annee: "2026" }, { now: NOW });
    expect(first.total).toBe(4);
    expect(first.costCents).toBe(2_800 * EUR);
    const byId = new Map(first.items.map((i) => [i.id, i]));
    expect(byId.get(ids.pfOverdue![0]!)).toMatchObject({
      dueYear: 2021,
      reason: "AGE",
      overdue: true,
      unitCostCents: 80_000,
      uai: UAI.gayeulles,
    });
    expect(byId.get(ids.pfPanne![0]!)).toMatchObject({
      dueYear: 2026,
      reason: "AGE",
      overdue: false,
      status: "EN_PANNE",
    });

    const page1 = await listRenewalItems(ctx, { annee: "2027", pageSize: "10" }, { now: NOW });
    expect([page1.total, page1.items.length, page1.pageCount]).toEqual([6, 6, 1]);
    const page2 = await listRenewalItems(
      ctx,
      { annee: "2027", pageSize: "10", page: "2" },
      { now: NOW },
    );
    expect([page2.total, page2.items.length]).toEqual([6, 0]);
    // One collège's rows follow each other.
    const uais = page1.items.map((i) => i.uai);
    expect(uais.filter((uai, i) => i === 0 || uais[i - 1] !== uai)).toHaveLength(2);
    expect(
      (await listRenewalItems(ctx, { annee: "2027", category: "ENI" }, { now: NOW })).items.map(
        (i) => i.id,
      ),
    ).toEqual(ids.eniR);
    expect((await listRenewalItems(ctx, { annee: "2028" }, { now: NOW })).items).toMatchObject([
      { id: ids.tabletteWarranty![0], reason: "GARANTIE", dueYear: 2028 },
    ]);
    expect((await listRenewalItems(ctx, { annee: "en-retard" }, { now: NOW })).total).toBe(3);
    expect(
      (await listRenewalItems(ctx, { annee: "au-dela" }, { now: NOW })).items.map((i) => i.id),
    ).toEqual(ids.pfBeyond);
    expect(
      (await listRenewalItems(ctx, { annee: "non-planifiable" }, { now: NOW })).items,
    ).toMatchObject([{ id: ids.noDates![0], dueYear: null, reason: null }]);
    const all = await listRenewalItems(
      ctx,
      { annee: "2027", pageSize: "10" },
      { all: true, now: NOW },
    );
    expect(all.items).toHaveLength(6);
  });

  it("computes in SQL exactly what renewalDueOf says, under a référentiel renewing at warranty end", async () => {
    const rules = {
      PORTABLE: { renewalAgeYears: 4, unitCostCents: 111_100, renewAtWarrantyEnd: true },
      TABLETTE: { renewalAgeYears: 3, unitCostCents: 22_200, renewAtWarrantyEnd: false },
    };
    await db.equipmentReferentialRule.createMany({
      data: Object.entries(rules).map(([category, r]) => ({
        collectiviteId: collectivites["22"]!,
        category: category as EquipmentCategory,
        ...r,
      })),
    });
    const cases: Spec[] = [
      { category: "PORTABLE", acquiredOn: "2023-05-01" },
      { category: "PORTABLE", acquiredOn: "2023-05-01", warrantyEndsOn: "2025-05-01" },
      { category: "PORTABLE", acquiredOn: "2023-05-01", warrantyEndsOn: "2029-05-01" },
      { category: "PORTABLE", acquiredOn: "2023-05-01", warrantyEndsOn: "2027-12-31" },
      { category: "PORTABLE", warrantyEndsOn: "2030-01-01" },
      { category: "PORTABLE", acquiredOn: "2010-01-01", plannedRenewalYear: 2033 },
      { category: "TABLETTE", acquiredOn: "2024-12-31", warrantyEndsOn: "2025-01-01" },
      { category: "TABLETTE" },
      { category: "POSTE_FIXE", acquiredOn: "2019-02-02", warrantyEndsOn: "2020-02-02" },
    ];
    const created = (await addEquipment(UAI.bourbriac22, "B", cases)).map((list) => list[0]!);
    const ctx = await as("agent22", C22);
    const seen: RenewalItem[] = [];
    for (const annee of ["2026", "2027", "2028", "2029", "2030", "au-dela", "non-planifiable"])
      seen.push(...(await listRenewalItems(ctx, { annee }, { all: true, now: NOW })).items);
    expect(seen).toHaveLength(cases.length);
    for (const [i, spec] of cases.entries()) {
      const rule =
        spec.category in rules
          ? rules[spec.category as keyof typeof rules]
          : DEFAULT_RULES[spec.category];
      const expected = renewalDueOf(
        {
          acquiredOn: spec.acquiredOn ? new Date(`${spec.acquiredOn}T00:00:00Z`) : null,
          warrantyEndsOn: spec.warrantyEndsOn ? new Date(`${spec.warrantyEndsOn}T00:00:00Z`) : null,
          plannedRenewalYear: spec.plannedRenewalYear ?? null,
        },
        rule,
      );
      const item = seen.find((s) => s.id === created[i]);
      expect({
        i,
        dueYear: item?.dueYear,
        reason: item?.reason,
        cost: item?.unitCostCents,
      }).toEqual({
        i,
        dueYear: expected?.year ?? null,
        reason: expected?.reason ?? null,
        cost: rule.unitCostCents,
      });
    }
  });

  it("applies a saved référentiel's ages and costs", async () => {
    await db.equipmentReferentialRule.createMany({
      data: [
        {
          collectiviteId: collectivites["35"]!,
          category: "POSTE_FIXE",
          renewalAgeYears: 5,
          unitCostCents: 100_000,
        },
        {
          collectiviteId: collectivites["35"]!,
          category: "ENI",
          renewalAgeYears: 8,
          unitCostCents: 300_000,
          renewAtWarrantyEnd: true,
        },
      ],
    });
    try {
      const plan = await getRenewalPlan(await as("agent35", C35), {}, NOW);
      expect(plan.referentialCustomised).toBe(true);
      // Postes now at 5 years and 1 000 €: the 3 of 2021 fall in 2026; the ENI goes at its warranty's end (2024, overdue).
      expect(plan.all.perYear).toEqual(cells([8, 9_400], [2, 1_800], [1, 400], [1, 900], [0, 0]));
      expect(plan.all.overdue).toEqual(cell(5, 6_400));
      expect(plan.rules.find((r) => r.category === "POSTE_FIXE")).toMatchObject({
        renewalAgeYears: 5,
        unitCostCents: 100_000,
      });
      const eni = await listRenewalItems(
        await as("agent35", C35),
        { annee: "2026", category: "ENI" },
        { now: NOW },
      );
      expect(eni.items).toMatchObject([
        {
          id: ids.eniR![0],
          dueYear: 2024,
          reason: "GARANTIE",
          overdue: true,
          unitCostCents: 300_000,
        },
      ]);
      expect(
        (await unsafeRenewalInvestmentNeed(db, collectivites["35"]!, 2026))[0]!.costCents,
      ).toBe(9_400 * EUR);
    } finally {
      await db.equipmentReferentialRule.deleteMany({
        where: { collectiviteId: collectivites["35"]! },
      });
    }
  });
});
