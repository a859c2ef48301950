import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { OPEN_STATUSES } from "@/lib/assistance/vocabulary";
import { workingMinutesBetween, type WorkCalendar } from "@/lib/assistance/working-time";
import { unsafeSeedDemoInventory } from "@/prisma/seed/seed-inventory";
import { unsafeSeedDemoConventions } from "@/prisma/seed/seed-conventions";
import { demoIncidentsReference, unsafeSeedDemoIncidents } from "@/prisma/seed/seed-incidents";
import { FICTITIOUS_REPORTER } from "@/prisma/seed/incidents/incident-people";
import { INTERACTIVE_SCREENS } from "@/prisma/seed/incidents/incident-texts";
import { unsafeSeedBenchIncidents } from "@/bench/seed-incidents";
import { listIncidents } from "@/lib/assistance/list-incidents";
import { C35, contextAs } from "../support/access";
import { createUsers, people, seedReferentialsAndColleges, UAI } from "../support/fixtures";

const NOW = new Date("2026-12-07T10:00:00Z");
const DAY = 86_400_000;
/** Twelve collèges of 35 and 14 (Les Gayeulles among them) and one of 22, which gets none. */
const COLLEGES = [
  ...Object.values(UAI),
  ...["0350033W", "0350039C", "0350052S", "0350057X"],
  ...["0140049C", "0140072C", "0140077H", "0140086T", "0141135H"],
];
const users: Record<string, string> = {};

const snapshot = async () => ({
  incidents: await db.incident.count(),
  events: await db.incidentEvent.count(),
  pauses: await db.incidentPause.count(),
  disposals: await db.equipmentDisposal.count(),
  broken: await db.equipment.count({ where: { status: "EN_PANNE" } }),
  users: await db.user.count(),
});

beforeAll(async () => {
  await seedReferentialsAndColleges(COLLEGES);
  await createUsers(users, people("chefG", "agent35"));
  await unsafeSeedDemoInventory(db, { rentree: 2024, now: NOW });
  await unsafeSeedDemoConventions(db, NOW);
}, 300_000);

