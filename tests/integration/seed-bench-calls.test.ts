import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeSeedBenchCalls } from "@/bench/seed-calls";
import { benchEmail, type BenchPerson } from "@/prisma/seed/shared/bench-accounts";
import { createUser, seedReferentialsAndColleges } from "../support/fixtures";

// The benchmark's appels à projets (issue 18): three calls per collectivité with dossiers in
// every state, consistent with what the product itself writes (scores within the grid, a retained
// dossier funded by an allocation, delivered, and reported on), and reproducible.

const NOW = new Date("2026-12-01T10:00:00Z");
const people = new Map<string, BenchPerson>();

/** Eighty collèges of the 35 from the national file: enough for dossiers in every state. */
const UAIS_35 = readFileSync(path.join(process.cwd(), "data", "colleges-france.csv"), "utf8")
  .split(/\r?\n/)
  .filter((line) => /^035\d{4}[A-Z];/.test(line))
  .slice(0, 80)
  .map((line) => line.slice(0, 8));

beforeAll(async () => {
  await seedReferentialsAndColleges(UAIS_35);
  for (const email of [
    benchEmail.collectivite("AGENT", "35"),
    benchEmail.academie("DRANE", "Rennes"),
  ]) {
    const id = await createUser(email, []);
    people.set(email, { id, name: email, email, qualite: null, delegationReference: null });
  }
});

describe("benchmark calls", () => {
  it("writes an open call, one in instruction and a decided one, each dossier consistent", async () => {
    const collectivite = await db.collectivite.findUniqueOrThrow({ where: { code: "35" } });
    const colleges = await db.etablissement.findMany({
      where: { collectiviteId: collectivite.id, secteur: "PUBLIC" },
      select: { id: true, uai: true },
    });
    const input = [
      {
        id: collectivite.id,
        code: "35",
        academieCode: "14",
        academieName: "Rennes",
        unitCosts: { ENI: 400_000, CLASSE_MOBILE: 1_200_000 },
        colleges,
      },
    ];
    const report = await unsafeSeedBenchCalls(db, input, { seed: 1, now: NOW, people });
    expect(colleges.length).toBeGreaterThan(20);
    expect(report.calls).toBe(3);
    expect(await db.projectCall.count()).toBe(3);
    expect(await db.projectApplication.count()).toBe(report.applications);
    const calls = await db.projectCall.findMany({
      include: { applications: { include: { scores: true, reports: true, allocation: true } } },
      orderBy: { closesOn: "desc" },
    });
    expect(calls.map((c) => c.academieCode)).toEqual(["14", "14", "14"]);
    expect(calls[0]!.applications.every((a) => a.scores.length === 0 && !a.decision)).toBe(true);
    for (const a of calls.flatMap((c) => c.applications)) {
      for (const s of a.scores) {
        expect(s.points.every((p, i) => p <= [50, 30, 20][i]!)).toBe(true);
        expect(s.total).toBe(s.points.reduce((x, y) => x + y, 0));
      }
      const retained = a.decision === "RETENU";
      expect(Boolean(a.allocation)).toBe(retained);
      expect(Boolean(a.deliveredOn)).toBe(retained);
      if (a.allocation) expect(a.allocation.amountCents).toBe(a.grantedCents);
      if (a.decision) expect(a.scores).toHaveLength(2);
    }
    expect(calls[2]!.applications.some((a) => a.decision === "RETENU")).toBe(true);
  });
});
