import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";

export interface BudgetLineOption {
  id: string;
  exercice: number;
  label: string;
}

/**
 * The collectivité's budget lines a campaign may feed (read only), for its form: investment and
 * equipment lines first. Empty outside a collectivité or without the budget's read right.
 */
export async function campaignBudgetLineOptions(ctx: AccessContext): Promise<BudgetLineOption[]> {
  if (
    ctx.scope.type !== "COLLECTIVITE" ||
    !ctx.permissions.has("campaign.manage") ||
    !ctx.permissions.has("budget.read")
  )
    return [];
  const lines = await db.budgetLine.findMany({
    where: { collectiviteId: ctx.scope.id },
    select: { id: true, exercice: true, chapitre: true, nature: true, label: true },
    orderBy: [
      { exercice: "desc" },
      { section: "asc" },
      { chapitre: "asc" },
      { nature: "asc" },
      { label: "asc" },
    ],
    take: 500,
  });
  return lines.map((l) => ({
    id: l.id,
    exercice: l.exercice,
    label: `${l.exercice} — ${l.chapitre} / ${l.nature} — ${l.label}`,
  }));
}
