import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type {
  AllocationKind,
  BudgetCategory,
  BudgetFunding,
  BudgetSection,
  CampaignStatus,
  EquipmentCategory,
  NeedOpinion,
  NeedStatus,
} from "@/lib/generated/prisma/enums";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { bulkInsert, type BulkColumn } from "@/lib/db/bulk-insert";
import { loadReferentials } from "@/lib/inventory/referential";
import { formatCents } from "@/lib/format";
import type { BudgetLineAuditSource } from "@/lib/budgets/audit-values";

/** The demo budgets: the five exercices ending with the reference year, for these collectivités. */
export const DEMO_BUDGET_REFERENCE_YEAR = 2026;
export const DEMO_BUDGET_EXERCICES = [2022, 2023, 2024, 2025, 2026] as const;
export const DEMO_BUDGET_COLLECTIVITES = ["35", "14"] as const;
export const DEMO_CAMPAIGN_COLLECTIVITES = ["35"] as const;
export const DEMO_BUDGET_ACTOR = { id: null, label: "chargement de la démonstration" };

const FONCTION = "221";

import { at, day, EUROS, prng, roundEuros, seededKey } from "@/lib/demo/demo-random";
import { generateDemoCampaigns, type DemoCampaign } from "@/lib/demo/generate-demo-campaigns";

const ratioOf = (cents: bigint, ratio: number) => roundEuros(Number(cents / EUROS) * ratio);

// ─── Budgets ─────────────────────────────────────────────────────────────────

export interface DemoBudgetCollege {
  id: string;
  uai: string;
  /** Pupils of the latest rentrée. */
  effectif: number;
}

/** A budget line as the journal records it, keyed for the seed, without the AP's number. */
export interface DemoBudgetLineRow extends Omit<BudgetLineAuditSource, "autorisation"> {
  key: string;
  /** Carries the AP's payment credits of its exercice. */
  carriesAutorisation: boolean;
}

export interface DemoAutorisationRow {
  numero: string;
  label: string;
  category: BudgetCategory;
  votedOn: Date;
  amountCents: bigint;
  affectedCents: bigint;
  engagedCents: bigint;
  credits: { exercice: number; amountCents: bigint }[];
}

export interface DemoAllocationRow {
  etablissementId: string;
  exercice: number;
  kind: AllocationKind;
  label: string;
  amountCents: bigint;
  lineKey: string;
}

export interface DemoBudget {
  lines: DemoBudgetLineRow[];
  autorisation: DemoAutorisationRow;
  allocations: DemoAllocationRow[];
  /** Pupils of the open public collèges the figures are sized on. */
  pupils: number;
}

interface LineSpec {
  nature: string;
  chapitre: string;
  section: BudgetSection;
  category: BudgetCategory;
  funding: BudgetFunding;
  label: string;
  /** Share of the exercice's total. */
  share: number;
}

const INV = "INVESTISSEMENT";
const FCT = "FONCTIONNEMENT";
const PLAN_LABEL = "Plan collèges numériques 2024–2028";

