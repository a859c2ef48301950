import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveNetworkProfile } from "@/lib/network/write-network";
import { getAcademieNetwork } from "@/lib/network/academie-view";
import { campaignNetworkWarnings } from "@/lib/campaigns/network-gate";
import { networkWarnings } from "@/lib/network/readiness-gate";
import { getRenewalPlan } from "@/lib/inventory/renewal-plan";
import { createEquipment } from "@/lib/inventory/save-equipment";
import { createUsers, people, resetEffectifs, UAI } from "../support/fixtures";
import { A14, A70, C22, C35, E } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { open, type Page } from "../support/pages";
import { signInAs } from "../support/session";
import { users, as, ids } from "./campaigns.fixtures";
import { seedCampaignsUpTo } from "./campaigns.story";

// Connectivity (issue 19): the readiness gate warns, before a decision, of the collèges asking for
// interactive or mobile equipment whose network is below the thresholds or unknown; the académie
// compares its départements side by side. Each is read in its own scope only.

beforeAll(async () => {
  // Les Gayeulles asks for portables and 3 ENI; the DRANE gave its opinions.
  await seedCampaignsUpTo("opinions")();
  await createUsers(users, people("agent22"));
  await resetEffectifs([[UAI.gayeulles, 2025, 625]]);
});

describe("the readiness gate of a needs campaign", () => {
  it("lists Les Gayeulles while its network is unknown, then below 50 Mbit/s, not once ready", async () => {
    const agent = await as("agent35", C35);
    const unknown = await campaignNetworkWarnings(agent, ids.campaign);
    expect(unknown).toMatchObject([
      { uai: UAI.gayeulles, ready: null, needs: ["Écran numérique interactif (ENI) × 3"] },
    ]);
    expect(unknown[0]!.text).toContain("réseau inconnu");
    const network = {
      uai: UAI.gayeulles,
      downMbps: "20",
      teachingRooms: "30",
      wifiRooms: "30",
    };
    await saveNetworkProfile(agent, network);
    const below = await campaignNetworkWarnings(agent, ids.campaign);
    expect(below).toMatchObject([{ uai: UAI.gayeulles, ready: false }]);
    expect(below[0]!.text).toContain("débit sous 50 Mbit/s");
    await saveNetworkProfile(agent, { ...network, downMbps: "500" });
    expect(await campaignNetworkWarnings(agent, ids.campaign)).toEqual([]);
    await saveNetworkProfile(agent, network);
  });

  it("is the deciding collectivité's: the académie, the collège and another collectivité get nothing", async () => {
    for (const [user, scope] of [
      ["drane14", A14],
      ["chefG", E(UAI.gayeulles)],
      ["agent22", C22],
    ] as const)
      expect(await campaignNetworkWarnings(await as(user, scope), ids.campaign)).toEqual([]);
  });
});

describe("the readiness gate of the renewal plan", () => {
  it("names the collèges renewing interactive or mobile equipment, read in the collectivité only", async () => {
    const agent = await as("agent35", C35);
    await createEquipment(agent, {
      uai: UAI.gayeulles,
      category: "ENI",
      serialNumber: "ENI-GATE-1",
      status: "EN_SERVICE",
      usage: "PEDAGOGIQUE",
      acquiredOn: "2015-09-01",
    });
    const plan = await getRenewalPlan(agent, {});
    expect(plan.networkDependent).toEqual([{ uai: UAI.gayeulles, count: 1 }]);
    const warnings = await networkWarnings(agent, [UAI.gayeulles]);
    expect(warnings.get(UAI.gayeulles)).toMatchObject({ ready: false });
    // Another collectivité, the académie and the collège read no warning of the 35's collèges.
    for (const [user, scope] of [
      ["agent22", C22],
      ["drane14", A14],
      ["chefG", E(UAI.gayeulles)],
    ] as const)
      expect((await networkWarnings(await as(user, scope), [UAI.gayeulles])).size).toBe(0);
  });
});

describe("the académie's network by département", () => {
  it("puts the départements side by side for the académie, its own only", async () => {
    await saveNetworkProfile(await as("agent22", C22), {
      uai: UAI.bourbriac22,
      downMbps: "300",
      teachingRooms: "10",
      wifiRooms: "10",
    });
    const rows = await getAcademieNetwork(await as("drane14", A14));
    expect(rows.map((r) => [r.code, r.colleges, r.recorded, r.critical])).toEqual([
      ["22", 1, 1, 0],
      ["35", 2, 1, 1],
    ]);
    const normandie = await getAcademieNetwork(await as("drane70", A70));
    expect(normandie.map((r) => r.code)).toEqual(["14"]);
    expect(normandie[0]!.recorded).toBe(0);
    expect((await appErrorOf(async () => getAcademieNetwork(await as("agent35", C35)))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("opens the page to the académie's members, not found to another académie", async () => {
    const page = (await import("@/app/a/[code]/etablissements/reseau/page")).default as Page;
    signInAs(users.drane14!);
    expect(await open(page, { code: "14" }, 1)).toBe("ouverte");
    signInAs(users.drane70!);
    expect(await open(page, { code: "14" }, 1)).toBe("404");
    expect(await db.networkProfile.count()).toBe(2);
  });
});