describe("demo incidents", () => {
  it("gives each collège of 35 and 14 a year of incidents told through their whole life, and a second run adds nothing", async () => {
    const report = await unsafeSeedDemoIncidents(db, { now: NOW });
    const reference = demoIncidentsReference(NOW);
    const incidents = await db.incident.findMany({
      select: {
        id: true,
        status: true,
        domain: true,
        party: true,
        level: true,
        routingSource: true,
        calendar: true,
        reportedAt: true,
        resolvedAt: true,
        resolveWorkMinutes: true,
        resolveTargetMinutes: true,
        takeChargeWorkMinutes: true,
        takeChargeTargetMinutes: true,
        takeChargeDueAt: true,
        resolveDueAt: true,
        equipmentStatusBefore: true,
        reporterId: true,
        etablissement: { select: { uai: true, collectivite: { select: { code: true } } } },
        equipment: { select: { category: true, status: true } },
        events: {
          orderBy: [{ at: "asc" }],
          select: {
            kind: true,
            at: true,
            fromStatus: true,
            toStatus: true,
            party: true,
            level: true,
          },
        },
        pauses: { select: { startedAt: true, endedAt: true } },
      },
    });
    expect(report.incidents).toBe(incidents.length);

    // 25 to 40 per collège of 35 and 14 that has an inventory, none in 22.
    const perCollege = new Map<string, number>();
    for (const i of incidents)
      perCollege.set(i.etablissement.uai, (perCollege.get(i.etablissement.uai) ?? 0) + 1);
    expect(perCollege.get(UAI.bourbriac22)).toBeUndefined();
    expect(perCollege.size).toBe(report.colleges);
    expect(report.colleges).toBeGreaterThanOrEqual(10);
    for (const [uai, n] of perCollege) {
      expect(n, uai).toBeGreaterThanOrEqual(25);
      expect(n, uai).toBeLessThanOrEqual(40);
    }

    for (const i of incidents) {
      // Reported within the year before the reference day; events in order, each from the
      // state the previous one left, the last one in the incident's status.
      expect(i.reportedAt.getTime()).toBeLessThanOrEqual(reference.getTime());
      expect(i.reportedAt.getTime()).toBeGreaterThan(reference.getTime() - 366 * DAY);
      expect(i.events[0]).toMatchObject({ kind: "SIGNALE", at: i.reportedAt, toStatus: "NOUVEAU" });
      let state: IncidentStatus | null = null;
      for (const e of i.events) {
        expect(e.fromStatus).toBe(state);
        state = e.toStatus;
        expect(e.at.getTime()).toBeLessThanOrEqual(reference.getTime());
      }
      expect(state, i.id).toBe(i.status);
      // The default template routes every collège without a convention in force.
      const routed = i.events[0]!;
      if (i.routingSource === "MODELE") {
        const rule = DEFAULT_TRIPARTITE_CONTENT.assistance.routing.find(
          (r) => r.domain === i.domain,
        );
        expect({ party: routed.party, level: routed.level }).toEqual({
          party: rule!.party,
          level: rule!.level,
        });
      }
      // The clock excludes the pauses: the stored measure is the working-time function's.
      const calendar = i.calendar as unknown as WorkCalendar;
      if (i.resolvedAt)
        expect(i.resolveWorkMinutes).toBe(
          workingMinutesBetween(i.reportedAt, i.resolvedAt, calendar, i.pauses),
        );
      const paused = i.status === "EN_ATTENTE_COLLEGE" || i.status === "EN_ATTENTE_FOURNISSEUR";
      expect(i.pauses.filter((p) => p.endedAt === null).length).toBe(paused ? 1 : 0);
      if (OPEN_STATUSES.includes(i.status) && i.equipment)
        expect(i.equipment.status, i.id).toBe("EN_PANNE");
    }
    expect(new Set(incidents.map((i) => i.routingSource))).toEqual(
      new Set(["CONVENTION", "MODELE"]),
    );
    expect(incidents.some((i) => i.events.some((e) => e.kind === "REAIGUILLE"))).toBe(true);
    expect(incidents.some((i) => i.events.some((e) => e.kind === "ROUVERT"))).toBe(true);
    expect(incidents.some((i) => i.events.some((e) => e.kind === "CLOS_AUTO"))).toBe(true);
    expect(incidents.some((i) => i.party === "ETAT")).toBe(true);

    // Every open incident's equipment is EN_PANNE, and one of them keeps the status to restore.
    const openOnEquipment = incidents.filter(
      (i) => OPEN_STATUSES.includes(i.status) && i.equipment,
    );
    expect(openOnEquipment.length).toBeGreaterThan(0);
    expect(openOnEquipment.every((i) => i.equipmentStatusBefore !== "EN_PANNE")).toBe(true);

    // A realistic backlog: most of the last week open, a good part of the two last weeks, and a
    // few older ones stuck (waiting for a supplier for months).
    const open = incidents.filter((i) => OPEN_STATUSES.includes(i.status));
    expect(report.open).toBe(open.length);
    const openShare = (fromDays: number, toDays: number) => {
      const ages = incidents.filter((i) => {
        const age = (reference.getTime() - i.reportedAt.getTime()) / DAY;
        return age >= fromDays && age < toDays;
      });
      return ages.filter((i) => OPEN_STATUSES.includes(i.status)).length / ages.length;
    };
    expect(openShare(0, 7)).toBeGreaterThan(0.4);
    expect(openShare(0, 14)).toBeGreaterThan(0.25);
    expect(openShare(30, 400)).toBeLessThan(0.05);

    // Breaches: a late take or resolution, or an open one past its deadline, 5 to 15 %.
    const at = reference.getTime();
    const breached = incidents.filter(
      (i) =>
        (i.takeChargeWorkMinutes ?? 0) > (i.takeChargeTargetMinutes ?? Infinity) ||
        (i.resolveWorkMinutes ?? 0) > (i.resolveTargetMinutes ?? Infinity) ||
        (i.status === "NOUVEAU" && (i.takeChargeDueAt?.getTime() ?? Infinity) < at) ||
        (i.status === "PRIS_EN_CHARGE" && (i.resolveDueAt?.getTime() ?? Infinity) < at),
    );
    expect(breached.length / incidents.length).toBeGreaterThan(0.05);
    expect(breached.length / incidents.length).toBeLessThan(0.15);

    // Les Gayeulles: reported by its chef, and no open incident on an interactive screen.
    const gayeulles = incidents.filter((i) => i.etablissement.uai === UAI.gayeulles);
    expect(gayeulles.every((i) => i.reporterId === users.chefG)).toBe(true);
    expect(
      gayeulles.filter(
        (i) =>
          OPEN_STATUSES.includes(i.status) &&
          i.equipment &&
          INTERACTIVE_SCREENS.includes(i.equipment.category),
      ),
    ).toEqual([]);
    // Collèges without members: the fictitious reporter, who cannot sign in.
    const fictitious = await db.user.findUniqueOrThrow({
      where: { email: FICTITIOUS_REPORTER.email },
      select: { id: true, passwordHash: true },
    });
    expect(fictitious.passwordHash).toBeNull();
    expect(
      incidents
        .filter((i) => i.etablissement.uai === UAI.rennes35b)
        .every((i) => i.reporterId === fictitious.id),
    ).toBe(true);

    // Retired on resolution: REFORME, with the disposal record of the incident.
    const disposals = await db.equipmentDisposal.findMany({
      select: { equipment: { select: { status: true } }, incident: { select: { status: true } } },
    });
    for (const d of disposals) {
      expect(d.equipment.status).toBe("REFORME");
      expect(["RESOLU", "CLOS"]).toContain(d.incident!.status);
    }

    const before = await snapshot();
    expect(await unsafeSeedDemoIncidents(db, { now: NOW })).toEqual({
      colleges: 0,
      incidents: 0,
      open: 0,
    });
    expect(await snapshot()).toEqual(before);
  }, 300_000);
});

