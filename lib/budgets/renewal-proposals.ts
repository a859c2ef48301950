import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { formatCents } from "@/lib/format";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { unsafeRenewalInvestmentNeed } from "@/lib/inventory/renewal-need";
import { currentParisYear } from "@/lib/dates";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { budgetLineAuditValues } from "@/lib/budgets/audit-values";
import { FONCTION_COLLEGES } from "@/lib/budgets/labels";
import { invalid, parseBudgetInput } from "@/lib/budgets/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";

/** The plan's horizon, in exercices from the current year. */
export const PROPOSAL_YEARS = 5;
// Two agents clicking at once must not both create the year's line.
const PROPOSAL_LOCK_KEY = 727_274_061;

export function proposalLabel(exercice: number): string {
  return `Renouvellement du parc (plan ${exercice})`;
}

/** The proposal's fixed accounts: an investment in school computer equipment for collèges. */
const PROPOSAL_ACCOUNTS = {
  section: "INVESTISSEMENT",
  chapitre: "21",
  fonction: FONCTION_COLLEGES,
  nature: "21831",
  category: "EQUIPEMENT",
  funding: "COLLECTIVITE",
} as const;

/** The renewal plan's investment need per year and per category, and the budget line already proposed for each year. */
export async function getRenewalProposals(ctx: AccessContext, now: Date = new Date()) {
  const scope = requireCollectivite(ctx, "budget.write");
  const firstYear = currentParisYear(now);
  const need = await unsafeRenewalInvestmentNeed(db, scope.id, firstYear, PROPOSAL_YEARS);
  const lines = await db.budgetLine.findMany({
    where: {
      collectiviteId: scope.id,
      OR: need.map((y) => ({ exercice: y.year, label: proposalLabel(y.year) })),
    },
    select: { id: true, exercice: true, bpCents: true, dmCents: true },
  });
  const categories = EQUIPMENT_CATEGORIES.filter((category) =>
    need.some((y) => y.byCategory.some((c) => c.category === category)),
  );
  return {
    firstYear,
    categories,
    years: need.map((y) => ({
      ...y,
      line: lines.find((line) => line.exercice === y.year) ?? null,
    })),
    totalCents: need.reduce((sum, y) => sum + y.costCents, 0),
  };
}

export type RenewalProposals = Awaited<ReturnType<typeof getRenewalProposals>>;

const proposalSchema = z.object({
  exercice: z.coerce
    .number({ error: "Choisissez l'exercice." })
    .int({ error: "Choisissez l'exercice." }),
});

/**
 * Turns one year of the renewal plan into an investment line of that exercice (chapitre 21,
 * fonction 221, nature 21831, BP = the plan's cost, costed on the server). Once per exercice:
 * a second request is refused and changes nothing.
 */
export async function createRenewalProposal(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const scope = requireCollectivite(ctx, "budget.write");
  const { exercice } = parseBudgetInput(proposalSchema, input);
  const firstYear = currentParisYear(now);
  const lastYear = firstYear + PROPOSAL_YEARS - 1;
  if (exercice < firstYear || exercice > lastYear)
    throw invalid({ exercice: `Choisissez un exercice du plan, de ${firstYear} à ${lastYear}.` });
  const label = proposalLabel(exercice);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PROPOSAL_LOCK_KEY}::int, hashtext(${scope.id}))`;
    const existing = await tx.budgetLine.findFirst({
      where: { collectiviteId: scope.id, exercice, label },
      select: { id: true },
    });
    if (existing)
      throw new AppError(
        "CONFLICT",
        `La ligne « ${label} » existe déjà pour l'exercice ${exercice} : rien n'a été créé.`,
      );
    const need = await unsafeRenewalInvestmentNeed(tx, scope.id, firstYear, PROPOSAL_YEARS);
    const cost = need.find((y) => y.year === exercice)?.costCents ?? 0;
    if (cost <= 0)
      throw invalid({
        exercice: `Le plan de renouvellement ne prévoit aucune dépense en ${exercice} : aucune ligne à créer.`,
      });
    const data = {
      ...PROPOSAL_ACCOUNTS,
      exercice,
      label,
      bpCents: BigInt(cost),
      dmCents: 0n,
      engagedCents: 0n,
      mandatedCents: 0n,
    };
    const created = await tx.budgetLine.create({
      data: { collectiviteId: scope.id, ...data },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      action: "budget.proposal",
      entityType: "BudgetLine",
      entityId: created.id,
      after: {
        ...budgetLineAuditValues({ ...data, autorisation: null }),
        source: `Plan de renouvellement ${firstYear}-${lastYear}, besoin ${exercice} : ${formatCents(cost)}`,
      },
    });
    return created;
  });
}
