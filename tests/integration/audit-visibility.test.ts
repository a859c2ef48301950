import { beforeAll, describe, expect, it } from "vitest";

import { requireAccessContext, type ScopeRef } from "@/lib/access/context";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { createCampaign } from "@/lib/campaigns/save-campaign";
import { openCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed } from "@/lib/campaigns/submit-need";
import { giveOpinion } from "@/lib/campaigns/give-opinion";
import { decideNeed } from "@/lib/campaigns/decide-need";
import { closeArbitration } from "@/lib/campaigns/close-arbitration";
import { createAllocation } from "@/lib/budgets/save-allocation";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, A14, PLATFORM, contextAs } from "../support/access";

// The journal must not tell a space what the domain pages hide from it (issue 13, §5): the
// académie's opinion and the collectivité's decision before arbitration closes, a collège's
// dotations to the académie, and a space's values to the platform's operators.
const users: Record<string, string> = {};
const G: ScopeRef = { type: "ETABLISSEMENT", uai: UAI.gayeulles };
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const ids = { campaign: "", need: "" };

async function journalAs(user: string, scope: ScopeRef) {
  return listAuditEvents(await contextAs(users[user]!, scope), { pageSize: "200" });
}
const actionsOf = (journal: { items: { action: string }[] }) => journal.items.map((e) => e.action);

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("agent35", "drane14", "chefG"),
    ops: ["ops@test.fr", "PLATFORM", "ADMIN"],
  });
  signInAs(users.agent35!);
  const agent = await requireAccessContext(C35);
  ids.campaign = (
    await createCampaign(agent, {
      title: "Campagne 2027",
      exercice: "2027",
      opensOn: "2026-03-02",
      closesOn: "2026-03-31",
      envelope: "20 000",
      categories: ["PORTABLE"],
      description: "Besoins des collèges pour 2027.",
    })
  ).id;
  await openCampaign(agent, { campaignId: ids.campaign }, at("2026-03-01"));
  signInAs(users.chefG!);
  ids.need = (
    await submitNeed(
      await requireAccessContext(G),
      {
        campaignId: ids.campaign,
        category: "PORTABLE",
        quantity: "4",
        justification: "Classe mobile du CDI.",
        projetEtablissement: "Axe 2",
        priority: "1",
      },
      at("2026-03-10"),
    )
  ).id;
  signInAs(users.drane14!);
  await giveOpinion(
    await requireAccessContext(A14),
    { needId: ids.need, opinion: "DEFAVORABLE", comment: "Hors projet." },
    at("2026-03-12"),
  );
  await decideNeed(
    agent,
    { needId: ids.need, decision: "REFUSE", reason: "Enveloppe épuisée." },
    at("2026-04-02"),
  );
  await createAllocation(agent, {
    uai: UAI.gayeulles,
    exercice: "2026",
    kind: "DOTATION_FONCTIONNEMENT",
    label: "Dotation numérique",
    amount: "40 000",
  });
});

describe("the journal shows each space only what its pages show", () => {
  it("hides the académie's opinion and the refusal from the collège until arbitration closes, then shows them", async () => {
    const before = actionsOf(await journalAs("chefG", G));
    expect(before).toContain("need.submit");
    expect(before).not.toContain("need.opinion");
    expect(before).not.toContain("need.decision");
    const dropdown = (await journalAs("chefG", G)).actions;
    expect(dropdown).not.toContain("need.opinion");

    // The collectivité sees everything of its campaign; the académie its opinion but not the decision.
    expect(actionsOf(await journalAs("agent35", C35))).toEqual(
      expect.arrayContaining(["need.opinion", "need.decision"]),
    );
    const academie = actionsOf(await journalAs("drane14", A14));
    expect(academie).toContain("need.opinion");
    expect(academie).not.toContain("need.decision");

    signInAs(users.agent35!);
    await closeArbitration(
      await requireAccessContext(C35),
      { campaignId: ids.campaign },
      at("2026-04-03"),
    );
    expect(actionsOf(await journalAs("chefG", G))).toEqual(
      expect.arrayContaining(["need.opinion", "need.decision"]),
    );
    expect(actionsOf(await journalAs("drane14", A14))).toContain("need.decision");
  });

  it("never shows a collège's dotations to the académie, which has no access to them", async () => {
    expect(
      actionsOf(await journalAs("drane14", A14)).filter((a) => a.startsWith("allocation.")),
    ).toEqual([]);
    expect(
      (await journalAs("drane14", A14)).actions.filter((a) => a.startsWith("allocation.")),
    ).toEqual([]);
    // The chef and the collectivité, who read allocations, see it.
    expect(actionsOf(await journalAs("chefG", G))).toContain("allocation.create");
    expect(actionsOf(await journalAs("agent35", C35))).toContain("allocation.create");
  });

  it("shows the platform's operators who did what, without the values a space wrote", async () => {
    const journal = await journalAs("ops", PLATFORM);
    const allocation = journal.items.find((e) => e.action === "allocation.create");
    expect(allocation).toMatchObject({ redacted: true, before: null, after: null });
    expect(allocation?.actorLabel).toMatch(/agent35@test\.fr/);
    // Its own events (the registry import) keep their values.
    const registry = journal.items.find((e) => e.action === "etablissement.import");
    expect(registry).toMatchObject({ redacted: false });
    expect(registry?.after).not.toBeNull();
    // The collectivité still reads its own values.
    const own = (await journalAs("agent35", C35)).items.find(
      (e) => e.action === "allocation.create",
    );
    expect(own).toMatchObject({ redacted: false });
    expect(own?.after).not.toBeNull();
  });
});

describe("the journal names its objects (issue 14, §8)", () => {
  it("says which need, campaign and allocation an event is about, not an internal id", async () => {
    const journal = await journalAs("agent35", C35);
    const need = journal.items.find((e) => e.action === "need.submit");
    expect(need?.entityName).toBe("Ordinateur portable × 4 — Collège Les Gayeulles (0350027P)");
    expect(journal.items.find((e) => e.action === "campaign.create")?.entityName).toBe(
      "Campagne 2027",
    );
    expect(journal.items.find((e) => e.action === "allocation.create")?.entityName).toBe(
      "Dotation numérique (2026) — Collège Les Gayeulles (0350027P)",
    );
    // The platform's operators do not read the names a space wrote either.
    expect(
      (await journalAs("ops", PLATFORM)).items.find((e) => e.action === "allocation.create")
        ?.entityName,
    ).toBeNull();
  });
});
