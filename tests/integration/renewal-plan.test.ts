import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import type { EquipmentCategory, EquipmentStatus } from "@/lib/generated/prisma/enums";
import { DEFAULT_RULES } from "@/lib/inventory/referential";
import {
  getRenewalPlan,
  getRenewalTotals,
  listRenewalItems,
  renewalInvestmentNeed,
  type RenewalItem,
} from "@/lib/inventory/renewal-plan";
import { renewalDueOf } from "@/lib/inventory/renewal-rules";
import { adjustRenewal } from "@/lib/inventory/adjust-renewal";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { accessAs, C35, C14, C22, A14, E } from "../support/access";

// Every call gets this date: the plan runs 2026–2030 whatever the day the tests run.
const NOW = new Date("2026-03-15T10:00:00Z");
const users: Record<string, string> = {};
const collectivites: Record<string, string> = {};

const as = accessAs(users);

interface Spec {
  category: EquipmentCategory;
  acquiredOn?: string;
  warrantyEndsOn?: string;
  status?: EquipmentStatus;
  plannedRenewalYear?: number;
  n?: number;
}

/** Equipment written directly, owned by the collège's collectivité; returns the ids per spec. */
async function addEquipment(uai: string, tag: string, specs: Spec[]): Promise<string[][]> {
  const etablissement = await db.etablissement.findUniqueOrThrow({
    where: { uai },
    select: { id: true, collectiviteId: true },
  });
  const result: string[][] = [];
  for (const [i, spec] of specs.entries()) {
    const rows = await db.equipment.createManyAndReturn({
      data: Array.from({ length: spec.n ?? 1 }, (_, k) => ({
        collectiviteId: etablissement.collectiviteId,
        etablissementId: etablissement.id,
        category: spec.category,
        model: `Modèle ${tag}-${i}`,
        serialNumber: `${tag}-${i}-${k}`,
        inventoryNumber: `INV-${tag}-${i}-${k}`,
        status: spec.status ?? "EN_SERVICE",
        acquiredOn: spec.acquiredOn ? new Date(`${spec.acquiredOn}T00:00:00Z`) : null,
        warrantyEndsOn: spec.warrantyEndsOn ? new Date(`${spec.warrantyEndsOn}T00:00:00Z`) : null,
        plannedRenewalYear: spec.plannedRenewalYear ?? null,
      })),
      select: { id: true },
    });
    result.push(rows.map((r) => r.id));
  }
  return result;
}

const EUR = 100;
const cell = (count: number, euros: number) => ({ count, costCents: euros * EUR });
const ids: Record<string, string[]> = {};
const snapshot = async (equipmentIds: string[]) =>
  JSON.stringify(
    await db.equipment.findMany({ where: { id: { in: equipmentIds } }, orderBy: { id: "asc" } }),
  );

beforeAll(async () => {
  await seedReferentialsAndColleges();
  for (const code of ["35", "22", "14"])
    collectivites[code] = (
      await db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } })
    ).id;
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.elu35 = await createUser("elu35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ELU", key: "35" },
  ]);
  users.agent22 = await createUser("agent22@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "22" },
  ]);
  users.agent14 = await createUser("agent14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.drane14 = await createUser("drane14@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);
  users.refG = await createUser("referent.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "REFERENT", key: UAI.gayeulles },
  ]);
  users.admin = await createUser("admin@test.fr", [{ scopeType: "PLATFORM", role: "ADMIN" }]);

  // Default référentiel: postes 6 years 800 €, portables 5 years 900 €, tablettes 4 years 400 €, ENI 8 years 3 500 €.
  const [
    pfDue2027,
    pfOverdue,
    portable2029,
    tabletteOverdue,
    tabletteWarranty,
    noDates,
    pfBeyond,
    pfPanne,
    stock,
    reforme,
  ] = await addEquipment(UAI.gayeulles, "G", [
    { category: "POSTE_FIXE", acquiredOn: "2021-09-01", n: 3 },
    { category: "POSTE_FIXE", acquiredOn: "2015-05-01", n: 2 },
    { category: "PORTABLE", acquiredOn: "2024-01-10" },
    { category: "TABLETTE", acquiredOn: "2018-10-01" },
    { category: "TABLETTE", warrantyEndsOn: "2028-06-30" },
    { category: "VIDEOPROJECTEUR" },
    { category: "POSTE_FIXE", acquiredOn: "2026-01-10" },
    { category: "POSTE_FIXE", acquiredOn: "2020-03-01", status: "EN_PANNE" },
    { category: "POSTE_FIXE", acquiredOn: "2015-01-01", status: "EN_STOCK" },
    { category: "PORTABLE", acquiredOn: "2010-01-01", status: "REFORME" },
  ]);
  Object.assign(ids, {
    pfDue2027,
    pfOverdue,
    portable2029,
    tabletteOverdue,
    tabletteWarranty,
    noDates,
    pfBeyond,
    pfPanne,
    stock,
    reforme,
  });
  const [portablesR, eniR] = await addEquipment(UAI.rennes35b, "R", [
    { category: "PORTABLE", acquiredOn: "2022-02-01", n: 2 },
    { category: "ENI", acquiredOn: "2019-06-01", warrantyEndsOn: "2024-06-01" },
  ]);
  Object.assign(ids, { portablesR, eniR });
  const [calvados] = await addEquipment(UAI.calvados14, "K", [
    { category: "POSTE_FIXE", acquiredOn: "2021-04-01", n: 4 },
  ]);
  ids.calvados = calvados!;
});

