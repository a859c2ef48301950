import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCampaign } from "@/lib/campaigns/save-campaign";
import { openCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed } from "@/lib/campaigns/submit-need";
import { giveOpinion } from "@/lib/campaigns/give-opinion";
import { decideNeed } from "@/lib/campaigns/decide-need";
import { closeArbitration } from "@/lib/campaigns/close-arbitration";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { getCampaign, listAllNeeds, listNeeds } from "@/lib/campaigns/get-campaign";
import { createUser, UAI } from "../support/fixtures";
import { C35, A14, E } from "../support/access";
import {
  users,
  as,
  OPENING,
  DURING,
  AFTER,
  LATER,
  ids,
  needSnapshot,
  fields,
  portables,
} from "./campaigns.fixtures";
import { seedCampaignsUpTo, story } from "./campaigns.story";

// Starts with the DRANE's opinions given (campaigns.access.test.ts).
beforeAll(seedCampaignsUpTo("opinions"));

describe("a needs campaign from opening to delivery", () => {
  it("arbitrates within the envelope, refusing an over-envelope decision with nothing written", async () => {
    const ctx = await as("agent35", C35);
    await expect(closeArbitration(ctx, { campaignId: ids.campaign }, AFTER)).rejects.toThrow(
      /2 besoins restent à arbitrer/,
    );
    expect(await story.acceptPortables()).toMatchObject({
      status: "ACCEPTE",
      acceptedTotalCents: 1_440_000n,
    });

    const before = await needSnapshot(ids.ecrans);
    const events = await db.auditEvent.count();
    await expect(
      decideNeed(ctx, { needId: ids.ecrans, decision: "ACCEPTE" }, AFTER),
    ).rejects.toThrow(/24\s900,00\s€.*20\s000,00\s€/);
    await expect(
      decideNeed(
        ctx,
        { needId: ids.ecrans, decision: "PARTIEL", acceptedQuantity: "3", reason: "x" },
        AFTER,
      ),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { acceptedQuantity: expect.any(String) },
    });
    await expect(
      decideNeed(ctx, { needId: ids.ecrans, decision: "REFUSE", reason: "" }, AFTER),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { reason: expect.stringMatching(/obligatoire/) },
    });
    expect(await needSnapshot(ids.ecrans)).toBe(before);
    expect(await db.auditEvent.count()).toBe(events);

    expect(await story.acceptOneScreen()).toMatchObject({
      status: "PARTIEL",
      acceptedTotalCents: 1_790_000n,
      envelopeCents: 2_000_000n,
    });

    const detail = await getCampaign(ctx, ids.campaign, AFTER);
    expect(detail.phase).toBe("EN_ARBITRAGE");
    expect(detail.totals).toMatchObject({
      needs: 2,
      opinions: 2,
      decided: 2,
      requestedCents: 2_490_000n,
      acceptedCents: 1_790_000n,
    });
    expect(detail.budgetLine).toMatchObject({ votedCents: 4_500_000n, nature: "21831" });
    expect(
      (await getCampaign(await as("drane14", A14), ids.campaign, AFTER)).budgetLine,
    ).toBeNull();
    expect(
      (await listNeeds(ctx, detail.campaign, { status: "PARTIEL" })).items.map((n) => n.id),
    ).toEqual([ids.ecrans]);

    // Until the close, the collège and the académie do not see the decisions.
    const own = await listNeeds(await as("chefG", E(UAI.gayeulles)), detail.campaign, {});
    expect(own.items.map((n) => n.status)).toEqual(["SOUMIS", "SOUMIS"]);
    expect((await listCampaigns(await as("drane14", A14), AFTER))[0]).toMatchObject({
      decided: null,
      acceptedCents: null,
      opinions: 2,
    });
  });

  it("closes arbitration, mails the decisions, and then the decisions and opinions are final", async () => {
    const ctx = await as("agent35", C35);
    const result = await story.closeArbitration();
    expect(result).toEqual({ mails: 1, acceptedCents: 1_790_000n });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { subject: { startsWith: "Décisions de la campagne" } },
      select: { to: true, text: true },
    });
    expect(mail.to).toBe("chef.gayeulles@test.fr");
    expect(mail.text).toMatch(/Accepté en partie/);
    expect(mail.text).toMatch(/Enveloppe : un écran cette année/);

    const before = await needSnapshot(ids.ecrans);
    await expect(
      decideNeed(ctx, { needId: ids.ecrans, decision: "REFUSE", reason: "Revu" }, LATER),
    ).rejects.toThrow(/définitives/);
    await expect(
      giveOpinion(await as("drane14", A14), { needId: ids.ecrans, opinion: "DEFAVORABLE" }, LATER),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await needSnapshot(ids.ecrans)).toBe(before);

    const chef = await as("chefG", E(UAI.gayeulles));
    const own = await listNeeds(chef, { id: ids.campaign, status: "ARBITREE" }, {});
    expect(own.items.map((n) => [n.status, n.decisionReason, n.opinion])).toEqual([
      ["ACCEPTE", null, "FAVORABLE"],
      ["PARTIEL", "Enveloppe : un écran cette année.", "FAVORABLE"],
    ]);
    expect((await listCampaigns(chef))[0]).toMatchObject({
      status: "ARBITREE",
      needs: 2,
      decided: 2,
      acceptedCents: 1_790_000n,
    });
    expect(
      (
        await listAllNeeds(await as("drane14", A14), { id: ids.campaign, status: "ARBITREE" }, {})
      ).map((n) => n.acceptedCents),
    ).toEqual([1_440_000n, 350_000n]);
  });

  it("serves two agents deciding at once one after the other, so the envelope holds", async () => {
    users.agent35b ??= await createUser("agent35b@test.fr", [
      { scopeType: "COLLECTIVITE", role: "ADMIN", key: "35" },
    ]);
    const a = await as("agent35", C35);
    const { id } = await createCampaign(a, {
      ...fields,
      title: "Petite enveloppe",
      envelope: "1 000",
      closesOn: "2026-03-31",
    });
    await openCampaign(a, { campaignId: id }, OPENING);
    const one = await submitNeed(
      await as("chefG", E(UAI.gayeulles)),
      { campaignId: id, ...portables, quantity: "1" },
      DURING,
    );
    const two = await submitNeed(
      await as("chefR", E(UAI.rennes35b)),
      { campaignId: id, ...portables, quantity: "1" },
      DURING,
    );
    const b = await as("agent35b", C35);
    const results = await Promise.allSettled([
      decideNeed(a, { needId: one.id, decision: "ACCEPTE" }, AFTER),
      decideNeed(b, { needId: two.id, decision: "ACCEPTE" }, AFTER),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(
      String((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason),
    ).toMatch(/1\s800,00\s€.*1\s000,00\s€/);
    const accepted = await db.needRequest.aggregate({
      where: { campaignId: id, status: "ACCEPTE" },
      _sum: { acceptedCents: true },
      _count: { _all: true },
    });
    expect(accepted).toMatchObject({ _count: { _all: 1 }, _sum: { acceptedCents: 90_000n } });
  });
});