/** The lines of one exercice (domain.md § Budgets): an État-funded line before the AP, a FEDER one in 2023. */
function lineSpecs(exercice: number): LineSpec[] {
  const plan = exercice >= 2024;
  const specs: LineSpec[] = [
    {
      nature: "21831",
      chapitre: "21",
      section: INV,
      category: "EQUIPEMENT",
      funding: "COLLECTIVITE",
      share: plan ? 0.36 : 0.26,
      label: plan
        ? `${PLAN_LABEL} – équipement des classes`
        : "Équipement numérique des collèges (ordinateurs, tablettes, affichage)",
    },
    {
      nature: "21838",
      chapitre: "21",
      section: INV,
      category: "RESEAU",
      funding: "COLLECTIVITE",
      share: exercice === 2023 ? 0.07 : 0.1,
      label: "Réseaux, Wi-Fi et équipements d'infrastructure des collèges",
    },
    {
      nature: "2051",
      chapitre: "20",
      section: INV,
      category: "RESSOURCES",
      funding: "COLLECTIVITE",
      share: 0.05,
      label: "Logiciels et licences (gestion de flotte, sécurité)",
    },
    {
      nature: "204",
      chapitre: "204",
      section: INV,
      category: "EQUIPEMENT",
      funding: "COLLECTIVITE",
      share: 0.04,
      label: "Subventions d'équipement numérique aux collèges",
    },
    {
      nature: "6156",
      chapitre: "011",
      section: FCT,
      category: "MAINTENANCE",
      funding: "COLLECTIVITE",
      share: 0.13,
      label: "Maintenance informatique des collèges (tierce maintenance)",
    },
    {
      nature: "611",
      chapitre: "011",
      section: FCT,
      category: "ENT",
      funding: "COLLECTIVITE",
      share: 0.07,
      label: "Espace numérique de travail des collèges",
    },
    {
      nature: "611",
      chapitre: "011",
      section: FCT,
      category: "FORMATION",
      funding: "COLLECTIVITE",
      share: 0.03,
      label: "Formation et accompagnement des usages numériques",
    },
    {
      nature: "655111",
      chapitre: "65",
      section: FCT,
      category: "DOTATION",
      funding: "COLLECTIVITE",
      share: plan ? 0.22 : 0.24,
      label: "Dotations de fonctionnement des collèges publics – part numérique",
    },
  ];
  if (!plan) {
    specs.push({
      nature: "21831",
      chapitre: "21",
      section: INV,
      category: "EQUIPEMENT",
      funding: "ETAT",
      share: 0.08,
      label: "Équipement numérique des classes – part cofinancée par l'État",
    });
  }
  if (exercice === 2023) {
    specs.push({
      nature: "21838",
      chapitre: "21",
      section: INV,
      category: "RESEAU",
      funding: "EUROPE",
      share: 0.03,
      label: "Raccordement très haut débit des collèges – part FEDER",
    });
  }
  return specs;
}

/** € per pupil of each exercice, around the field's 75–125 €/élève, rising with the plan. */
const YEAR_FACTORS: Record<number, number> = {
  2022: 0.9,
  2023: 0.95,
  2024: 1.04,
  2025: 1.06,
  2026: 1.08,
};

/**
 * The demo budget of a collectivité: lines of function 221 for 2022–2026 whose total voted is
 * 88–122 € per pupil of its open public collèges, past exercices 85–98 % mandated and 2026 partly;
 * the AP « Plan collèges numériques 2024–2028 » carried by the 21831 lines of 2024–2026 (CP = their
 * voted amounts, then 2027–2028 planned); a dotation per collège and exercice, proportional to its
 * pupils, within the 655111 line. Deterministic: the same code and collèges give the same figures;
 * a `seed` (the benchmark's) draws other figures of the same shape.
 */