describe("the renewal plan of a collectivité", () => {
  it("counts and costs the equipment due per year at the référentiel's unit costs", async () => {
    const plan = await getRenewalPlan(await as("agent35", C35), {}, NOW);
    expect(plan.query.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    // 2026: 2 postes of 2015 and the tablette of 2018 (overdue), the poste en panne of 2020.
    expect(plan.all.perYear).toEqual([
      cell(4, 2_800),
      cell(6, 7_700),
      cell(1, 400),
      cell(1, 900),
      cell(0, 0),
    ]);
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
    expect(later.all.perYear).toEqual([
      cell(11, 10_900),
      cell(1, 900),
      cell(0, 0),
      cell(0, 0),
      cell(1, 800),
    ]);
    expect(later.all.beyond.count).toBe(0);
    // Out of range: back to the current year.
    expect((await getRenewalPlan(ctx, { debut: "2040" }, NOW)).query.firstYear).toBe(2026);
  });

  it("is the investment need the budget reads, per year and category", async () => {
    const need = await renewalInvestmentNeed(db, collectivites["35"]!, 2026);
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
      (await renewalInvestmentNeed(db, collectivites["14"]!, 2026, 3)).map((y) => y.costCents),
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
      expect(plan.all.perYear).toEqual([
        cell(8, 9_400),
        cell(2, 1_800),
        cell(1, 400),
        cell(1, 900),
        cell(0, 0),
      ]);
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
      expect((await renewalInvestmentNeed(db, collectivites["35"]!, 2026))[0]!.costCents).toBe(
        9_400 * EUR,
      );
    } finally {
      await db.equipmentReferentialRule.deleteMany({
        where: { collectiviteId: collectivites["35"]! },
      });
    }
  });
});

