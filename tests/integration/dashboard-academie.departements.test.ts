import { beforeAll, describe, expect, it } from "vitest";
import { listConventions } from "@/lib/conventions/list-conventions";
import { getConventionCoverage } from "@/lib/conventions/coverage";
import { getInventoryIndicators } from "@/lib/inventory/indicators";
import { getCampaign, listNeeds } from "@/lib/campaigns/get-campaign";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { getAcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { getConventionsToSign } from "@/lib/dashboards/academie-to-sign";
import { UAI } from "../support/fixtures";
import { A14 } from "../support/access";
import { NOW, campaigns, as, seedDashboardAcademie } from "./dashboard-academie.fixtures";

beforeAll(seedDashboardAcademie);

describe("conventions waiting for my signature", () => {
  it("counts and lists listConventions's « à signer » tab, for every member who signs", async () => {
    for (const user of ["drane14", "recteur14"]) {
      const ctx = await as(user, A14);
      const [toSign, list] = await Promise.all([
        getConventionsToSign(ctx, NOW),
        listConventions(ctx, { tab: "a-signer" }, NOW),
      ]);
      expect(toSign!.count).toBe(list.counts["a-signer"]);
      expect(toSign!.count).toBe(3);
      expect(toSign!.items.map((i) => i.id)).toEqual(list.items.slice(0, 5).map((i) => i.id));
      expect(toSign!.items.map((i) => i.etablissement?.uai ?? "cadre").sort()).toEqual(
        [UAI.bourbriac22, UAI.rennes35b, "cadre"].sort(),
      );
    }
  });

  it("is absent for a reader, who does not sign", async () => {
    expect(await getConventionsToSign(await as("lecteur14", A14), NOW)).toBeNull();
  });
});

describe("the départements side by side", () => {
  it("lists the académie's own départements only, including one without collèges in the data", async () => {
    const d = await getAcademieDashboard(await as("lecteur14", A14), {}, NOW);
    expect(d.departements.map((x) => x.code)).toEqual(["22", "29", "35", "56"]);
    expect(d.departements.find((x) => x.code === "56")).toMatchObject({
      coverage: { colleges: 0 },
      indicators: null,
      needsAwaitingOpinion: 0,
    });
    expect(d.filter).toEqual({ kind: "all" });
    expect(d.drill).toBeNull();
  });

  it("gives each département getConventionCoverage's coverage (its collectivité has the département's code)", async () => {
    const ctx = await as("drane14", A14);
    const [d, coverage] = await Promise.all([
      getAcademieDashboard(ctx, {}, NOW),
      getConventionCoverage(ctx, NOW),
    ]);
    expect(coverage.length).toBe(3);
    for (const row of coverage) {
      const { colleges, inForce, inSignature, drafts } = row;
      expect(d.departements.find((x) => x.code === row.collectiviteCode)!.coverage).toEqual({
        colleges,
        inForce,
        inSignature,
        drafts,
      });
    }
    expect(d.departements.find((x) => x.code === "35")!.coverage).toEqual({
      colleges: 3,
      inForce: 1,
      inSignature: 2,
      drafts: 0,
    });
    expect(d.departements.find((x) => x.code === "29")!.coverage).toEqual({
      colleges: 1,
      inForce: 0,
      inSignature: 0,
      drafts: 1,
    });
    const sum = (key: "colleges" | "inForce" | "inSignature" | "drafts") =>
      coverage.reduce((s, r) => s + r[key], 0);
    expect(d.total.coverage).toEqual({
      colleges: sum("colleges"),
      inForce: sum("inForce"),
      inSignature: sum("inSignature"),
      drafts: sum("drafts"),
    });
  });

  it("counts the signature backlog as the conventions list does, per département and for the académie", async () => {
    const ctx = await as("drane14", A14);
    const d = await getAcademieDashboard(ctx, {}, NOW);
    for (const x of d.departements) {
      const [inSignature, toSign] = await Promise.all([
        listConventions(ctx, { tab: "en-signature", departement: x.code }, NOW),
        listConventions(ctx, { tab: "a-signer", departement: x.code }, NOW),
      ]);
      expect(x.backlog).toEqual({
        inSignature: inSignature.counts["en-signature"],
        awaitingAcademie: toSign.counts["a-signer"],
      });
    }
    const all = await listConventions(ctx, { tab: "toutes" }, NOW);
    expect(d.total.backlog).toEqual({
      inSignature: all.counts["en-signature"],
      awaitingAcademie: all.counts["a-signer"],
    });
    expect(d.departements.find((x) => x.code === "35")!.backlog).toEqual({
      inSignature: 2,
      awaitingAcademie: 1,
    });
    expect(d.cadres).toEqual({ inSignature: 1, awaitingAcademie: 1 });
    // A reader sees the same backlog, though no « à signer » tab of their own.
    expect((await getAcademieDashboard(await as("lecteur14", A14), {}, NOW)).total.backlog).toEqual(
      d.total.backlog,
    );
  });

  it("takes each département's equipment indicators from getInventoryIndicators", async () => {
    const ctx = await as("drane14", A14);
    const [d, indicators] = await Promise.all([
      getAcademieDashboard(ctx, {}, NOW),
      getInventoryIndicators(ctx, {}, NOW),
    ]);
    for (const i of indicators.byDepartement)
      expect(d.departements.find((x) => x.code === i.code)!.indicators).toEqual(i.aggregate);
    expect(d.total.indicators).toEqual(indicators.total);
    const d35 = d.departements.find((x) => x.code === "35")!.indicators!;
    // 120 + 30 laptops and 90 tablets for 400 + 600 + 500 pupils (the reformed one is not in service).
    expect(d35.counts.terminaux).toBe(240);
    expect(d35.indicators.terminauxPour100).toBeCloseTo(16);
    expect(d35.age).toEqual({ terminauxDates: 150, terminauxPlus5Ans: 30, terminauxSansDate: 90 });
    expect(d.references.terminauxPour100.value).toBe("33,8");
  });

  it("counts the needs awaiting the académie's opinion as the campaigns' detail does", async () => {
    const ctx = await as("drane14", A14);
    const d = await getAcademieDashboard(ctx, {}, NOW);
    expect(d.campaigns.map((c) => c.title).sort()).toEqual(["Campagne 22", "Campagne 35"]);
    for (const c of d.campaigns) {
      const detail = await getCampaign(ctx, c.id, NOW);
      const withoutOpinion = await listNeeds(ctx, detail.campaign, { opinion: "SANS" });
      expect(c.awaitingOpinion).toBe(detail.totals.needs - detail.totals.opinions);
      expect(c.awaitingOpinion).toBe(withoutOpinion.total);
      expect(c.needs).toBe(detail.totals.needs);
    }
    const listed = await listCampaigns(ctx, NOW);
    expect(listed.find((c) => c.id === campaigns.open35)).toMatchObject({ needs: 4, opinions: 1 });
    expect(d.departements.map((x) => [x.code, x.needsAwaitingOpinion])).toEqual([
      ["22", 1],
      ["29", 0],
      ["35", 3],
      ["56", 0],
    ]);
    expect(d.total.needsAwaitingOpinion).toBe(
      d.campaigns.reduce((s, c) => s + c.awaitingOpinion, 0),
    );
  });
});
