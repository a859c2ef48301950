import "server-only";
import { db } from "@/lib/db/client";

/** The exercices a collectivité has budget lines for, most recent first. */
export async function budgetExercicesOf(collectiviteId: string): Promise<number[]> {
  const groups = await db.budgetLine.groupBy({
    by: ["exercice"],
    where: { collectiviteId },
    orderBy: { exercice: "desc" },
  });
  return groups.map((g) => g.exercice);
}

/** The exercices a selector offers: those with lines, the current year and the one shown, most recent first. */
export function exerciceChoices(withLines: readonly number[], ...always: number[]): number[] {
  return [...new Set([...withLines, ...always])].sort((a, b) => b - a);
}
