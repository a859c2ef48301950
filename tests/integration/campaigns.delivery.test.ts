import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createCampaign } from "@/lib/campaigns/save-campaign";
import { closeSubmissions, openCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed } from "@/lib/campaigns/submit-need";
import { decideNeed } from "@/lib/campaigns/decide-need";
import { markNeedDelivered } from "@/lib/campaigns/deliver-need";
import { campaignNeedsExportResponse } from "@/app/_http/campaign-exports";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, C14, A70, A14, E } from "../support/access";
import {
  users,
  as,
  DURING,
  LATER,
  ids,
  campaignSnapshot,
  fields,
  portables,
} from "./campaigns.fixtures";
import { seedCampaignsUpTo } from "./campaigns.story";

// Starts with the arbitration closed (campaigns.arbitration.test.ts).
beforeAll(seedCampaignsUpTo("closeArbitration"));

describe("a needs campaign from opening to delivery", () => {
  it("turns a delivered need into equipment of the collège, once", async () => {
    const ctx = await as("agent35", C35);
    const equipmentBefore = await db.equipment.count();
    await expect(
      markNeedDelivered(ctx, { needId: ids.ecrans, deliveredOn: "2026-05-01" }, LATER),
    ).rejects.toThrow(/futur/);
    await expect(
      markNeedDelivered(
        await as("agent14", C14),
        { needId: ids.ecrans, deliveredOn: "2026-04-15" },
        LATER,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      markNeedDelivered(
        await as("chefG", E(UAI.gayeulles)),
        { needId: ids.ecrans, deliveredOn: "2026-04-15" },
        LATER,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.equipment.count()).toBe(equipmentBefore);

    expect(
      await markNeedDelivered(ctx, { needId: ids.portables, deliveredOn: "15/04/2026" }, LATER),
    ).toEqual({ created: 16 });
    expect(
      await markNeedDelivered(ctx, { needId: ids.ecrans, deliveredOn: "2026-04-15" }, LATER),
    ).toEqual({ created: 1 });
    await expect(
      markNeedDelivered(ctx, { needId: ids.ecrans, deliveredOn: "2026-04-16" }, LATER),
    ).rejects.toThrow(/déjà livré/);

    const gayeulles = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true, collectiviteId: true },
    });
    const rows = await db.equipment.groupBy({
      by: [
        "category",
        "status",
        "fundingSource",
        "acquiredOn",
        "etablissementId",
        "collectiviteId",
      ],
      where: { etablissementId: gayeulles.id },
      _count: { _all: true },
      orderBy: { category: "asc" },
    });
    expect(
      rows.map((r) => ({ ...r, acquiredOn: r.acquiredOn?.toISOString().slice(0, 10) })),
    ).toEqual([
      {
        category: "PORTABLE",
        status: "EN_SERVICE",
        fundingSource: "COLLECTIVITE",
        acquiredOn: "2026-04-15",
        etablissementId: gayeulles.id,
        collectiviteId: gayeulles.collectiviteId,
        _count: { _all: 16 },
      },
      {
        category: "ENI",
        status: "EN_SERVICE",
        fundingSource: "COLLECTIVITE",
        acquiredOn: "2026-04-15",
        etablissementId: gayeulles.id,
        collectiviteId: gayeulles.collectiviteId,
        _count: { _all: 1 },
      },
    ]);
    const delivered = await db.auditEvent.findFirstOrThrow({
      where: { action: "need.delivered", entityId: ids.ecrans },
      select: { collectiviteId: true, academieCode: true, etablissementId: true },
    });
    expect(delivered).toEqual({
      collectiviteId: gayeulles.collectiviteId,
      academieCode: "14",
      etablissementId: gayeulles.id,
    });
  });

  it("exports the needs each space sees, and nothing to another space", async () => {
    const url = (format: string) =>
      new Request(
        `http://localhost/x/campagnes/${ids.campaign}/export?format=${format}&category=ENI`,
      );
    signInAs(users.drane14!);
    const csv = await (await campaignNeedsExportResponse(url("csv"), A14, ids.campaign)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Les Gayeulles");
    expect(lines[1]).toContain("Accepté en partie");
    const xlsx = await campaignNeedsExportResponse(url("xlsx"), C35, ids.campaign).catch(
      () => null,
    );
    expect(xlsx).toBeNull(); // the DRANE is not a member of the collectivité
    signInAs(users.agent35!);
    expect(
      (await campaignNeedsExportResponse(url("xlsx"), C35, ids.campaign)).headers.get(
        "Content-Type",
      ),
    ).toMatch(/spreadsheetml/);
    signInAs(users.chefR!);
    expect(
      (await (await campaignNeedsExportResponse(url("csv"), E(UAI.rennes35b), ids.campaign)).text())
        .trim()
        .split(/\r?\n/),
    ).toHaveLength(1);
    signInAs(users.agent14!);
    await expect(campaignNeedsExportResponse(url("csv"), C14, ids.campaign)).rejects.toThrow();
    signInAs(users.drane70!);
    await expect(campaignNeedsExportResponse(url("csv"), A70, ids.campaign)).rejects.toThrow();
  });

  it("closes submissions early so arbitration can start, and keeps the audit chain intact", async () => {
    const ctx = await as("agent35", C35);
    const { id } = await createCampaign(ctx, {
      ...fields,
      title: "Campagne complémentaire",
      opensOn: "2026-03-02",
      closesOn: "2026-06-30",
    });
    await openCampaign(ctx, { campaignId: id }, DURING);
    await submitNeed(
      await as("chefR", E(UAI.rennes35b)),
      { campaignId: id, ...portables, quantity: "2" },
      DURING,
    );
    const need = await db.needRequest.findFirstOrThrow({
      where: { campaignId: id },
      select: { id: true },
    });
    await expect(
      decideNeed(ctx, { needId: need.id, decision: "ACCEPTE" }, DURING),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const before = await campaignSnapshot(id);
    await expect(
      closeSubmissions(await as("agent14", C14), { campaignId: id }, DURING),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await campaignSnapshot(id)).toBe(before);
    await closeSubmissions(ctx, { campaignId: id }, DURING);
    expect(
      (
        await db.needsCampaign.findUniqueOrThrow({ where: { id }, select: { closesOn: true } })
      ).closesOn
        .toISOString()
        .slice(0, 10),
    ).toBe("2026-03-09");
    await expect(
      submitNeed(await as("chefG", E(UAI.gayeulles)), { campaignId: id, ...portables }, DURING),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await decideNeed(ctx, { needId: need.id, decision: "ACCEPTE" }, DURING)).toMatchObject({
      status: "ACCEPTE",
    });

    const actions = await db.auditEvent.findMany({
      where: { action: { startsWith: "campaign." } },
      select: { action: true },
    });
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set([
        "campaign.create",
        "campaign.update",
        "campaign.open",
        "campaign.remind",
        "campaign.arbitrate",
      ]),
    );
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });
});
