import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { openCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed, updateNeed, withdrawNeed } from "@/lib/campaigns/submit-need";
import { giveOpinion } from "@/lib/campaigns/give-opinion";
import { decideNeed } from "@/lib/campaigns/decide-need";
import { closeArbitration } from "@/lib/campaigns/close-arbitration";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { getCampaign, listNeeds } from "@/lib/campaigns/get-campaign";
import { UAI } from "../support/fixtures";
import { C35, C14, A70, A14, E } from "../support/access";
import { as, OPENING, DURING, AFTER, ids, needSnapshot, portables } from "./campaigns.fixtures";
import { seedCampaignsUpTo, story, submitPortables } from "./campaigns.story";

// Starts with the campaign open, Les Gayeulles' two needs submitted and the others reminded
// (campaigns.opening.test.ts).
beforeAll(seedCampaignsUpTo("remind"));

describe("a needs campaign from opening to delivery", () => {
  it("keeps each collège to its own needs and each space to its own campaigns", async () => {
    const chefR = await as("chefR", E(UAI.rennes35b));
    const before = await needSnapshot(ids.portables);
    const view = await listNeeds(chefR, { id: ids.campaign, status: "OUVERTE" }, {});
    expect(view.total).toBe(0);
    await expect(
      updateNeed(chefR, { needId: ids.portables, ...portables, quantity: "1" }, DURING),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawNeed(chefR, { needId: ids.portables }, DURING)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await needSnapshot(ids.portables)).toBe(before);
    expect((await getCampaign(chefR, ids.campaign, DURING)).totals.needs).toBe(0);

    const agent14 = await as("agent14", C14);
    await expect(getCampaign(agent14, ids.campaign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listCampaigns(agent14)).toEqual([]);
    await expect(
      decideNeed(agent14, { needId: ids.portables, decision: "ACCEPTE" }, AFTER),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      openCampaign(agent14, { campaignId: ids.campaign }, OPENING),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const drane70 = await as("drane70", A70);
    expect(await listCampaigns(drane70)).toEqual([]);
    await expect(getCampaign(drane70, ids.campaign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      giveOpinion(drane70, { needId: ids.portables, opinion: "DEFAVORABLE" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(submitPortables("chefB", UAI.bourbriac22)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await needSnapshot(ids.portables)).toBe(before);
  });

  it("lets the DRANE give and change opinions, and no one else", async () => {
    const drane = await as("drane14", A14);
    const list = await listCampaigns(drane, DURING);
    expect(list).toMatchObject([
      {
        id: ids.campaign,
        needs: 2,
        colleges: 1,
        opinions: 0,
        decided: null,
        acceptedCents: null,
        phase: "OUVERTE",
      },
    ]);
    expect((await listNeeds(drane, { id: ids.campaign, status: "OUVERTE" }, {})).total).toBe(2);
    await story.opinions();
    expect(
      await db.needRequest.findUniqueOrThrow({
        where: { id: ids.portables },
        select: { opinion: true, opinionComment: true },
      }),
    ).toEqual({ opinion: "FAVORABLE", opinionComment: "Projet cohérent." });

    const before = await needSnapshot(ids.ecrans);
    await expect(
      giveOpinion(await as("agent35", C35), { needId: ids.ecrans, opinion: "DEFAVORABLE" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      giveOpinion(await as("lecteur14", A14), { needId: ids.ecrans, opinion: "DEFAVORABLE" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      giveOpinion(await as("chefG", E(UAI.gayeulles)), {
        needId: ids.ecrans,
        opinion: "FAVORABLE",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      decideNeed(drane, { needId: ids.ecrans, decision: "ACCEPTE" }, AFTER),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      decideNeed(
        await as("chefG", E(UAI.gayeulles)),
        { needId: ids.ecrans, decision: "ACCEPTE" },
        AFTER,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      closeArbitration(await as("chefG", E(UAI.gayeulles)), { campaignId: ids.campaign }, AFTER),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await needSnapshot(ids.ecrans)).toBe(before);

    // The collège does not see the académie's opinion before arbitration.
    const own = await listNeeds(
      await as("chefG", E(UAI.gayeulles)),
      { id: ids.campaign, status: "OUVERTE" },
      {},
    );
    expect(own.items.map((n) => n.opinion)).toEqual([null, null]);
  });

  it("refuses a submission after the deadline and a decision before it", async () => {
    const chef = await as("chefG", E(UAI.gayeulles));
    const count = await db.needRequest.count();
    await expect(
      submitNeed(chef, { campaignId: ids.campaign, ...portables }, AFTER),
    ).rejects.toThrow(/sont clos depuis le 31 mars 2026/);
    await expect(
      updateNeed(chef, { needId: ids.portables, ...portables, quantity: "2" }, AFTER),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(withdrawNeed(chef, { needId: ids.portables }, AFTER)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.needRequest.count()).toBe(count);
    await expect(
      decideNeed(await as("agent35", C35), { needId: ids.portables, decision: "ACCEPTE" }, DURING),
    ).rejects.toThrow(/après la date limite/);
  });
});
