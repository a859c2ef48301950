import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { needScopeWhere } from "@/lib/access/campaign-scope";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import {
  NETWORK_DEPENDENT_CATEGORIES,
  networkWarnings,
  type NetworkWarning,
} from "@/lib/network/readiness-gate";

/**
 * The readiness gate of a needs campaign, for the collectivité that decides: each collège asking
 * for interactive or mobile equipment whose network is below its thresholds or unknown, with what
 * it asks for (not refused needs). Shown on the campaign and beside each decision form.
 */
export async function campaignNetworkWarnings(
  ctx: AccessContext,
  campaignId: string,
): Promise<(NetworkWarning & { needs: string[] })[]> {
  if (ctx.scope.type !== "COLLECTIVITE") return [];
  const needs = await db.needRequest.findMany({
    where: {
      AND: [
        needScopeWhere(ctx),
        {
          campaignId,
          category: { in: [...NETWORK_DEPENDENT_CATEGORIES] },
          status: { not: "REFUSE" },
        },
      ],
    },
    select: { category: true, quantity: true, etablissement: { select: { uai: true } } },
  });
  const warnings = await networkWarnings(
    ctx,
    needs.map((n) => n.etablissement.uai),
  );
  return [...warnings.values()]
    .map((w) => ({
      ...w,
      needs: needs
        .filter((n) => n.etablissement.uai === w.uai)
        .map((n) => `${CATEGORY_LABELS[n.category]} × ${n.quantity}`),
    }))
    .sort((a, b) =>
      a.ready === b.ready ? a.name.localeCompare(b.name) : a.ready === false ? -1 : 1,
    );
}
