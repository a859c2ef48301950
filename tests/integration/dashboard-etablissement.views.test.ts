import { beforeAll, describe, expect, it } from "vitest";
import { listConventions } from "@/lib/conventions/list-conventions";
import { getConvention } from "@/lib/conventions/get-convention";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { listNeeds } from "@/lib/campaigns/get-campaign";
import { getEtablissementIndicators } from "@/lib/inventory/indicators";
import { getEtablissementGaps } from "@/lib/inventory/gaps";
import { getEtablissementAllocations } from "@/lib/budgets/allocations-per-pupil";
import {
  getCollegeAllocations,
  getEtablissementDashboard,
} from "@/lib/dashboards/etablissement-dashboard";
import { getCollegeCampaigns } from "@/lib/dashboards/etablissement-campaigns";
import {
  getCollegeConvention,
  getCollegeEquipmentConvention,
} from "@/lib/dashboards/etablissement-convention";
import { createConvention } from "@/lib/conventions/create-convention";
import { listConventionsToSign } from "@/lib/dashboards/etablissement-to-sign";
import { equipmentComparison, matrixByHolder } from "@/lib/dashboards/etablissement-tables";
import { UAI } from "../support/fixtures";
import { C35, E } from "../support/access";
import {
  NOW,
  EUR,
  ids,
  as,
  AMENDED,
  seedDashboardEtablissement,
} from "./dashboard-etablissement.fixtures";

beforeAll(seedDashboardEtablissement);

describe("what is waiting", () => {
  it("lists the conventions awaiting the EPLE's signature, exactly the « à signer » tab of the list", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    const dashboard = await getEtablissementDashboard(ctx, {}, NOW);
    const list = await listConventions(ctx, { tab: "a-signer" }, NOW);
    expect(dashboard.toSign.map((c) => c.id)).toEqual(list.items.map((c) => c.id));
    expect(dashboard.toSign.map((c) => c.reference)).toEqual(["AV-35-2026-0002"]);
    expect(dashboard.toSign.length).toBe(list.counts["a-signer"]);
    // A member who does not sign is waited for by none.
    expect(await listConventionsToSign(await as("gestG", E(UAI.gayeulles)))).toEqual([]);
  });

  it("shows the open campaign with the collège's needs and the decisions of the arbitrated one, as the campaigns list counts them", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    const { open, decisions } = await getCollegeCampaigns(ctx, NOW);
    const list = await listCampaigns(ctx, NOW);
    const listed = (id: string) => list.find((c) => c.id === id)!;
    expect(open.map((c) => [c.id, c.needs])).toEqual([[ids.open, 2]]);
    expect(open[0]!.needs).toBe(listed(ids.open).needs);
    expect(open[0]!.closesOn).toEqual(new Date("2026-04-30"));
    expect(decisions).toHaveLength(1);
    const d = decisions[0]!;
    expect([d.id, d.needs, d.byStatus, d.acceptedCents]).toEqual([
      ids.arbitrated,
      3,
      { ACCEPTE: 1, PARTIEL: 1, REFUSE: 1 },
      9_000n * EUR,
    ]);
    expect(d.needs).toBe(listed(ids.arbitrated).needs);
    expect(d.byStatus.ACCEPTE + d.byStatus.PARTIEL + d.byStatus.REFUSE).toBe(
      listed(ids.arbitrated).decided,
    );
    expect(d.acceptedCents).toBe(listed(ids.arbitrated).acceptedCents);
    // Each decision count links to the campaign's needs filtered by status: the same figure.
    const accepted = await listNeeds(
      ctx,
      { id: ids.arbitrated, status: "ARBITREE" },
      { status: "ACCEPTE" },
    );
    expect(accepted.total).toBe(d.byStatus.ACCEPTE);
  });
});

