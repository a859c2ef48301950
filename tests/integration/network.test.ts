import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveNetworkProfile } from "@/lib/network/write-network";
import { getCollegeNetwork } from "@/lib/network/read-network";
import { getNetworkPanel, saveNetworkThresholds } from "@/lib/network/panel";
import {
  createUsers,
  people,
  resetEffectifs,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { A14, A70, C22, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { open, type Page } from "../support/pages";
import { signInAs } from "../support/session";

// Connectivity (issue 19), first part: the collectivité records a collège's network (its
// competence) with the history of its speeds and rooms; the académie and the collège read it,
// assessed against the thresholds (ADF 2017 defaults). No other party records it; other scopes get
// not found, and a refused form writes nothing.

const users: Record<string, string> = {};
const as = accessAs(users);
const G = E(UAI.gayeulles);
const R = E(UAI.rennes35b);

const form = {
  uai: UAI.gayeulles,
  accessTechnology: "FIBRE_FTTO",
  downMbps: "100",
  upMbps: "100",
  operator: "Opérateur fictif",
  contractEndsOn: "2027-06-30",
  teachingRooms: "30",
  wifiRooms: "24",
  filteringParty: "COLLECTIVITE",
  entName: "Toutatice",
  garEnabled: "oui",
};

/** The profile, its measures and the journal's size, to compare before and after a refusal. */
const state = async () =>
  JSON.stringify({
    profiles: await db.networkProfile.findMany({ orderBy: { id: "asc" } }),
    thresholds: await db.networkThresholds.findMany({ orderBy: { collectiviteId: "asc" } }),
    measures: await db.networkMeasure.count(),
    events: await db.auditEvent.count(),
  });

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await resetEffectifs([[UAI.gayeulles, 2025, 625]]);
  await createUsers(users, {
    ...people("agent35", "elu35", "agent22", "drane14", "drane70", "chefG", "chefR"),
  });
});

