import { beforeAll, describe, expect, it } from "vitest";
import { getAssistanceMeasures, type AssistanceMeasures } from "@/lib/assistance/measures";
import { UAI } from "../support/fixtures";
import { A14, A70, C14, C35, E } from "../support/access";
import { db } from "@/lib/db/client";
import { academieDashboardSql, etablissementDashboardSql } from "@/bench/runner/dashboard-sql";
import { NOW, as, college, seedAssistanceMeasures } from "./assistance-measures.fixtures";

beforeAll(seedAssistanceMeasures);

const measuresOf = async (user: string, scope: Parameters<typeof as>[1], input: unknown = {}) =>
  getAssistanceMeasures(await as(user, scope), input, NOW);

/** [month, total] of every month of the period. */
const monthly = (m: AssistanceMeasures) => m.volume.months.map((v) => [v.month, v.total]);
const everyQueue = (m: AssistanceMeasures) => m.delays.find((d) => d.party === null)!;
const backlogOf = (m: AssistanceMeasures, party: string | null) =>
  m.backlog.find((b) => b.party === party);

describe("the collectivité's measures", () => {
  it("counts incidents per month and domain over the last 12 months (Paris months)", async () => {
    const m = await measuresOf("agent35", C35);
    expect(m.filters.period).toEqual({ from: "2025-04", to: "2026-03" });
    expect(monthly(m)).toEqual([
      ["2025-04", 0],
      ["2025-05", 0],
      ["2025-06", 0],
      ["2025-07", 0],
      ["2025-08", 0],
      ["2025-09", 0],
      ["2025-10", 0],
      ["2025-11", 0],
      ["2025-12", 1],
      ["2026-01", 2],
      ["2026-02", 1],
      ["2026-03", 3],
    ]);
    expect(m.volume.months.at(-1)!.byDomain).toEqual({
      APPLICATIONS_NATIONALES: 1,
      POSTES_PERIPHERIQUES: 2,
    });
    expect(m.volume.domains).toEqual([
      { domain: "POSTES_PERIPHERIQUES", count: 4 },
      { domain: "APPLICATIONS_NATIONALES", count: 1 },
      { domain: "ECRANS_VIDEOPROJECTION", count: 1 },
      { domain: "RESEAU_WIFI", count: 1 },
    ]);
    expect(m.volume.total).toBe(7);
  });

  it("gives median and p90 in working hours and the share within the service level", async () => {
    const m = await measuresOf("agent35", C35);
    // Taken after 30, 60, 90, 120, 180 minutes; resolved after 240, 300, 600.
    expect(everyQueue(m)).toMatchObject({
      incidents: 7,
      taken: 5,
      takeMedian: 1.5,
      resolved: 3,
      resolveMedian: 5,
      takeCommitted: 5,
      takeWithin: 4,
      takeRate: 0.8,
      resolveCommitted: 3,
      resolveWithin: 2,
    });
    expect(everyQueue(m).takeP90).toBeCloseTo(2.6, 10);
    expect(everyQueue(m).resolveP90).toBeCloseTo(9, 10);
    expect(everyQueue(m).resolveRate).toBeCloseTo(2 / 3, 10);
    const collectivite = m.delays.find((d) => d.party === "COLLECTIVITE")!;
    expect(collectivite).toMatchObject({ incidents: 5, taken: 4, takeMedian: 1.25 });
    expect(collectivite.takeP90).toBeCloseTo(2.55, 10);
    expect(m.delays.find((d) => d.party === "ETAT")).toMatchObject({
      incidents: 1,
      takeMedian: 2,
      takeP90: 2,
      takeRate: 1,
    });
    expect(m.delays.find((d) => d.party === "EPLE")).toMatchObject({
      incidents: 1,
      taken: 0,
      takeMedian: null,
      takeRate: null,
    });
  });

  it("ages the open incidents, whenever reported, by queue", async () => {
    const m = await measuresOf("agent35", C35);
    expect(backlogOf(m, null)).toEqual({
      party: null,
      open: 5,
      moins1j: 1,
      "1a3j": 1,
      "3a7j": 1,
      "7a30j": 0,
      plus30j: 2,
      overdue: 2,
    });
    expect(backlogOf(m, "COLLECTIVITE")).toMatchObject({
      open: 3,
      moins1j: 1,
      plus30j: 2,
      overdue: 1,
    });
    expect(backlogOf(m, "ETAT")).toMatchObject({ open: 1, "3a7j": 1, overdue: 0 });
    expect(backlogOf(m, "EPLE")).toMatchObject({ open: 1, "1a3j": 1, overdue: 1 });
  });

  it("rates incidents per 100 items by category, age band and model (models of 5 items or more)", async () => {
    const { equipment } = await measuresOf("agent35", C35);
    expect(equipment!.total).toMatchObject({ items: 23, incidents: 4, failing: 3 });
    expect(equipment!.total.per100).toBeCloseTo(400 / 23, 10);
    const category = Object.fromEntries(equipment!.byCategory.map((c) => [c.category, c]));
    expect(category.PORTABLE).toMatchObject({ items: 18, incidents: 3, failing: 2 });
    expect(category.PORTABLE!.per100).toBeCloseTo(300 / 18, 10);
    expect(category.VIDEOPROJECTEUR).toMatchObject({ items: 5, incidents: 1, per100: 20 });
    const band = Object.fromEntries(equipment!.byBand.map((b) => [b.band, b]));
    expect(band["1a2"]).toMatchObject({ items: 15, incidents: 3, per100: 20 });
    expect(band.moins1).toMatchObject({ items: 3, incidents: 0, per100: 0 });
    expect(band["7a9"]).toMatchObject({ items: 5, incidents: 1, per100: 20 });
    expect(
      equipment!.topModels.map((t) => [t.manufacturer, t.model, t.items, t.incidents, t.per100]),
    ).toEqual([
      ["Dell", "Latitude 3340", 15, 3, 20],
      ["Epson", "EB-X51", 5, 1, 20],
    ]);
  });

  it("filters by queue, level and months", async () => {
    const eple = await measuresOf("agent35", C35, { partie: "EPLE" });
    expect(eple.volume.total).toBe(1);
    expect(eple.backlog.map((b) => [b.party, b.open])).toEqual([
      ["EPLE", 1],
      [null, 1],
    ]);
    const n2 = await measuresOf("agent35", C35, { niveau: "N2", du: "2026-01", au: "2026-02" });
    expect(monthly(n2)).toEqual([
      ["2026-01", 2],
      ["2026-02", 1],
    ]);
    expect(everyQueue(n2)).toMatchObject({ incidents: 3, taken: 3, takeMedian: 1 });
    const wrong = await measuresOf("agent35", C35, {
      partie: "AUTRE",
      du: "2026-05",
      au: "2026-02",
    });
    expect(wrong.filters).toEqual({
      party: null,
      level: null,
      period: { from: "2025-03", to: "2026-02" },
    });
  });
});

