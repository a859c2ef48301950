import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { appendAuditEvents, type AuditEventInput } from "@/lib/audit/append-audit-event";
import { bulkInsert, textColumns, typedColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import { day } from "@/prisma/seed/shared/demo-random";
import { generateDemoBudget } from "@/prisma/seed/budgets/generate-demo-budget";
import { ALLOCATION_COLUMNS, demoBudgetAuditEvent } from "@/prisma/seed/budgets/write-demo-budget";
import { generateDemoCampaigns } from "@/prisma/seed/campaigns/generate-demo-campaigns";
import { benchEmail, type BenchPerson } from "@/prisma/seed/shared/bench-accounts";
import { benchSeedKey } from "@/prisma/seed/shared/bench-constants";
import { benchId } from "@/prisma/seed/shared/bench-ids";

export interface BenchBudgetCollectivite {
  id: string;
  code: string;
  /** Public open collèges with the pupils of their latest rentrée. */
  colleges: readonly { id: string; uai: string; effectif: number; academieCode: string }[];
  unitCosts: Partial<Record<EquipmentCategory, number>>;
}

export interface BenchBudgetReport {
  collectivites: number;
  lines: number;
  allocations: number;
  campaigns: number;
  needs: number;
}

const AUTORISATION_COLUMNS: BulkColumn[] = [
  ...textColumns("id", "collectiviteId", "numero", "label"),
  { name: "kind", type: '"AutorisationKind"' },
  { name: "category", type: '"BudgetCategory"' },
  { name: "state", type: '"AutorisationState"' },
  { name: "votedOn", type: "date" },
  ...typedColumns("bigint", "amountCents", "affectedCents", "engagedCents"),
  ...typedColumns("timestamp(3)", "createdAt", "updatedAt"),
];
const CREDIT_COLUMNS: BulkColumn[] = [
  ...textColumns("autorisationId"),
  { name: "exercice", type: "integer" },
  { name: "amountCents", type: "bigint" },
];
const LINE_COLUMNS: BulkColumn[] = [
  ...textColumns(
    "id",
    "collectiviteId",
    "chapitre",
    "fonction",
    "nature",
    "label",
    "autorisationId",
  ),
  { name: "exercice", type: "integer" },
  { name: "section", type: '"BudgetSection"' },
  { name: "category", type: '"BudgetCategory"' },
  { name: "funding", type: '"BudgetFunding"' },
  ...typedColumns("bigint", "bpCents", "dmCents", "engagedCents", "mandatedCents"),
  ...typedColumns("timestamp(3)", "createdAt", "updatedAt"),
];
const NEED_COLUMNS: BulkColumn[] = [
  ...textColumns(
    "id",
    "campaignId",
    "etablissementId",
    "justification",
    "projetEtablissement",
    "submittedById",
    "opinionComment",
    "opinionById",
    "decisionReason",
    "decidedById",
  ),
  { name: "category", type: '"EquipmentCategory"' },
  { name: "status", type: '"NeedStatus"' },
  { name: "opinion", type: '"NeedOpinion"' },
  ...typedColumns("integer", "quantity", "priority", "acceptedQuantity"),
  ...typedColumns("bigint", "unitCostCents", "acceptedCents"),
  ...typedColumns(
    "timestamp(3)",
    "submittedAt",
    "opinionAt",
    "decidedAt",
    "deliveredAt",
    "updatedAt",
  ),
];

const cents = (value: bigint | null) => (value === null ? null : String(value));

/**
 * The demo's budgets (lines of 2022–2026, the AP and its CP, a dotation per collège and exercice)
 * and needs campaigns (one arbitrated, one open) for every collectivité of the dataset, drawn from
 * the seed, written in bulk, with the demo's audit event so pages say « données fictives ». Needs
 * are submitted by each collège's chef, given an opinion by its académie's DRANE and decided by
 * the collectivité's agent. Bypasses the access context: run by the benchmark generator only.
 */
export async function unsafeSeedBenchBudgets(
  db: Db,
  collectivites: readonly BenchBudgetCollectivite[],
  options: {
    seed: number;
    now: Date;
    people: ReadonlyMap<string, BenchPerson>;
    academieNames: ReadonlyMap<string, string>;
  },
): Promise<BenchBudgetReport> {
  const { seed, now, people } = options;
  const key = benchSeedKey(seed);
  const personId = (email: string) => people.get(email)?.id ?? null;
  const autorisations: Record<string, unknown>[] = [];
  const credits: Record<string, unknown>[] = [];
  const lines: Record<string, unknown>[] = [];
  const allocations: Record<string, unknown>[] = [];
  const campaigns: Prisma.NeedsCampaignCreateManyInput[] = [];
  const needs: Record<string, unknown>[] = [];
  const events: AuditEventInput[] = [];

  for (const collectivite of [...collectivites].sort((a, b) => a.code.localeCompare(b.code))) {
    if (collectivite.colleges.length === 0) continue;
    const members = collectivite.colleges.map(({ id, uai, effectif }) => ({ id, uai, effectif }));
    const budget = generateDemoBudget(collectivite.code, members, key);
    const apId = benchId(seed, "Autorisation", collectivite.code);
    const lineId = (lineKey: string) =>
      benchId(seed, "BudgetLine", `${collectivite.code}:${lineKey}`);
    const a = budget.autorisation;
    autorisations.push({
      id: apId,
      collectiviteId: collectivite.id,
      numero: a.numero,
      label: a.label,
      kind: "AP",
      category: a.category,
      state: "ENGAGEE",
      votedOn: a.votedOn.toISOString().slice(0, 10),
      amountCents: cents(a.amountCents),
      affectedCents: cents(a.affectedCents),
      engagedCents: cents(a.engagedCents),
      createdAt: a.votedOn,
      updatedAt: now,
    });
    credits.push(
      ...a.credits.map((c) => ({
        autorisationId: apId,
        exercice: c.exercice,
        amountCents: cents(c.amountCents),
      })),
    );
    lines.push(
      ...budget.lines.map(
        ({
          key: lineKey,
          carriesAutorisation,
          bpCents,
          dmCents,
          engagedCents,
          mandatedCents,
          ...line
        }) => ({
          ...line,
          id: lineId(lineKey),
          collectiviteId: collectivite.id,
          autorisationId: carriesAutorisation ? apId : null,
          bpCents: cents(bpCents),
          dmCents: cents(dmCents),
          engagedCents: cents(engagedCents),
          mandatedCents: cents(mandatedCents),
          createdAt: day(line.exercice - 1, 12, 15),
          updatedAt: now,
        }),
      ),
    );
    allocations.push(
      ...budget.allocations.map((al) => ({
        id: benchId(
          seed,
          "Allocation",
          `${collectivite.code}:${al.etablissementId}:${al.exercice}:${al.kind}`,
        ),
        collectiviteId: collectivite.id,
        etablissementId: al.etablissementId,
        label: al.label,
        budgetLineId: lineId(al.lineKey),
        exercice: al.exercice,
        kind: al.kind,
        amountCents: cents(al.amountCents),
      })),
    );

    const academieOf = new Map(collectivite.colleges.map((c) => [c.id, c.academieCode]));
    const drane = (etablissementId: string) =>
      personId(
        benchEmail.academie("DRANE", options.academieNames.get(academieOf.get(etablissementId)!)!),
      );
    const agent = personId(benchEmail.collectivite("AGENT", collectivite.code));
    const planned = generateDemoCampaigns(collectivite.code, members, collectivite.unitCosts, key);
    for (const campaign of planned) {
      const { needs: campaignNeeds, feedsLineOfExercice, ...fields } = campaign;
      const campaignId = benchId(
        seed,
        "NeedsCampaign",
        `${collectivite.code}:${campaign.exercice}`,
      );
      const fed =
        feedsLineOfExercice === null
          ? undefined
          : budget.lines.find((l) => l.carriesAutorisation && l.exercice === feedsLineOfExercice);
      campaigns.push({
        ...fields,
        id: campaignId,
        collectiviteId: collectivite.id,
        budgetLineId: fed ? lineId(fed.key) : null,
        createdAt: fields.openedAt,
        updatedAt: now,
      });
      needs.push(
        ...campaignNeeds.map(({ uai, ...need }, i) => ({
          ...need,
          id: benchId(seed, "NeedRequest", `${campaignId}:${i}`),
          campaignId,
          submittedById: personId(benchEmail.chef(uai)),
          opinionById: need.opinion ? drane(need.etablissementId) : null,
          decidedById: need.decidedAt ? agent : null,
          unitCostCents: cents(need.unitCostCents),
          acceptedCents: cents(need.acceptedCents),
          updatedAt: need.decidedAt ?? need.opinionAt ?? need.submittedAt,
        })),
      );
    }
    events.push(
      demoBudgetAuditEvent(
        { id: collectivite.id, colleges: members.length },
        now,
        "Budgets et campagnes du jeu de mesure (données fictives)",
        budget,
        planned,
      ),
    );
  }

  await db.$transaction(
    async (tx) => {
      await bulkInsert(tx, "Autorisation", AUTORISATION_COLUMNS, autorisations);
      await bulkInsert(tx, "CreditPaiement", CREDIT_COLUMNS, credits);
      await bulkInsert(tx, "BudgetLine", LINE_COLUMNS, lines);
      await bulkInsert(tx, "Allocation", ALLOCATION_COLUMNS, allocations);
      await tx.needsCampaign.createMany({ data: campaigns });
      await bulkInsert(tx, "NeedRequest", NEED_COLUMNS, needs);
      await appendAuditEvents(tx, events);
    },
    { timeout: 600_000 },
  );
  return {
    collectivites: events.length,
    lines: lines.length,
    allocations: allocations.length,
    campaigns: campaigns.length,
    needs: needs.length,
  };
}