describe("benchmark incidents", () => {
  it("writes a year of incidents in proportion to the pupils, with the columns the demo writes", async () => {
    const colleges = (
      await db.etablissement.findMany({
        where: { departementCode: "35", uai: { in: COLLEGES } },
        select: { id: true, collectiviteId: true, academieCode: true, departementCode: true },
      })
    ).map((c, i) => ({ ...c, effectif: 300 + 100 * i }));
    const before = await db.incident.count();
    const written = await unsafeSeedBenchIncidents(db, colleges, {
      seed: 1,
      now: NOW,
      perYear: 2_000,
    });
    expect(written).toBeGreaterThan(200);
    expect(await db.incident.count()).toBe(before + written);
    const rows = await db.incident.findMany({
      where: { id: { startsWith: "bench-inc-" } },
      select: {
        status: true,
        closeAfterDays: true,
        reopenCount: true,
        reportedAt: true,
        calendar: true,
      },
    });
    expect(rows).toHaveLength(written);
    expect(rows.every((r) => r.closeAfterDays === 7 && r.reopenCount === 0)).toBe(true);
    expect(rows.every((r) => r.reportedAt <= NOW)).toBe(true);
    expect(
      rows.every((r) => (r.calendar as { timeZone?: string }).timeZone === "Europe/Paris"),
    ).toBe(true);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThan(3);
    // The queue reads their deadlines on the collège's clock: every state of it, no error.
    const queue = await listIncidents(await contextAs(users.agent35!, C35), {
      etat: "tous",
      file: "toutes",
      pageSize: 200,
    });
    expect(queue.total).toBeGreaterThan(written);
    expect(new Set(queue.items.map((i) => i.sla.state)).size).toBeGreaterThan(1);
  }, 120_000);
});