export function generateDemoBudget(
  collectiviteCode: string,
  colleges: readonly DemoBudgetCollege[],
  seed?: string,
): DemoBudget {
  const rng = prng(seededKey(`budgets:${collectiviteCode}`, seed));
  const known = colleges.filter((c) => c.effectif > 0);
  const mean = known.length > 0 ? known.reduce((s, c) => s + c.effectif, 0) / known.length : 400;
  // A collège the data gives no pupils for counts as an average one.
  const pupilsOf = (c: DemoBudgetCollege) => (c.effectif > 0 ? c.effectif : Math.round(mean));
  const pupils = colleges.reduce((s, c) => s + pupilsOf(c), 0);
  const base = rng.between(100, 110);
  const lines: DemoBudgetLineRow[] = [];
  const allocations: DemoAllocationRow[] = [];

  for (const exercice of DEMO_BUDGET_EXERCICES) {
    const current = exercice === DEMO_BUDGET_REFERENCE_YEAR;
    const totalEuros =
      Math.max(1, pupils) * base * YEAR_FACTORS[exercice]! * rng.between(0.98, 1.02);
    const specs = lineSpecs(exercice);
    const weights = specs.map((s) => s.share * rng.between(0.9, 1.1));
    const sum = weights.reduce((a, b) => a + b, 0);
    specs.forEach((spec, i) => {
      const voted = roundEuros((totalEuros * weights[i]!) / sum, 100);
      const dm = rng.chance(0.45)
        ? roundEuros(Number(voted / EUROS) * rng.between(-0.06, 0.1), 100)
        : 0n;
      const key = `${exercice}:${spec.nature}:${spec.category}:${spec.funding}`;
      let engaged: bigint;
      let mandated: bigint;
      if (spec.category === "DOTATION") {
        // A small reserve stays for adjustments during the year; the rest is notified to the collèges.
        const pool = ratioOf(voted, 1 - rng.between(0.02, 0.04));
        let given = 0n;
        for (const college of colleges) {
          const amountCents =
            ((pool * BigInt(pupilsOf(college))) / BigInt(Math.max(1, pupils)) / EUROS) * EUROS;
          given += amountCents;
          allocations.push({
            etablissementId: college.id,
            exercice,
            kind: "DOTATION_FONCTIONNEMENT",
            label: `Dotation de fonctionnement ${exercice}`,
            amountCents,
            lineKey: key,
          });
        }
        engaged = given;
        mandated = current ? ratioOf(given, 2 / 3) : given;
      } else if (current) {
        engaged = ratioOf(voted, rng.between(0.78, 0.95));
        mandated = ratioOf(voted, rng.between(0.55, 0.75));
      } else {
        mandated = ratioOf(voted, rng.between(0.85, 0.98));
        engaged = mandated + ratioOf(voted, rng.between(0, 0.03));
        if (engaged > voted) engaged = voted;
      }
      lines.push({
        key,
        exercice,
        section: spec.section,
        chapitre: spec.chapitre,
        fonction: FONCTION,
        nature: spec.nature,
        label: spec.label,
        category: spec.category,
        funding: spec.funding,
        bpCents: voted - dm,
        dmCents: dm,
        engagedCents: engaged,
        mandatedCents: mandated,
        carriesAutorisation:
          spec.nature === "21831" && spec.funding === "COLLECTIVITE" && exercice >= 2024,
      });
    });
  }

  const carriers = lines.filter((l) => l.carriesAutorisation);
  const cp2026 = Number((carriers.at(-1)!.bpCents + carriers.at(-1)!.dmCents) / EUROS);
  const credits = [
    ...carriers.map((l) => ({ exercice: l.exercice, amountCents: l.bpCents + l.dmCents })),
    { exercice: 2027, amountCents: roundEuros(cp2026 * rng.between(0.95, 1.1), 1000) },
    { exercice: 2028, amountCents: roundEuros(cp2026 * rng.between(0.8, 1), 1000) },
  ];
  const amountCents = credits.reduce((s, c) => s + c.amountCents, 0n);
  // Multi-year contracts already engage part of 2027; what is affected covers that and more.
  let engagedCents =
    carriers.reduce((s, l) => s + l.engagedCents, 0n) +
    ratioOf(credits[3]!.amountCents, rng.between(0.2, 0.35));
  if (engagedCents > amountCents) engagedCents = amountCents;
  const affectedCents = engagedCents + ratioOf(amountCents - engagedCents, rng.between(0.3, 0.6));
  const autorisation: DemoAutorisationRow = {
    numero: `AP 2024-${String(rng.int(2, 9)).padStart(2, "0")}`,
    label: PLAN_LABEL,
    category: "EQUIPEMENT",
    votedOn: at(`${rng.pick(["2024-03-14", "2024-03-21", "2024-03-22", "2024-03-28"])}T00:00:00`),
    amountCents,
    affectedCents,
    engagedCents,
    credits,
  };
  return { lines, autorisation, allocations, pupils };
}

// ─── Seed ────────────────────────────────────────────────────────────────────

