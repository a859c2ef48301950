import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loadReferentials } from "@/lib/inventory/referential";
import { generateDemoBudget } from "@/prisma/seed/budgets/generate-demo-budget";
import { demoBudgetAuditEvent, writeDemoBudget } from "@/prisma/seed/budgets/write-demo-budget";
import { generateDemoCampaigns } from "@/prisma/seed/campaigns/generate-demo-campaigns";

/** The collectivités given demo budgets, and those also given needs campaigns. */
export const DEMO_BUDGET_COLLECTIVITES = ["35", "14"] as const;
export const DEMO_CAMPAIGN_COLLECTIVITES = ["35"] as const;

export interface DemoBudgetReport {
  /** Collectivités given demo budgets by this run (0 when they have budget lines already). */
  collectivites: number;
  lines: number;
  allocations: number;
  campaigns: number;
  needs: number;
}

/** The collectivités, their open public collèges, and what earlier runs already wrote. */
async function loadDemoBudgetFrame(db: Db) {
  const collectivites = await db.collectivite.findMany({
    where: { code: { in: [...DEMO_BUDGET_COLLECTIVITES] } },
    select: { id: true, code: true },
    orderBy: { code: "desc" },
  });
  const ids = collectivites.map((c) => c.id);
  const [colleges, lineCounts, campaignsThere, users, referentials] = await Promise.all([
    db.etablissement.findMany({
      where: { collectiviteId: { in: ids }, secteur: "PUBLIC", etat: "OUVERT" },
      select: {
        id: true,
        uai: true,
        collectiviteId: true,
        effectifs: { select: { total: true }, orderBy: { rentree: "desc" }, take: 1 },
      },
      orderBy: { uai: "asc" },
    }),
    db.budgetLine.groupBy({
      by: ["collectiviteId"],
      where: { collectiviteId: { in: ids } },
      _count: { _all: true },
    }),
    db.needsCampaign.findMany({
      where: { collectiviteId: { in: ids } },
      select: { collectiviteId: true, title: true },
    }),
    db.user.findMany({
      where: { email: { endsWith: "@demo.tripartite.fr" } },
      select: { id: true, email: true },
    }),
    loadReferentials(db, ids),
  ]);
  return {
    collectivites,
    colleges,
    campaignsThere,
    referentials,
    hasLines: new Set(lineCounts.map((g) => g.collectiviteId)),
    userId: (email: string) => users.find((u) => u.email === email)?.id ?? null,
  };
}

/**
 * Writes the demo budgets of Ille-et-Vilaine and the Calvados (lines, the AP and its CP, the
 * dotations of every open public collège) and the needs campaigns of Ille-et-Vilaine, one
 * transaction and one audit event per collectivité. Runs after the demo inventory (pupils estimated
 * there) and the demo accounts (the DRANE's opinions, the agent's decisions). Idempotent: a
 * collectivité with budget lines keeps them, a campaign whose title exists is not written again.
 * Bypasses the access context: run by the demo seed only.
 */
export async function unsafeSeedDemoBudgets(
  db: Db,
  options: { now?: Date } = {},
): Promise<DemoBudgetReport> {
  const now = options.now ?? new Date();
  const report: DemoBudgetReport = {
    collectivites: 0,
    lines: 0,
    allocations: 0,
    campaigns: 0,
    needs: 0,
  };
  const frame = await loadDemoBudgetFrame(db);
  const { colleges, campaignsThere, referentials, hasLines, userId } = frame;

  for (const collectivite of frame.collectivites) {
    const members = colleges
      .filter((c) => c.collectiviteId === collectivite.id)
      .map((c) => ({ id: c.id, uai: c.uai, effectif: c.effectifs[0]?.total ?? 0 }));
    if (members.length === 0) continue;
    const budget = hasLines.has(collectivite.id)
      ? null
      : generateDemoBudget(collectivite.code, members);
    const unitCosts = Object.fromEntries(
      Object.entries(referentials.get(collectivite.id)!.rules).map(([k, r]) => [
        k,
        r.unitCostCents,
      ]),
    );
    const campaigns = (DEMO_CAMPAIGN_COLLECTIVITES as readonly string[]).includes(collectivite.code)
      ? generateDemoCampaigns(collectivite.code, members, unitCosts).filter(
          (c) =>
            !campaignsThere.some(
              (t) => t.collectiviteId === collectivite.id && t.title === c.title,
            ),
        )
      : [];
    if (!budget && campaigns.length === 0) continue;
    // The line a campaign feeds: written now, or already there from an earlier run.
    const existingFeeds = budget
      ? []
      : await db.budgetLine.findMany({
          where: {
            collectiviteId: collectivite.id,
            nature: "21831",
            funding: "COLLECTIVITE",
            exercice: {
              in: campaigns.flatMap((c) => (c.feedsLineOfExercice ? [c.feedsLineOfExercice] : [])),
            },
          },
          select: { id: true, exercice: true },
          orderBy: { createdAt: "asc" },
        });
    const lineIds = new Map(budget?.lines.map((l) => [l.key, randomUUID()]) ?? []);
    const feedLineId = (exercice: number | null) => {
      if (exercice === null) return null;
      const written = budget?.lines.find((l) => l.carriesAutorisation && l.exercice === exercice);
      return written
        ? lineIds.get(written.key)!
        : (existingFeeds.find((l) => l.exercice === exercice)?.id ?? null);
    };
    const chefOf = (uai: string) => userId(`chef.${uai.toLowerCase()}@demo.tripartite.fr`);
    const drane = userId("drane.rennes@demo.tripartite.fr");
    const agent = userId(`agent.${collectivite.code}@demo.tripartite.fr`);

    await db.$transaction(
      async (tx) => {
        if (budget) await writeDemoBudget(tx, collectivite.id, budget, lineIds);
        for (const campaign of campaigns) {
          const { needs, feedsLineOfExercice, ...fields } = campaign;
          const created = await tx.needsCampaign.create({
            data: {
              ...fields,
              collectiviteId: collectivite.id,
              budgetLineId: feedLineId(feedsLineOfExercice),
            },
            select: { id: true },
          });
          await tx.needRequest.createMany({
            data: needs.map(({ uai, ...need }) => ({
              ...need,
              campaignId: created.id,
              submittedById: chefOf(uai),
              opinionById: need.opinion ? drane : null,
              decidedById: need.decidedAt ? agent : null,
            })),
          });
        }
        await appendAuditEvent(
          tx,
          demoBudgetAuditEvent(
            { id: collectivite.id, colleges: members.length },
            now,
            "Budgets et campagnes de démonstration (données fictives)",
            budget,
            campaigns,
          ),
        );
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (budget) {
      report.collectivites += 1;
      report.lines += budget.lines.length;
      report.allocations += budget.allocations.length;
    }
    report.campaigns += campaigns.length;
    report.needs += campaigns.reduce((s, c) => s + c.needs.length, 0);
  }
  return report;
}
