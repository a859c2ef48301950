import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { cpFormYears } from "@/lib/budgets/labels";
import { requireCollectivite } from "@/lib/access/require-scope";

const autorisationSelect = {
  id: true,
  kind: true,
  numero: true,
  label: true,
  category: true,
  votedOn: true,
  amountCents: true,
  affectedCents: true,
  engagedCents: true,
  state: true,
  updatedAt: true,
} as const;

/**
 * The collectivité's AP/AE with, for each, the CP planned (sum of its schedule) and consumed (sum
 * of the mandated amounts of the lines that carry it), both summed by the database.
 */
export async function listAutorisations(ctx: AccessContext) {
  const scope = requireCollectivite(ctx, "budget.read");
  const [rows, planned, consumed] = await Promise.all([
    db.autorisation.findMany({
      where: { collectiviteId: scope.id },
      select: autorisationSelect,
      orderBy: [{ votedOn: "desc" }, { numero: "asc" }],
    }),
    db.creditPaiement.groupBy({
      by: ["autorisationId"],
      where: { autorisation: { collectiviteId: scope.id } },
      _sum: { amountCents: true },
    }),
    db.budgetLine.groupBy({
      by: ["autorisationId"],
      where: { collectiviteId: scope.id, autorisationId: { not: null } },
      _sum: { mandatedCents: true },
    }),
  ]);
  const plannedOf = new Map(planned.map((g) => [g.autorisationId, g._sum.amountCents ?? 0n]));
  const consumedOf = new Map(consumed.map((g) => [g.autorisationId, g._sum.mandatedCents ?? 0n]));
  const items = rows.map((row) => ({
    ...row,
    cpPlannedCents: plannedOf.get(row.id) ?? 0n,
    cpConsumedCents: consumedOf.get(row.id) ?? 0n,
  }));
  const sum = (pick: (item: (typeof items)[number]) => bigint) =>
    items.reduce((total, item) => total + pick(item), 0n);
  return {
    items,
    totals: {
      amountCents: sum((i) => i.amountCents),
      affectedCents: sum((i) => i.affectedCents),
      engagedCents: sum((i) => i.engagedCents),
      cpPlannedCents: sum((i) => i.cpPlannedCents),
      cpConsumedCents: sum((i) => i.cpConsumedCents),
    },
  };
}

export type AutorisationList = Awaited<ReturnType<typeof listAutorisations>>;

/**
 * One AP/AE of the collectivité: its CP schedule against consumption per exercice (the mandated
 * amounts of its lines for that exercice), and the lines that carry it.
 */
export async function getAutorisation(ctx: AccessContext, id: string) {
  const scope = requireCollectivite(ctx, "budget.read");
  const autorisation = await db.autorisation.findFirst({
    where: { id, collectiviteId: scope.id },
    select: {
      ...autorisationSelect,
      credits: { select: { exercice: true, amountCents: true }, orderBy: { exercice: "asc" } },
    },
  });
  if (!autorisation) throw new AppError("NOT_FOUND");
  const [consumption, lines] = await Promise.all([
    db.budgetLine.groupBy({
      by: ["exercice"],
      where: { collectiviteId: scope.id, autorisationId: id },
      _sum: { mandatedCents: true },
      orderBy: { exercice: "asc" },
    }),
    db.budgetLine.findMany({
      where: { collectiviteId: scope.id, autorisationId: id },
      select: {
        id: true,
        exercice: true,
        chapitre: true,
        nature: true,
        label: true,
        mandatedCents: true,
      },
      orderBy: [{ exercice: "asc" }, { label: "asc" }],
    }),
  ]);
  const plannedOf = new Map(autorisation.credits.map((c) => [c.exercice, c.amountCents]));
  const consumedOf = new Map(consumption.map((c) => [c.exercice, c._sum.mandatedCents ?? 0n]));
  const years = [...new Set([...plannedOf.keys(), ...consumedOf.keys()])].sort((a, b) => a - b);
  const schedule = years.map((exercice) => ({
    exercice,
    plannedCents: plannedOf.get(exercice) ?? 0n,
    consumedCents: consumedOf.get(exercice) ?? 0n,
  }));
  const { credits, ...rest } = autorisation;
  return {
    ...rest,
    credits,
    schedule,
    cpPlannedCents: credits.reduce((total, c) => total + c.amountCents, 0n),
    cpConsumedCents: schedule.reduce((total, s) => total + s.consumedCents, 0n),
    lines,
    formYears: cpFormYears(
      autorisation.votedOn.getUTCFullYear(),
      credits.map((c) => c.exercice),
    ),
  };
}

export type AutorisationDetail = Awaited<ReturnType<typeof getAutorisation>>;
