import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { planVisit, planVisitRound } from "@/lib/assistance/visits-plan-write";
import { assignVisit, cancelVisit, recordVisit } from "@/lib/assistance/visits-record";
import {
  getVisit,
  listVisitIncidents,
  listVisits,
  visitFormOptions,
} from "@/lib/assistance/visits-list";
import { reportIncident } from "@/lib/assistance/report-incident";
import { inSequence } from "../support/story";
import { UAI } from "../support/fixtures";
import { A70, C14, C35, E } from "../support/access";
import {
  as,
  at,
  fridays,
  planFridays,
  PLANNING,
  seedVisits,
  users,
  visitsOf,
  visitSnapshot,
} from "./visits.fixtures";

beforeAll(inSequence(seedVisits, planFridays));

const DONE = at("2026-05-15");
const first = async () => (await visitsOf(UAI.gayeulles))[0]!;

describe("who plans, reports and reads the rounds", () => {
  it("hides a collectivité's visits from another département's agent", async () => {
    const visit = await first();
    const before = await visitSnapshot(visit.id);
    const agent14 = await as("agent14", C14);
    await expect(getVisit(agent14, visit.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listVisits(agent14, { month: "2026-05" }, PLANNING)).total).toBe(0);
    await expect(
      recordVisit(agent14, { visitId: visit.id, report: "Fait." }, DONE),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelVisit(agent14, { visitId: visit.id, reason: "Non." })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(
      assignVisit(agent14, { visitId: visit.id, technicianId: users.agent14 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      planVisit(
        agent14,
        { uai: UAI.gayeulles, plannedOn: "2026-05-19", halfDay: "MATIN" },
        PLANNING,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await visitSnapshot(visit.id)).toBe(before);
    // The owner keeps access.
    expect((await getVisit(await as("agent35", C35), visit.id)).id).toBe(visit.id);
  });

  it("keeps a technician to the collèges of their secteur", async () => {
    const visit = await first();
    const before = await visitSnapshot(visit.id);
    const techSud = await as("techSud", C35);
    await expect(getVisit(techSud, visit.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listVisits(techSud, { month: "2026-05" }, PLANNING)).total).toBe(0);
    await expect(
      recordVisit(techSud, { visitId: visit.id, report: "Fait." }, DONE),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      planVisitRound(techSud, { ...fridays, from: "2026-09-01", to: "2026-09-30" }, PLANNING),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await visitSnapshot(visit.id)).toBe(before);
    const options = await visitFormOptions(techSud);
    expect(options.colleges.map((c) => c.uai)).toEqual([UAI.rennes35b]);
    expect(options.technicians.map((t) => t.name)).not.toContain("tech.nord");
    // Their own secteur's technician plans and reports there.
    const techNord = await as("techNord", C35);
    expect((await listVisits(techNord, { month: "2026-05" }, PLANNING)).total).toBe(3);
    await assignVisit(techNord, { visitId: visit.id, technicianId: users.techNord });
    await recordVisit(
      techNord,
      { visitId: visit.id, report: "Postes de la salle 4 mis à jour." },
      DONE,
    );
  });

  it("lets a collège read its own visits and the incidents opened from them, nothing else", async () => {
    const visit = await first();
    const techNord = await as("techNord", C35);
    const incident = await reportIncident(
      techNord,
      {
        uai: UAI.gayeulles,
        visitId: visit.id,
        kind: "INCIDENT",
        domain: "IMPRESSION",
        title: "Imprimante du CDI hors service",
        description: "Bourrage permanent constaté pendant la visite.",
        urgency: "NORMALE",
      },
      [],
      DONE,
    );
    expect((await listVisitIncidents(techNord, visit.id)).map((i) => i.id)).toEqual([incident.id]);

    for (const name of ["chefG", "adjG"]) {
      const staff = await as(name, E(UAI.gayeulles));
      const own = await listVisits(staff, {}, PLANNING);
      expect(own.total).toBe(7);
      expect(own.items[0]!.plannedOn.getTime()).toBeGreaterThan(own.items[6]!.plannedOn.getTime());
      expect((await listVisitIncidents(staff, visit.id)).map((i) => i.reference)).toEqual([
        incident.reference,
      ]);
    }
    const chefR = await as("chefR", E(UAI.rennes35b));
    expect((await listVisits(chefR, {}, PLANNING)).total).toBe(0);
    await expect(getVisit(chefR, visit.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listVisitIncidents(chefR, visit.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses planning and reporting to an élu, a collège's staff and an académie", async () => {
    const [, second] = await visitsOf(UAI.gayeulles);
    const before = await visitSnapshot(second!.id);
    const count = await db.visit.count();
    const single = { uai: UAI.gayeulles, plannedOn: "2026-05-19", halfDay: "MATIN" };
    for (const ctx of [
      await as("elu35", C35),
      await as("chefG", E(UAI.gayeulles)),
      await as("drane70", A70),
    ]) {
      await expect(planVisit(ctx, single, PLANNING)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(planVisitRound(ctx, fridays, PLANNING)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        recordVisit(ctx, { visitId: second!.id, report: "Fait." }, DONE),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(cancelVisit(ctx, { visitId: second!.id, reason: "Non." })).rejects.toMatchObject(
        { code: "FORBIDDEN" },
      );
      await expect(
        assignVisit(ctx, { visitId: second!.id, technicianId: users.techNord }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(listVisits(await as("elu35", C35), {}, PLANNING)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listVisits(await as("drane70", A70), {}, PLANNING)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await visitSnapshot(second!.id)).toBe(before);
    expect(await db.visit.count()).toBe(count);
  });

  it("shows the visits' events in the journals of the collectivité and of the collège", async () => {
    const visit = await first();
    const events = await db.auditEvent.findMany({
      where: { entityType: "Visit", entityId: visit.id },
      orderBy: { seq: "asc" },
      select: { action: true, collectiviteId: true, etablissementId: true },
    });
    expect(events.map((e) => e.action)).toEqual(["visit.plan", "visit.assign", "visit.record"]);
    const college = await db.etablissement.findUniqueOrThrow({ where: { uai: UAI.gayeulles } });
    expect(new Set(events.map((e) => `${e.collectiviteId}/${e.etablissementId}`))).toEqual(
      new Set([`${college.collectiviteId}/${college.id}`]),
    );
  });
});