describe("my convention", () => {
  it("gives the convention in force with the consolidated version's responsibility matrix, grouped by holder", async () => {
    const ctx = await as("refG", E(UAI.gayeulles));
    const { inForce, inProgress } = await getCollegeConvention(ctx, NOW);
    expect(inProgress).toBeNull();
    expect(inForce).toMatchObject({
      id: ids.inForce,
      reference: "CT-35-2025-0001",
      status: "EN_VIGUEUR",
      version: { number: 1, reference: "AV-35-2026-0001", kind: "AVENANT" },
    });
    expect(inForce!.startsOn).toEqual(new Date("2025-09-01"));
    expect(inForce!.endsOn).toEqual(new Date("2028-08-31"));
    const detail = await getConvention(ctx, ids.inForce, NOW);
    expect(inForce!.matrix).toEqual(detail.inForce!.content.matrix);
    expect(inForce!.matrix).toEqual(AMENDED.matrix);
    const groups = matrixByHolder(inForce!.matrix);
    expect(groups.map((g) => g.label)).toEqual(["Collectivité", "État", "EPLE", "Partagé"]);
    expect(groups.flatMap((g) => g.rows)).toHaveLength(AMENDED.matrix.length);
    expect(groups.find((g) => g.holder === "COLLECTIVITE")!.rows.map((r) => r.domain)).toContain(
      "Maintenance de niveau 1",
    );
    expect(groups.find((g) => g.holder === "EPLE")!.rows.map((r) => r.domain)).toEqual([
      "Maintenance de niveau 0",
    ]);
  });

  it("says none is in force and shows the one in signature, with whose signature is awaited", async () => {
    const ctx = await as("chefR", E(UAI.rennes35b));
    const { inForce, inProgress } = await getCollegeConvention(ctx, NOW);
    expect(inForce).toBeNull();
    expect(inProgress).toMatchObject({
      id: ids.rennesDraft,
      status: "EN_SIGNATURE",
      version: { number: 1, reference: "CT-35-2026-0002" },
    });
    expect([...inProgress!.awaiting].sort()).toEqual(["EPLE", "ETAT"]);
    expect(inProgress!.matrix).toEqual(DEFAULT_TRIPARTITE_CONTENT.matrix);
    const enVigueur = await listConventions(ctx, { tab: "en-vigueur" }, NOW);
    expect(enVigueur.total).toBe(0);
  });

  it("says where the convention collectivité–EPLE stands, for its own collège only", async () => {
    const chef = await as("chefR", E(UAI.rennes35b));
    expect(await getCollegeEquipmentConvention(chef, NOW)).toBeNull();
    const created = await createConvention(await as("agent35", C35), {
      kind: "BIPARTITE_EPLE",
      uai: UAI.rennes35b,
    });
    expect(await getCollegeEquipmentConvention(chef, NOW)).toMatchObject({
      id: created.id,
      reference: created.reference,
      status: "BROUILLON",
      awaiting: [],
    });
    expect((await getEtablissementDashboard(chef, {}, NOW)).equipmentConvention?.id).toBe(
      created.id,
    );
    // Not the tripartite's « Ma convention », and nothing of it in another collège's dashboard.
    expect((await getCollegeConvention(chef, NOW)).inProgress?.id).toBe(ids.rennesDraft);
    expect(await getCollegeEquipmentConvention(await as("refG", E(UAI.gayeulles)), NOW)).toBeNull();
  });
});

describe("inventory and allocations", () => {
  it("shows the collège's indicators and gaps as the inventory pages compute them", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    const dashboard = await getEtablissementDashboard(ctx, {}, NOW);
    const indicators = await getEtablissementIndicators(ctx, UAI.gayeulles, NOW);
    expect(dashboard.inventory!.indicators).toEqual(indicators);
    expect(dashboard.inventory!.gaps).toEqual(await getEtablissementGaps(ctx, UAI.gayeulles, NOW));
    expect(dashboard.inventory!.summary.total).toBe(117);
    expect(indicators.college.indicators).toMatchObject({
      terminauxPour100: 25,
      elevesParTerminal: 4,
      partPlus5Ans: 20,
    });
    // Per 1 000 pupils: 250 terminals here; 300 over 1 000 pupils of 35; 338 nationally (33,8 per 100).
    const lines = equipmentComparison(indicators);
    expect(lines.map((l) => [l.key, l.college, l.average, l.reference])).toEqual([
      ["terminaux", 250, 300, 338],
      ["affichages", 15, 15, 11],
      ["videoprojecteurs", 25, 10, 31],
      ["classesMobiles", 2.5, 1, null],
    ]);
  });

  it("gives the exercice's allocations as the dotations page does, with the exercice taken from the URL", async () => {
    const ctx = await as("gestG", E(UAI.gayeulles));
    const dashboard = await getEtablissementDashboard(ctx, { exercice: "2026" }, NOW);
    const { figures, items } = await getEtablissementAllocations(ctx, { exercice: 2026 });
    expect(dashboard.allocations).toMatchObject({ exercice: 2026, count: items.length, figures });
    expect(figures.totalCents).toBe(45_451n * EUR);
    expect(figures.perPupilCents).toBe(11_363n);
    const previous = await getEtablissementDashboard(ctx, { exercice: ["2025"] }, NOW);
    expect(previous.allocations).toMatchObject({
      exercice: 2025,
      count: 1,
      figures: { totalCents: 1_000n * EUR },
    });
    expect(previous.allocations!.exercices).toEqual([2026, 2025]);
    // A value that is not a year falls back to the current exercice.
    expect(
      (await getEtablissementDashboard(ctx, { exercice: "deux mille" }, NOW)).allocations!.exercice,
    ).toBe(2026);
  });

  it("shows no allocations to the référent, who may not read them", async () => {
    const ctx = await as("refG", E(UAI.gayeulles));
    const dashboard = await getEtablissementDashboard(ctx, { exercice: "2026" }, NOW);
    expect(dashboard.allocations).toBeNull();
    expect(dashboard.toSign).toEqual([]);
    await expect(getCollegeAllocations(ctx, { exercice: 2026 }, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