export interface DemoBudgetReport {
  /** Collectivités given demo budgets by this run (0 when they have budget lines already). */
  collectivites: number;
  lines: number;
  allocations: number;
  campaigns: number;
  needs: number;
}

/** The Allocation columns a generated dotation fills, for bulkInsert (the demo's and the benchmark's). */
export const ALLOCATION_COLUMNS: BulkColumn[] = [
  ...["id", "collectiviteId", "etablissementId", "label", "budgetLineId"].map((name) => ({
    name,
    type: "text",
  })),
  { name: "exercice", type: "integer" },
  { name: "kind", type: '"AllocationKind"' },
  { name: "amountCents", type: "bigint" },
];

/** Whether a collectivité's budget comes from the demo seed: pages show a « données fictives » notice. */
export async function hasDemoBudgets(db: Db, collectiviteId: string): Promise<boolean> {
  const event = await db.auditEvent.findFirst({
    where: {
      collectiviteId,
      action: "budget.line.create",
      actorId: null,
      actorLabel: DEMO_BUDGET_ACTOR.label,
    },
    select: { seq: true },
  });
  return event !== null;
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
  const collectivites = await db.collectivite.findMany({
    where: { code: { in: [...DEMO_BUDGET_COLLECTIVITES] } },
    select: { id: true, code: true },
    orderBy: { code: "desc" },
  });
  if (collectivites.length === 0) return report;
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
  const userId = (email: string) => users.find((u) => u.email === email)?.id ?? null;
  const hasLines = new Set(lineCounts.map((g) => g.collectiviteId));

  for (const collectivite of collectivites) {
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
        if (budget) {
          const a = budget.autorisation;
          const autorisation = await tx.autorisation.create({
            data: {
              collectiviteId: collectivite.id,
              kind: "AP",
              numero: a.numero,
              label: a.label,
              category: a.category,
              votedOn: a.votedOn,
              amountCents: a.amountCents,
              affectedCents: a.affectedCents,
              engagedCents: a.engagedCents,
              state: "ENGAGEE",
              credits: { create: a.credits },
            },
            select: { id: true },
          });
          await tx.budgetLine.createMany({
            data: budget.lines.map(({ key, carriesAutorisation, ...line }) => ({
              ...line,
              id: lineIds.get(key)!,
              collectiviteId: collectivite.id,
              autorisationId: carriesAutorisation ? autorisation.id : null,
            })),
          });
          await bulkInsert(
            tx,
            "Allocation",
            ALLOCATION_COLUMNS,
            budget.allocations.map((al) => ({
              id: randomUUID(),
              collectiviteId: collectivite.id,
              etablissementId: al.etablissementId,
              label: al.label,
              budgetLineId: lineIds.get(al.lineKey)!,
              exercice: al.exercice,
              kind: al.kind,
              amountCents: String(al.amountCents),
            })),
          );
        }
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
        const voted = budget?.lines.reduce((s, l) => s + l.bpCents + l.dmCents, 0n) ?? 0n;
        await appendAuditEvent(tx, {
          actor: DEMO_BUDGET_ACTOR,
          scope: { scopeType: "COLLECTIVITE", collectiviteId: collectivite.id },
          action: "budget.line.create",
          entityType: "BudgetLine",
          occurredAt: now,
          after: {
            libelle: "Budgets et campagnes de démonstration (données fictives)",
            exercice: budget
              ? `${DEMO_BUDGET_EXERCICES[0]} à ${DEMO_BUDGET_REFERENCE_YEAR}`
              : undefined,
            lignes: budget?.lines.length ?? 0,
            montant: budget ? formatCents(voted) : undefined,
            autorisation: budget
              ? `${budget.autorisation.numero} – ${budget.autorisation.label}`
              : undefined,
            etablissements: budget ? members.length : 0,
            attributions: budget?.allocations.length ?? 0,
            campagnes: campaigns.map((c) => c.title),
            besoins: campaigns.reduce((s, c) => s + c.needs.length, 0),
            donneesFictives: true,
          },
        });
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