describe("adjusting the plan", () => {
  it("defers equipment to a chosen year, with one audit event each", async () => {
    const result = await adjustRenewal(
      await as("agent35", C35),
      { ids: ids.pfOverdue, annee: "2029", motif: "Report au budget 2029" },
      NOW,
    );
    expect(result).toEqual({ count: 2, year: 2029 });
    const plan = await getRenewalPlan(await as("agent35", C35), {}, NOW);
    expect(plan.all.perYear).toEqual([
      cell(2, 1_200),
      cell(6, 7_700),
      cell(1, 400),
      cell(3, 2_500),
      cell(0, 0),
    ]);
    expect(plan.all.overdue).toEqual(cell(1, 400));
    const listed = await listRenewalItems(
      await as("agent35", C35),
      { annee: "2029", category: "POSTE_FIXE" },
      { now: NOW },
    );
    expect(listed.items).toMatchObject([
      { reason: "AJUSTE", dueYear: 2029, renewalNote: "Report au budget 2029", overdue: false },
      { reason: "AJUSTE", dueYear: 2029, renewalNote: "Report au budget 2029", overdue: false },
    ]);
    const etablissement = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true },
    });
    const events = await db.auditEvent.findMany({
      where: { action: "equipment.renewal", entityId: { in: ids.pfOverdue } },
      orderBy: { seq: "asc" },
    });
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event).toMatchObject({
        entityType: "Equipment",
        collectiviteId: collectivites["35"],
        etablissementId: etablissement.id,
        academieCode: "14",
        before: { anneeRenouvellement: null, motif: null },
        after: { anneeRenouvellement: 2029, motif: "Report au budget 2029" },
      });
    }
  });

  it("advances equipment too, and goes back to the computed year", async () => {
    await adjustRenewal(await as("agent35", C35), { ids: ids.pfBeyond, annee: "2027" }, NOW);
    expect((await getRenewalPlan(await as("agent35", C35), {}, NOW)).all.beyond.count).toBe(0);
    await adjustRenewal(
      await as("agent35", C35),
      { ids: [...ids.pfOverdue!, ...ids.pfBeyond!], annee: "calcul" },
      NOW,
    );
    const rows = await db.equipment.findMany({
      where: { id: { in: [...ids.pfOverdue!, ...ids.pfBeyond!] } },
      select: { plannedRenewalYear: true, renewalNote: true },
    });
    expect(rows).toEqual(rows.map(() => ({ plannedRenewalYear: null, renewalNote: null })));
    const plan = await getRenewalPlan(await as("agent35", C35), {}, NOW);
    expect(plan.all.perYear).toEqual([
      cell(4, 2_800),
      cell(6, 7_700),
      cell(1, 400),
      cell(1, 900),
      cell(0, 0),
    ]);
    const resets = await db.auditEvent.findMany({
      where: { action: "equipment.renewal", entityId: { in: ids.pfOverdue } },
      orderBy: { seq: "desc" },
      take: 2,
    });
    expect(resets.map((e) => [e.before, e.after])).toEqual(
      resets.map(() => [
        { anneeRenouvellement: 2029, motif: "Report au budget 2029" },
        { anneeRenouvellement: null, motif: null },
      ]),
    );
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });

  it("refuses a year out of range, in French, and changes nothing", async () => {
    const before = await snapshot(ids.pfDue2027!);
    const events = await db.auditEvent.count();
    for (const annee of ["2025", "2037", "", "2027.5"]) {
      await expect(
        adjustRenewal(await as("agent35", C35), { ids: ids.pfDue2027, annee }, NOW),
      ).rejects.toThrow(/choisissez une année entre 2026 et 2036/);
    }
    await expect(
      adjustRenewal(await as("agent35", C35), { ids: [], annee: "2027" }, NOW),
    ).rejects.toThrow(/Cochez au moins un équipement/);
    expect(await snapshot(ids.pfDue2027!)).toBe(before);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("is for the collectivité's agents: readers, the collège and the académie are refused", async () => {
    const before = await snapshot(ids.pfDue2027!);
    for (const [user, scope] of [
      ["chefG", E(UAI.gayeulles)],
      ["refG", E(UAI.gayeulles)],
      ["elu35", C35],
      ["drane14", A14],
    ] as const) {
      await expect(
        adjustRenewal(await as(user, scope), { ids: ids.pfDue2027, annee: "2030" }, NOW),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await snapshot(ids.pfDue2027!)).toBe(before);
  });

  it("refuses equipment of another collectivité as NOT_FOUND, changing nothing, even mixed with its own", async () => {
    const before = await snapshot([...ids.pfDue2027!, ...ids.calvados!]);
    const events = await db.auditEvent.count();
    await expect(
      adjustRenewal(await as("agent14", C14), { ids: ids.pfDue2027, annee: "2030" }, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      adjustRenewal(
        await as("agent14", C14),
        { ids: [...ids.calvados!, ...ids.pfDue2027!], annee: "2030" },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      adjustRenewal(
        await as("agent35", C35),
        { ids: [...ids.pfDue2027!, "inexistant"], annee: "2030" },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot([...ids.pfDue2027!, ...ids.calvados!])).toBe(before);
    expect(await db.auditEvent.count()).toBe(events);
    // The owner still can.
    expect(
      await adjustRenewal(await as("agent14", C14), { ids: ids.calvados, annee: "2030" }, NOW),
    ).toEqual({ count: 4, year: 2030 });
    await adjustRenewal(await as("agent14", C14), { ids: ids.calvados, annee: "calcul" }, NOW);
  });
});

describe("who reads which plan", () => {
  it("gives a collège its own plan only", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    const plan = await getRenewalPlan(ctx, {}, NOW);
    expect(plan.all.perYear).toEqual([
      cell(4, 2_800),
      cell(3, 2_400),
      cell(1, 400),
      cell(1, 900),
      cell(0, 0),
    ]);
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
