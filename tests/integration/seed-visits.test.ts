import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { localDay } from "@/lib/assistance/working-time";
import { unsafeSeedDemoInventory } from "@/prisma/seed/seed-inventory";
import { unsafeSeedDemoConventions } from "@/prisma/seed/seed-conventions";
import { unsafeSeedDemoIncidents } from "@/prisma/seed/seed-incidents";
import { unsafeSectorOfCollege, unsafeSeedDemoSectors } from "@/prisma/seed/seed-sectors";
import { unsafeSeedDemoVisits } from "@/prisma/seed/seed-visits";
import {
  createUser,
  createUsers,
  people,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";

const NOW = new Date("2026-12-07T10:00:00Z");
const COLLEGES = [
  ...Object.values(UAI),
  ...["0350033W", "0350039C", "0350052S", "0350057X"],
  ...["0140049C", "0140072C", "0140077H", "0140086T", "0141135H"],
];
const users: Record<string, string> = {};

beforeAll(async () => {
  await seedReferentialsAndColleges(COLLEGES);
  await unsafeSeedDemoSectors(db);
  await createUsers(users, people("chefG", "agent35"));
  users.tech = await createUser("tech.gayeulles@test.fr", [
    {
      scopeType: "COLLECTIVITE",
      role: "TECHNICIEN",
      key: "35",
      sectorId: await unsafeSectorOfCollege(db, UAI.gayeulles),
    },
  ]);
  await unsafeSeedDemoInventory(db, { rentree: 2024, now: NOW });
  await unsafeSeedDemoConventions(db, NOW);
  await unsafeSeedDemoIncidents(db, { now: NOW });
}, 300_000);

describe("demo rounds", () => {
  it("plans two half-days a month in the collèges of a secteur with a technician, never two at once, and links the incidents reported on a visit", async () => {
    const report = await unsafeSeedDemoVisits(db, { now: NOW });
    expect(report.visits).toBeGreaterThan(20);
    const sectorId = await unsafeSectorOfCollege(db, UAI.gayeulles);
    const visits = await db.visit.findMany({
      select: {
        id: true,
        plannedOn: true,
        halfDay: true,
        status: true,
        report: true,
        doneAt: true,
        technicianId: true,
        etablissement: { select: { sectorId: true, uai: true } },
      },
    });
    expect(visits).toHaveLength(report.visits);
    // Only the secteur that has a technician, all by them.
    expect(new Set(visits.map((v) => v.etablissement.sectorId))).toEqual(new Set([sectorId]));
    expect(visits.every((v) => v.technicianId === users.tech)).toBe(true);
    const key = (v: (typeof visits)[number], who: string) =>
      `${who}:${v.plannedOn.toISOString()}:${v.halfDay}`;
    expect(new Set(visits.map((v) => key(v, v.technicianId!))).size).toBe(visits.length);
    expect(new Set(visits.map((v) => key(v, v.etablissement.uai))).size).toBe(visits.length);
    const today = "2026-12-07";
    for (const v of visits) {
      const day = v.plannedOn.toISOString().slice(0, 10);
      if (day >= today) expect(v).toMatchObject({ status: "PREVUE", report: null, doneAt: null });
      else if (v.status === "REALISEE") {
        expect(v.report).toBeTruthy();
        expect(localDay(v.doneAt!, "Europe/Paris")).toBe(day);
      } else expect(v).toMatchObject({ status: "ANNULEE", doneAt: null });
    }
    expect(visits.some((v) => v.status === "ANNULEE")).toBe(true);
    // Gayeulles' visits: about two a month over fifteen months, on working days.
    const gayeulles = visits.filter((v) => v.etablissement.uai === UAI.gayeulles);
    expect(gayeulles.length).toBeGreaterThanOrEqual(25);
    expect(gayeulles.every((v) => ![0, 6].includes(v.plannedOn.getUTCDay()))).toBe(true);

    // Every incident the technician reported hangs on a visit of its collège, that day, done.
    const onRounds = await db.incident.findMany({
      where: { reporterId: users.tech },
      select: {
        reportedAt: true,
        etablissementId: true,
        visit: { select: { plannedOn: true, status: true, etablissementId: true } },
      },
    });
    expect(onRounds.length).toBe(report.linked);
    expect(report.linked).toBeGreaterThan(0);
    for (const i of onRounds) {
      expect(i.visit).toMatchObject({ status: "REALISEE", etablissementId: i.etablissementId });
      expect(i.visit!.plannedOn.toISOString().slice(0, 10)).toBe(
        localDay(i.reportedAt, "Europe/Paris"),
      );
    }

    const before = await db.visit.count();
    expect(await unsafeSeedDemoVisits(db, { now: NOW })).toEqual({ visits: 0, linked: 0 });
    expect(await db.visit.count()).toBe(before);
  }, 120_000);
});
