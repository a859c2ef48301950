import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCampaign, updateCampaign } from "@/lib/campaigns/save-campaign";
import { openCampaign, remindCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed } from "@/lib/campaigns/submit-need";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { UAI } from "../support/fixtures";
import { C35, A14, E } from "../support/access";
import { as, OPENING, DURING, fields, portables, ids, seedCampaigns } from "./campaigns.fixtures";
import { story, submitPortables } from "./campaigns.story";

beforeAll(seedCampaigns);

describe("a needs campaign from opening to delivery", () => {
  it("refuses invalid campaigns in French with nothing written", async () => {
    const ctx = await as("agent35", C35);
    const count = await db.needsCampaign.count();
    await expect(createCampaign(ctx, { ...fields, closesOn: "2026-03-01" })).rejects.toMatchObject({
      issues: [
        expect.objectContaining({ message: expect.stringMatching(/précéder la date d'ouverture/) }),
      ],
    });
    await expect(createCampaign(ctx, { ...fields, envelope: "0" })).rejects.toThrow(
      /supérieur à zéro/,
    );
    await expect(createCampaign(ctx, { ...fields, categories: [] })).rejects.toThrow(
      /au moins une catégorie/,
    );
    await expect(createCampaign(ctx, { ...fields, opensOn: "2026-02-30" })).rejects.toThrow(
      /date invalide/,
    );
    await expect(
      createCampaign(ctx, { ...fields, budgetLineId: ids.line, exercice: "2026" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { budgetLineId: expect.stringMatching(/exercice 2026/) },
    });
    await expect(createCampaign(await as("elu35", C35), fields)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.needsCampaign.count()).toBe(count);
  });

  it("drafts, edits and opens the campaign, mailing the chefs of the open public collèges", async () => {
    const ctx = await as("agent35", C35);
    expect(await story.draft()).toEqual({ changed: true });
    const draft = await db.needsCampaign.findUniqueOrThrow({ where: { id: ids.campaign } });
    expect(draft).toMatchObject({
      status: "BROUILLON",
      envelopeCents: 2_000_000n,
      categories: ["PORTABLE", "ENI", "VIDEOPROJECTEUR"],
      budgetLineId: ids.line,
    });

    // A draft is the collectivité's alone.
    await expect(
      getCampaign(await as("chefG", E(UAI.gayeulles)), ids.campaign),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listCampaigns(await as("drane14", A14))).toEqual([]);
    await expect(submitPortables("chefG", UAI.gayeulles)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    expect(await story.open()).toEqual({ mails: 2 });
    const mails = await db.outboxEmail.findMany({
      where: { subject: { startsWith: "Campagne de besoins ouverte" } },
      select: { to: true, text: true },
    });
    expect(mails.map((m) => m.to).sort()).toEqual([
      "chef.gayeulles@test.fr",
      "chef.vautier@test.fr",
    ]);
    expect(mails[0]!.text).toMatch(/20\s000,00\s€/);
    expect(mails.find((m) => m.to === "chef.gayeulles@test.fr")!.text).toContain(
      `/e/${UAI.gayeulles}/campagnes/${ids.campaign}`,
    );
    await expect(openCampaign(ctx, { campaignId: ids.campaign }, OPENING)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      updateCampaign(ctx, { campaignId: ids.campaign, ...fields, title: "Autre titre" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getCampaign(ctx, ids.campaign, OPENING)).phase).toBe("A_VENIR");
  });

  it("lets the chef of Les Gayeulles submit two needs, priced from the référentiel, and refuses bad ones with nothing written", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    const before = await db.needRequest.count();
    await expect(
      submitNeed(ctx, { campaignId: ids.campaign, ...portables }, OPENING),
    ).rejects.toThrow(/ouvrent le/);
    await expect(
      submitNeed(ctx, { campaignId: ids.campaign, ...portables, category: "SERVEUR" }, DURING),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { category: expect.stringMatching(/couvre/) },
    });
    await expect(
      submitNeed(ctx, { campaignId: ids.campaign, ...portables, quantity: "0" }, DURING),
    ).rejects.toThrow(/Quantité/);
    await expect(
      submitNeed(ctx, { campaignId: ids.campaign, ...portables, justification: "" }, DURING),
    ).rejects.toThrow(/Justification/);
    await expect(
      submitNeed(ctx, { campaignId: ids.campaign, ...portables, priority: "5" }, DURING),
    ).rejects.toThrow(/Priorité/);
    expect(await db.needRequest.count()).toBe(before);

    const { withdrawn, update } = await story.submit();
    expect(await db.needRequest.findUnique({ where: { id: withdrawn } })).toBeNull();
    expect(update).toEqual({ changed: true, opinionCleared: false });

    const needs = await db.needRequest.findMany({
      where: { campaignId: ids.campaign },
      orderBy: { priority: "asc" },
      select: { category: true, quantity: true, unitCostCents: true, status: true },
    });
    expect(needs).toEqual([
      { category: "PORTABLE", quantity: 16, unitCostCents: 90_000n, status: "SOUMIS" },
      { category: "ENI", quantity: 3, unitCostCents: 350_000n, status: "SOUMIS" },
    ]);
    const events = await db.auditEvent.findMany({
      where: { entityId: ids.portables },
      select: { action: true, collectiviteId: true, academieCode: true, etablissementId: true },
    });
    expect(events.map((e) => e.action)).toEqual(["need.submit", "need.update"]);
    expect(events[0]!.collectiviteId).toBeTruthy();
    expect(events[0]!.academieCode).toBe("14");
    expect(events[0]!.etablissementId).toBeTruthy();
  });

  it("reminds only the collèges that submitted nothing, at most once a day", async () => {
    const ctx = await as("agent35", C35);
    expect(await story.remind()).toEqual({
      mails: 1,
      colleges: 1,
    });
    expect(
      await db.outboxEmail.findMany({
        where: { subject: { startsWith: "Rappel : campagne de besoins" } },
        select: { to: true },
      }),
    ).toEqual([{ to: "chef.vautier@test.fr" }]);
    await expect(
      remindCampaign(ctx, { campaignId: ids.campaign }, new Date(DURING.getTime() + 3_600_000)),
    ).rejects.toThrow(/déjà été envoyée aujourd'hui/);
  });
});
