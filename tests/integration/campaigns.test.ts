import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createCampaign, updateCampaign } from "@/lib/campaigns/save-campaign";
import { closeSubmissions, openCampaign, remindCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed, updateNeed, withdrawNeed } from "@/lib/campaigns/submit-need";
import { giveOpinion } from "@/lib/campaigns/give-opinion";
import { decideNeed } from "@/lib/campaigns/decide-need";
import { closeArbitration } from "@/lib/campaigns/close-arbitration";
import { markNeedDelivered } from "@/lib/campaigns/deliver-need";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { getCampaign, listAllNeeds, listNeeds } from "@/lib/campaigns/get-campaign";
import { campaignNeedsExportResponse } from "@/app/_http/campaign-exports";
import { createUser, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, C14, A70, A14, E } from "../support/access";
import {
  users,
  as,
  OPENING,
  DURING,
  AFTER,
  LATER,
  fields,
  portables,
  ecrans,
  ids,
  needSnapshot,
  campaignSnapshot,
  seedCampaigns,
} from "./campaigns.fixtures";

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
    ids.campaign = (await createCampaign(ctx, { ...fields, envelope: "15 000" })).id;
    expect(
      await updateCampaign(ctx, { campaignId: ids.campaign, ...fields, budgetLineId: ids.line }),
    ).toEqual({ changed: true });
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
    await expect(
      submitNeed(
        await as("chefG", E(UAI.gayeulles)),
        { campaignId: ids.campaign, ...portables },
        DURING,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await openCampaign(ctx, { campaignId: ids.campaign }, OPENING)).toEqual({ mails: 2 });
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

    ids.portables = (
      await submitNeed(ctx, { campaignId: ids.campaign, ...portables, quantity: "20" }, DURING)
    ).id;
    ids.ecrans = (await submitNeed(ctx, { campaignId: ids.campaign, ...ecrans }, DURING)).id;
    const withdrawn = (
      await submitNeed(
        await as("gestG", E(UAI.gayeulles)),
        { campaignId: ids.campaign, ...ecrans, category: "VIDEOPROJECTEUR" },
        DURING,
      )
    ).id;
    await withdrawNeed(await as("chefG", E(UAI.gayeulles)), { needId: withdrawn }, DURING);
    expect(await db.needRequest.findUnique({ where: { id: withdrawn } })).toBeNull();
    expect(
      await updateNeed(
        await as("chefG", E(UAI.gayeulles)),
        { needId: ids.portables, ...portables },
        DURING,
      ),
    ).toEqual({ changed: true, opinionCleared: false });

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
    expect(await remindCampaign(ctx, { campaignId: ids.campaign }, DURING)).toEqual({
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

    await expect(
      submitNeed(
        await as("chefB", E(UAI.bourbriac22)),
        { campaignId: ids.campaign, ...portables },
        DURING,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
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
    await giveOpinion(
      drane,
      { needId: ids.portables, opinion: "RESERVE", comment: "À articuler avec le plan du CDI." },
      DURING,
    );
    await giveOpinion(
      drane,
      { needId: ids.portables, opinion: "FAVORABLE", comment: "Projet cohérent." },
      DURING,
    );
    await giveOpinion(drane, { needId: ids.ecrans, opinion: "FAVORABLE" }, DURING);
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

  it("arbitrates within the envelope, refusing an over-envelope decision with nothing written", async () => {
    const ctx = await as("agent35", C35);
    await expect(closeArbitration(ctx, { campaignId: ids.campaign }, AFTER)).rejects.toThrow(
      /2 besoins restent à arbitrer/,
    );
    expect(
      await decideNeed(ctx, { needId: ids.portables, decision: "ACCEPTE" }, AFTER),
    ).toMatchObject({ status: "ACCEPTE", acceptedTotalCents: 1_440_000n });

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

    expect(
      await decideNeed(
        ctx,
        {
          needId: ids.ecrans,
          decision: "PARTIEL",
          acceptedQuantity: "1",
          reason: "Enveloppe : un écran cette année.",
        },
        AFTER,
      ),
    ).toMatchObject({
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
    const result = await closeArbitration(ctx, { campaignId: ids.campaign }, AFTER);
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
