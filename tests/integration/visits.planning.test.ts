import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { planVisit, planVisitRound } from "@/lib/assistance/visits-plan-write";
import { assignVisit, cancelVisit, recordVisit } from "@/lib/assistance/visits-record";
import { listVisits } from "@/lib/assistance/visits-list";
import { UAI } from "../support/fixtures";
import { C35 } from "../support/access";
import {
  as,
  at,
  day,
  fridays,
  planFridays,
  PLANNING,
  seedVisits,
  users,
  visitsOf,
  visitSnapshot,
} from "./visits.fixtures";

beforeAll(seedVisits);

describe("planning and reporting the proactive rounds", () => {
  it("plans N half-days a month on working days only, and says what each month got", async () => {
    const result = await planFridays();
    // May 2026: Fridays 1 and 8 are public holidays, so 15, 22, 29; June: 5, 12, 19, 26.
    expect(result).toEqual({
      count: 7,
      months: [
        { month: "2026-05", wanted: 4, planned: 3 },
        { month: "2026-06", wanted: 4, planned: 4 },
      ],
    });
    const visits = await visitsOf(UAI.gayeulles);
    expect(visits.map((v) => day(v.plannedOn))).toEqual([
      "2026-05-15",
      "2026-05-22",
      "2026-05-29",
      "2026-06-05",
      "2026-06-12",
      "2026-06-19",
      "2026-06-26",
    ]);
    expect(new Set(visits.map((v) => `${v.halfDay}/${v.status}`))).toEqual(
      new Set(["MATIN/PREVUE"]),
    );
    expect(await db.auditEvent.count({ where: { action: "visit.plan" } })).toBe(7);
  });

  it("spreads a two-weekday round over the month and never books a taken half-day twice", async () => {
    const agent = await as("agent35", C35);
    const round = {
      ...fridays,
      uai: UAI.rennes35b,
      from: "2026-05-01",
      to: "2026-05-31",
      halfDay: "APRES_MIDI",
    };
    // Mondays 4, 11, 18 (25 is Pentecost Monday) and Fridays 15, 22, 29 → four of the six.
    const result = await planVisitRound(agent, { ...round, weekdays: ["1", "5"] }, PLANNING);
    expect(result.count).toBe(4);
    const days = (await visitsOf(UAI.rennes35b)).map((v) => day(v.plannedOn));
    expect(days).toEqual(["2026-05-04", "2026-05-11", "2026-05-18", "2026-05-22"]);
    // The same round again takes only the two days left.
    const again = await planVisitRound(agent, { ...round, weekdays: ["1", "5"] }, PLANNING);
    expect(again.count).toBe(2);
    expect(new Set((await visitsOf(UAI.rennes35b)).map((v) => day(v.plannedOn))).size).toBe(6);
  });

  it("refuses a single visit on a holiday, a week-end, in the past or on a taken half-day", async () => {
    const agent = await as("agent35", C35);
    const count = await db.visit.count();
    const single = { uai: UAI.gayeulles, halfDay: "MATIN", technicianId: "" };
    for (const plannedOn of ["2026-05-14", "2026-05-16", "2026-04-17"])
      await expect(planVisit(agent, { ...single, plannedOn }, PLANNING)).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
    await expect(
      planVisit(agent, { ...single, plannedOn: "2026-05-15" }, PLANNING),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      planVisitRound(agent, { ...fridays, weekdays: ["6"] }, PLANNING),
    ).rejects.toThrow();
    expect(await db.visit.count()).toBe(count);
    const { id } = await planVisit(
      agent,
      { ...single, plannedOn: "2026-05-15", halfDay: "APRES_MIDI" },
      PLANNING,
    );
    expect(await db.visit.findUniqueOrThrow({ where: { id } })).toMatchObject({
      halfDay: "APRES_MIDI",
      status: "PREVUE",
    });
  });

  it("assigns only a technician of the collège's secteur, or an agent", async () => {
    const agent = await as("agent35", C35);
    const [first] = await visitsOf(UAI.gayeulles);
    const before = await visitSnapshot(first!.id);
    for (const technicianId of [users.techSud, users.agent14, users.elu35])
      await expect(assignVisit(agent, { visitId: first!.id, technicianId })).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
    expect(await visitSnapshot(first!.id)).toBe(before);
    expect(await assignVisit(agent, { visitId: first!.id, technicianId: users.techNord })).toEqual({
      name: "tech.nord",
    });
    expect(await assignVisit(agent, { visitId: first!.id, technicianId: users.agent35 })).toEqual({
      name: "agent35",
    });
    await assignVisit(agent, { visitId: first!.id, technicianId: users.techNord });
    // The technician of the secteur Nord does not visit the secteur Sud.
    const other = await planVisit(
      agent,
      { uai: UAI.rennes35b, plannedOn: "2026-05-15", halfDay: "MATIN", technicianId: "" },
      PLANNING,
    );
    await expect(
      assignVisit(agent, { visitId: other.id, technicianId: users.techNord }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // An agent expected at the other collège that morning is not expected at Les Gayeulles too.
    await assignVisit(agent, { visitId: other.id, technicianId: users.agent35 });
    await expect(
      assignVisit(agent, { visitId: first!.id, technicianId: users.agent35 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.visit.findUniqueOrThrow({ where: { id: first!.id } })).technicianId).toBe(
      users.techNord,
    );
  });

  it("records a visit on or after its day, then refuses to record or cancel it again", async () => {
    const tech = await as("techNord", C35);
    const [first] = await visitsOf(UAI.gayeulles);
    const report = {
      visitId: first!.id,
      report: "Bornes Wi-Fi du bâtiment B vérifiées, VPI salle 12 recalibré.",
    };
    const before = await visitSnapshot(first!.id);
    await expect(recordVisit(tech, report, PLANNING)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await visitSnapshot(first!.id)).toBe(before);
    const done = at("2026-05-15");
    await recordVisit(tech, report, done);
    expect(await db.visit.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({
      status: "REALISEE",
      report: report.report,
      doneAt: done,
      technicianId: users.techNord,
    });
    const recorded = await visitSnapshot(first!.id);
    await expect(recordVisit(tech, { ...report, report: "Autre" }, done)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(cancelVisit(tech, { visitId: first!.id, reason: "Erreur" })).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
    await expect(
      assignVisit(tech, { visitId: first!.id, technicianId: users.refNord }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await visitSnapshot(first!.id)).toBe(recorded);
    expect(
      await db.auditEvent.count({ where: { action: "visit.record", entityId: first!.id } }),
    ).toBe(1);
  });

  it("cancels a planned visit with its reason, which can then be neither recorded nor cancelled", async () => {
    const agent = await as("agent35", C35);
    const second = (await visitsOf(UAI.gayeulles)).find((v) => day(v.plannedOn) === "2026-05-22")!;
    await expect(cancelVisit(agent, { visitId: second.id, reason: " " })).rejects.toThrow();
    await cancelVisit(agent, { visitId: second.id, reason: "Conseil de classe toute la matinée." });
    const cancelled = await visitSnapshot(second.id);
    expect(JSON.parse(cancelled)).toMatchObject({
      status: "ANNULEE",
      report: "Conseil de classe toute la matinée.",
      doneAt: null,
    });
    const late = at("2026-05-25");
    await expect(
      recordVisit(agent, { visitId: second.id, report: "Fait." }, late),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Cette visite est annulée : elle ne peut plus être réalisée.",
    });
    await expect(
      cancelVisit(agent, { visitId: second.id, reason: "Encore" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await visitSnapshot(second.id)).toBe(cancelled);
    // The half-day is free again.
    await planVisit(
      agent,
      { uai: UAI.gayeulles, plannedOn: "2026-05-22", halfDay: "MATIN", technicianId: "" },
      PLANNING,
    );
  });

  it("books one person once per half-day, even when two plans for two collèges arrive at once", async () => {
    const agent = await as("agent35", C35);
    const at = (uai: string) =>
      planVisit(
        agent,
        { uai, plannedOn: "2026-06-09", halfDay: "APRES_MIDI", technicianId: users.agent35 },
        PLANNING,
      );
    const outcomes = await Promise.allSettled([at(UAI.gayeulles), at(UAI.rennes35b)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    expect(
      await db.visit.count({
        where: {
          technicianId: users.agent35,
          plannedOn: new Date("2026-06-09T00:00:00Z"),
          halfDay: "APRES_MIDI",
        },
      }),
    ).toBe(1);
  });

  it("lists a month of the collectivité, filtered by collège, technician and state", async () => {
    const agent = await as("agent35", C35);
    const may = await listVisits(agent, { month: "2026-05" }, PLANNING);
    expect(may.items.every((v) => day(v.plannedOn).startsWith("2026-05"))).toBe(true);
    expect(may.total).toBe(
      await db.visit.count({
        where: { plannedOn: { gte: new Date("2026-05-01"), lt: new Date("2026-06-01") } },
      }),
    );
    const mine = await listVisits(
      agent,
      { month: "2026-05", technicianId: users.techNord },
      PLANNING,
    );
    expect(mine.items.map((v) => v.status)).toEqual(["REALISEE"]);
    const cancelled = await listVisits(
      agent,
      { month: "2026-05", uai: UAI.gayeulles, status: "ANNULEE" },
      PLANNING,
    );
    expect(cancelled.total).toBe(1);
    // No month in the URL: the current month (April 2026 holds none).
    expect((await listVisits(agent, {}, PLANNING)).total).toBe(0);
  });
});
