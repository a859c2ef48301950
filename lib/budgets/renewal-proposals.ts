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
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordId } from "@/lib/schema-fields";
import { unsafeProgrammesPerYear } from "@/lib/programmes/read-programmes";

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
  const programmes = await unsafeProgrammesPerYear(db, scope.id, firstYear, PROPOSAL_YEARS);
  const programmeLines = await db.budgetLine.findMany({
    where: {
      collectiviteId: scope.id,
      deploymentProgrammeId: { in: programmes.map((p) => p.id) },
    },
    select: {
      id: true,
      exercice: true,
      deploymentProgrammeId: true,
      bpCents: true,
      dmCents: true,
    },
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
    programmes: programmes.map((p) => ({
      ...p,
      perYear: p.perYear.map((y) => ({
        ...y,
        line:
          programmeLines.find(
            (line) => line.exercice === y.year && line.deploymentProgrammeId === p.id,
          ) ?? null,
      })),
    })),
  };
}

export type RenewalProposals = Awaited<ReturnType<typeof getRenewalProposals>>;

const proposalSchema = z.object({
  exercice: z.coerce
    .number({ error: "Choisissez l'exercice." })
    .int({ error: "Choisissez l'exercice." }),
});

const programmeProposalSchema = proposalSchema.extend({
  programmeId: recordId("Programme"),
});

/** « Déploiement « <title> » (2027) », the title shortened so the label holds in a line's 200 characters. */
export function programmeProposalLabel(title: string, exercice: number): string {
  const short = title.length > 150 ? `${title.slice(0, 149)}…` : title;
  return `Déploiement « ${short} » (${exercice})`;
}

interface ProposalSource {
  label: string;
  /** The line already proposed from this source, if any (renewal: by label; programme: by its link). */
  existing: Prisma.BudgetLineWhereInput;
  /** The programme a line proposed from its waves is linked to. */
  deploymentProgrammeId?: string;
  /** The cost of the exercice, read inside the transaction. */
  cost: (tx: Prisma.TransactionClient) => Promise<number>;
  /** Why nothing is proposed when the cost is zero. */
  nothing: string;
  /** Where the amount comes from, for the journal. */
  source: (cost: number) => string;
}

/**
 * Creates one investment line of `exercice` (chapitre 21, fonction 221, nature 21831) whose BP is
 * the source's cost, read on the server inside the transaction. Once per exercice and source: a
 * second request is refused and changes nothing.
 */
async function createProposalLine(
  ctx: AccessContext,
  collectiviteId: string,
  exercice: number,
  proposal: ProposalSource,
): Promise<{ id: string; label: string }> {
  const { label } = proposal;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PROPOSAL_LOCK_KEY}::int, hashtext(${collectiviteId}))`;
    const existing = await tx.budgetLine.findFirst({
      where: { collectiviteId, exercice, ...proposal.existing },
      select: { id: true, label: true },
    });
    if (existing)
      throw new AppError(
        "CONFLICT",
        `La ligne « ${existing.label} » existe déjà pour l'exercice ${exercice} : rien n'a été créé.`,
      );
    const cost = await proposal.cost(tx);
    if (cost <= 0) throw invalid({ exercice: proposal.nothing });
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
      data: {
        collectiviteId,
        ...data,
        deploymentProgrammeId: proposal.deploymentProgrammeId ?? null,
      },
      select: { id: true, label: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      action: "budget.proposal",
      entityType: "BudgetLine",
      entityId: created.id,
      after: {
        ...budgetLineAuditValues({ ...data, autorisation: null }),
        source: proposal.source(cost),
      },
    });
    return created;
  });
}

/** The exercice of a proposal, within the plan's horizon. */
function planExercice(exercice: number, now: Date) {
  const firstYear = currentParisYear(now);
  const lastYear = firstYear + PROPOSAL_YEARS - 1;
  if (exercice < firstYear || exercice > lastYear)
    throw invalid({ exercice: `Choisissez un exercice du plan, de ${firstYear} à ${lastYear}.` });
  return { firstYear, lastYear };
}

/**
 * Turns one year of the renewal plan into an investment line of that exercice (BP = the plan's
 * cost, costed on the server). Once per exercice.
 */
export async function createRenewalProposal(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const scope = requireCollectivite(ctx, "budget.write");
  const { exercice } = parseBudgetInput(proposalSchema, input);
  const { firstYear, lastYear } = planExercice(exercice, now);
  return createProposalLine(ctx, scope.id, exercice, {
    label: proposalLabel(exercice),
    existing: { label: proposalLabel(exercice) },
    cost: async (tx) =>
      (await unsafeRenewalInvestmentNeed(tx, scope.id, firstYear, PROPOSAL_YEARS)).find(
        (y) => y.year === exercice,
      )?.costCents ?? 0,
    nothing: `Le plan de renouvellement ne prévoit aucune dépense en ${exercice} : aucune ligne à créer.`,
    source: (cost) =>
      `Plan de renouvellement ${firstYear}-${lastYear}, besoin ${exercice} : ${formatCents(cost)}`,
  });
}

/**
 * Turns the waves of an adopted programme deployed in one exercice into an investment line of
 * that exercice (BP = the units planned in those waves × the programme's unit cost). Once per
 * programme and exercice.
 */
export async function createProgrammeProposal(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<{ id: string; label: string }> {
  const scope = requireCollectivite(ctx, "budget.write");
  const { exercice, programmeId } = parseBudgetInput(programmeProposalSchema, input);
  const { firstYear } = planExercice(exercice, now);
  const programme = await db.deploymentProgramme.findFirst({
    where: { id: programmeId, collectiviteId: scope.id, status: "ADOPTE" },
    select: { id: true, title: true },
  });
  if (!programme)
    throw new AppError("NOT_FOUND", "Ce programme adopté n'existe pas dans votre collectivité.");
  const costOf = async (tx: Prisma.TransactionClient) =>
    (await unsafeProgrammesPerYear(tx, scope.id, firstYear, PROPOSAL_YEARS))
      .find((p) => p.id === programme.id)
      ?.perYear.find((y) => y.year === exercice)?.costCents ?? 0;
  return createProposalLine(ctx, scope.id, exercice, {
    label: programmeProposalLabel(programme.title, exercice),
    existing: { deploymentProgrammeId: programme.id },
    deploymentProgrammeId: programme.id,
    cost: costOf,
    nothing: `Le programme ne déploie aucune vague en ${exercice} : aucune ligne à créer.`,
    source: (cost) =>
      `Programme de déploiement « ${programme.title} », vagues de ${exercice} : ${formatCents(cost)}`,
  });
}