describe("scope", () => {
  it("shows a technician only the collèges of their secteur", async () => {
    const m = await measuresOf("tech35", C35);
    expect(m.volume.total).toBe(5);
    expect(backlogOf(m, null)).toMatchObject({ open: 3, plus30j: 1 });
    expect(m.equipment!.total).toMatchObject({ items: 18, incidents: 3 });
    expect(m.equipment!.topModels.map((t) => [t.model, t.items])).toEqual([
      ["Latitude 3340", 10],
      ["EB-X51", 5],
    ]);
  });

  it("gives another collectivité, académie or collège none of these incidents", async () => {
    const k = await measuresOf("agent14", C14);
    expect(k.volume.total).toBe(1);
    expect(everyQueue(k)).toMatchObject({ incidents: 1, takeMedian: 10 / 60 });
    expect(backlogOf(k, null)!.open).toBe(0);
    expect(k.equipment!.total).toMatchObject({ items: 5, incidents: 1 });
    const normandie = await measuresOf("drane70", A70);
    expect(normandie.volume.total).toBe(1);
    expect(normandie.volume.domains).toEqual([{ domain: "RESEAU_WIFI", count: 1 }]);
    const bourbriac = await measuresOf("chefB", E(UAI.bourbriac22));
    expect(bourbriac.volume.total).toBe(1);
    expect(everyQueue(bourbriac)).toMatchObject({ takeMedian: 10, resolveMedian: 20, takeRate: 0 });
    expect(bourbriac.equipment!.total.items).toBe(0);
  });

  it("gives the académie its collèges across collectivités, the collège its own", async () => {
    const rennes = await measuresOf("drane14", A14);
    expect(rennes.volume.total).toBe(8);
    expect(backlogOf(rennes, null)!.open).toBe(5);
    expect(rennes.equipment!.total).toMatchObject({ items: 23, incidents: 4 });
    const gayeulles = await measuresOf("chefG", E(UAI.gayeulles));
    expect(gayeulles.volume.total).toBe(5);
    expect(backlogOf(gayeulles, null)).toMatchObject({ open: 3, overdue: 1 });
  });

  it("refuses a member without incident.read", async () => {
    await expect(measuresOf("elu35", C35)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("benchmark", () => {
  it("runs the bare SQL of the panels the benchmark measures (academie and collège sets)", async () => {
    const g = college[UAI.gayeulles]!;
    const t = {
      etablissementId: g.id,
      collectiviteId: g.collectiviteId,
      academieCode: g.academieCode,
      today: "2026-03-15",
      exercice: 2026,
    };
    for (const statement of [...etablissementDashboardSql(t), ...academieDashboardSql(t)])
      await expect(db.$queryRaw(statement.sql)).resolves.toBeDefined();
  });
});
