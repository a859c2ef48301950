import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { currentParisYear } from "@/lib/dates";
import { budgetExercicesOf, exerciceChoices } from "@/lib/budgets/exercices";
import { allocationScopeWhere, assertAllocationReader } from "@/lib/access/allocation-scope";
import {
  dotationsQuerySchema,
  exerciceGiven,
  type DotationsQuery,
} from "@/lib/budgets/allocation-schemas";

/**
 * The dotations page's query and the exercices to choose from: those with allocations (and, for a
 * collectivité, with budget lines) and the current one. Without an exercice in the URL, the current
 * year if it has allocations, else the latest one before it that has.
 */
export async function resolveDotationsQuery(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<{ query: DotationsQuery; exercices: number[] }> {
  assertAllocationReader(ctx);
  const current = currentParisYear(now);
  const [allocated, budgeted] = await Promise.all([
    db.allocation.groupBy({
      by: ["exercice"],
      where: allocationScopeWhere(ctx),
      orderBy: { exercice: "desc" },
    }),
    ctx.scope.type === "COLLECTIVITE" ? budgetExercicesOf(ctx.scope.id) : Promise.resolve([]),
  ]);
  const withAllocations = allocated.map((g) => g.exercice);
  const fallback =
    exerciceGiven(input) || withAllocations.length === 0 || withAllocations.includes(current)
      ? current
      : (withAllocations.find((year) => year <= current) ?? withAllocations[0]!);
  const query = dotationsQuerySchema(fallback).parse(input ?? {});
  const exercices = exerciceChoices([...withAllocations, ...budgeted], current, query.exercice);
  return { query, exercices };
}
