import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bulkInsert, textColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import { formatCents } from "@/lib/format";
import type { AuditEventInput } from "@/lib/audit/append-audit-event";
import { DEMO_BUDGET_ACTOR } from "@/lib/budgets/demo-marker";
import {
  DEMO_BUDGET_EXERCICES,
  DEMO_BUDGET_REFERENCE_YEAR,
  type DemoBudget,
} from "@/prisma/seed/budgets/generate-demo-budget";
import type { DemoCampaign } from "@/prisma/seed/campaigns/generate-demo-campaigns";

type Tx = Prisma.TransactionClient;

/** The Allocation columns a generated dotation fills, for bulkInsert (the demo's and the benchmark's). */
export const ALLOCATION_COLUMNS: BulkColumn[] = [
  ...textColumns("id", "collectiviteId", "etablissementId", "label", "budgetLineId"),
  { name: "exercice", type: "integer" },
  { name: "kind", type: '"AllocationKind"' },
  { name: "amountCents", type: "bigint" },
];

/**
 * The audit event of a generated budget (demo and benchmark alike): one per collectivité, its
 * lines, AP, dotations and campaigns summed up, signed with the demo's mark so that pages say
 * « données fictives ». `budget` is null when only campaigns are written (the collectivité had its
 * lines from an earlier run).
 */
export function demoBudgetAuditEvent(
  collectivite: { id: string; colleges: number },
  occurredAt: Date,
  libelle: string,
  budget: DemoBudget | null,
  campaigns: readonly Pick<DemoCampaign, "title" | "needs">[],
): AuditEventInput {
  const voted = budget?.lines.reduce((s, l) => s + l.bpCents + l.dmCents, 0n) ?? 0n;
  const after = {
    libelle,
    exercice: budget ? `${DEMO_BUDGET_EXERCICES[0]} à ${DEMO_BUDGET_REFERENCE_YEAR}` : undefined,
    lignes: budget?.lines.length ?? 0,
    montant: budget ? formatCents(voted) : undefined,
    autorisation: budget
      ? `${budget.autorisation.numero} – ${budget.autorisation.label}`
      : undefined,
    etablissements: budget ? collectivite.colleges : 0,
    attributions: budget?.allocations.length ?? 0,
    campagnes: campaigns.map((c) => c.title),
    besoins: campaigns.reduce((s, c) => s + c.needs.length, 0),
    donneesFictives: true,
  };
  return {
    actor: DEMO_BUDGET_ACTOR,
    scope: { scopeType: "COLLECTIVITE", collectiviteId: collectivite.id },
    action: "budget.line.create",
    entityType: "BudgetLine",
    occurredAt,
    after,
  };
}

/** Writes a generated budget's AP and its CP, its lines and its dotations, with the given line ids. */
export async function writeDemoBudget(
  tx: Tx,
  collectiviteId: string,
  budget: DemoBudget,
  lineIds: ReadonlyMap<string, string>,
): Promise<void> {
  const a = budget.autorisation;
  const autorisation = await tx.autorisation.create({
    data: {
      collectiviteId,
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
      collectiviteId,
      autorisationId: carriesAutorisation ? autorisation.id : null,
    })),
  });
  await bulkInsert(
    tx,
    "Allocation",
    ALLOCATION_COLUMNS,
    budget.allocations.map((al) => ({
      id: randomUUID(),
      collectiviteId,
      etablissementId: al.etablissementId,
      label: al.label,
      budgetLineId: lineIds.get(al.lineKey)!,
      exercice: al.exercice,
      kind: al.kind,
      amountCents: String(al.amountCents),
    })),
  );
}