describe("recording a collège's network", () => {
  it("is the collectivité's agents', refused to every other party and scope, nothing written", async () => {
    for (const [user, scope, code] of [
      ["elu35", C35, "FORBIDDEN"],
      ["drane14", A14, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
      ["agent22", C22, "NOT_FOUND"],
    ] as const) {
      const before = await state();
      expect(
        (await appErrorOf(async () => saveNetworkProfile(await as(user, scope), form))).code,
      ).toBe(code);
      expect(await state()).toBe(before);
    }
    const before = await state();
    expect(
      (
        await appErrorOf(async () =>
          saveNetworkProfile(await as("agent35", C35), { ...form, uai: UAI.bourbriac22 }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    await expect(
      saveNetworkProfile(await as("agent35", C35), { ...form, wifiRooms: "31" }),
    ).rejects.toThrow("Salles couvertes par le Wi-Fi : pas plus que les salles d'enseignement.");
    await expect(
      saveNetworkProfile(await as("agent35", C35), { ...form, downMbps: "rapide" }),
    ).rejects.toThrow("Débit descendant : un débit en Mbit/s");
    expect(await state()).toBe(before);
  });

  it("is refused on a private collège, whose network is not the collectivité's", async () => {
    await db.etablissement.update({ where: { uai: UAI.rennes35b }, data: { secteur: "PRIVE" } });
    const before = await state();
    await expect(
      saveNetworkProfile(await as("agent35", C35), { ...form, uai: UAI.rennes35b }),
    ).rejects.toThrow("établissement privé");
    expect((await getCollegeNetwork(await as("agent35", C35), UAI.rennes35b))!.canEdit).toBe(false);
    expect(await state()).toBe(before);
    await db.etablissement.update({ where: { uai: UAI.rennes35b }, data: { secteur: "PUBLIC" } });
  });

  it("keeps the history of the speeds and rooms, and changes nothing when nothing changed", async () => {
    const agent = await as("agent35", C35);
    expect(await saveNetworkProfile(agent, form)).toEqual({ changed: true });
    const college = await db.etablissement.findUniqueOrThrow({ where: { uai: UAI.gayeulles } });
    expect(
      await db.networkProfile.findUnique({ where: { etablissementId: college.id } }),
    ).toMatchObject({
      downKbps: 100_000,
      teachingRooms: 30,
      wifiRooms: 24,
      garEnabled: true,
      source: "saisie",
    });
    expect(await db.networkMeasure.count({ where: { etablissementId: college.id } })).toBe(4);
    const before = await state();
    expect(await saveNetworkProfile(agent, form)).toEqual({ changed: false });
    expect(await state()).toBe(before);
    // The fibre is upgraded: one new speed in the history, the rooms unchanged.
    await saveNetworkProfile(agent, { ...form, downMbps: "1000" });
    const measures = await db.networkMeasure.findMany({
      where: { etablissementId: college.id, kind: "DEBIT_DESCENDANT" },
      orderBy: { recordedAt: "asc" },
    });
    expect(measures.map((m) => m.value)).toEqual([100_000, 1_000_000]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "network.update" },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({ etablissementId: college.id, academieCode: "14" });
    expect(event.before).toEqual({ downKbps: 100_000 });
  });
});

describe("reading a collège's network", () => {
  it("is assessed against the thresholds for the collectivité, the académie and the collège", async () => {
    for (const [user, scope] of [
      ["agent35", C35],
      ["elu35", C35],
      ["drane14", A14],
      ["chefG", G],
    ] as const) {
      const network = (await getCollegeNetwork(await as(user, scope), UAI.gayeulles))!;
      // 1 Gbit/s for 625 élèves: 1 600 kbit/s each; 24 rooms of 30 covered.
      expect(network.assessment).toMatchObject({
        band: "ELEVE",
        perPupilKbps: 1600,
        coveragePct: 80,
        ready: false,
        issues: ["Wi-Fi dans 80 % des salles"],
      });
      expect(network.canEdit).toBe(user === "agent35");
      expect(network.thresholds.customised).toBe(false);
    }
  });

  it("is not found to another collectivité, académie or collège", async () => {
    for (const [user, scope] of [
      ["agent22", C22],
      ["drane70", A70],
      ["chefR", R],
    ] as const)
      expect(
        (await appErrorOf(async () => getCollegeNetwork(await as(user, scope), UAI.gayeulles)))
          .code,
      ).toBe("NOT_FOUND");
  });
});

describe("the collectivité's network panel and thresholds", () => {
  it("counts the collèges by band and lists the contracts ending within 12 months", async () => {
    const panel = await getNetworkPanel(await as("agent35", C35), new Date("2026-12-07T10:00:00Z"));
    expect(panel.rows.map((r) => r.uai).sort()).toEqual([UAI.gayeulles, UAI.rennes35b].sort());
    expect(panel.byBand.find((b) => b.band === "ELEVE")?.colleges).toBe(1);
    expect(panel.byBand.find((b) => b.band === "INCONNU")?.colleges).toBe(1);
    expect(panel.contracts.map((r) => r.uai)).toEqual([UAI.gayeulles]);
    expect(panel).toMatchObject({ recorded: 1, ready: 0, notReady: 1, canEdit: true });
    for (const [user, scope] of [
      ["drane14", A14],
      ["chefG", G],
    ] as const)
      expect((await appErrorOf(async () => getNetworkPanel(await as(user, scope)))).code).toBe(
        "NOT_FOUND",
      );
  });

  it("takes the collectivité's own thresholds, set by its agents only", async () => {
    const thresholds = {
      kbpsPerPupil: "100",
      criticalMbps: "50",
      targetMbps: "100",
      highMbps: "200",
      wifiCoveragePct: "75",
    };
    const before = await state();
    for (const [user, scope, code] of [
      ["elu35", C35, "FORBIDDEN"],
      ["drane14", A14, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
    ] as const)
      expect(
        (await appErrorOf(async () => saveNetworkThresholds(await as(user, scope), thresholds)))
          .code,
      ).toBe(code);
    await expect(
      saveNetworkThresholds(await as("agent35", C35), { ...thresholds, targetMbps: "40" }),
    ).rejects.toThrow("vont en croissant");
    expect(await state()).toBe(before);
    expect(await db.networkThresholds.count()).toBe(0);

    // Another collectivité's thresholds do not change the 35's reading.
    await saveNetworkThresholds(await as("agent22", C22), { ...thresholds, wifiCoveragePct: "10" });
    expect(
      (await getCollegeNetwork(await as("agent35", C35), UAI.gayeulles))!.assessment.ready,
    ).toBe(false);
    // With 75 % of the rooms as its target, Les Gayeulles (80 %) is ready.
    await saveNetworkThresholds(await as("agent35", C35), thresholds);
    const network = (await getCollegeNetwork(await as("chefG", G), UAI.gayeulles))!;
    expect(network.thresholds).toMatchObject({ customised: true, wifiCoveragePct: 75 });
    expect(network.assessment).toMatchObject({ ready: true, issues: [] });
  });

  it("opens the panel page to the collectivité only", async () => {
    const page = (await import("@/app/c/[code]/etablissements/reseau/page")).default as Page;
    signInAs(users.agent35!);
    expect(await open(page, { code: "35" }, 1)).toBe("ouverte");
    signInAs(users.agent22!);
    expect(await open(page, { code: "35" }, 1)).toBe("404");
  });
});
