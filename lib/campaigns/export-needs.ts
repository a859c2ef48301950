import "server-only";
import type { AccessContext, ScopeRef } from "@/lib/access/context";
import { isAppError } from "@/lib/errors";
import { spaceFileKey, type SpreadsheetExport } from "@/lib/download";
import type { XlsxCell } from "@/lib/exports/xlsx";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { getCampaign, listAllNeeds, type NeedItem } from "@/lib/campaigns/get-campaign";
import { NEED_STATUS_LABELS, OPINION_LABELS } from "@/lib/campaigns/labels";

export const NEEDS_EXPORT_HEADER = [
  "UAI",
  "Collège",
  "Commune",
  "Catégorie",
  "Quantité",
  "Coût unitaire (€)",
  "Montant demandé (€)",
  "Priorité",
  "Axe du projet d'établissement",
  "Justification",
  "Déposé le",
  "Avis de l'académie",
  "Commentaire de l'avis",
  "Décision",
  "Quantité acceptée",
  "Montant accepté (€)",
  "Motif",
  "Livré le",
] as const;

const euros = (cents: bigint | null) => (cents === null ? null : Number(cents) / 100);

/** One row per need; what the context may not see yet is empty (masked by listAllNeeds). */
export function needExportRow(n: NeedItem, seesDecisions: boolean): XlsxCell[] {
  return [
    n.etablissement.uai,
    n.etablissement.name,
    n.etablissement.communeName,
    CATEGORY_LABELS[n.category],
    n.quantity,
    euros(n.unitCostCents),
    euros(BigInt(n.quantity) * n.unitCostCents),
    n.priority,
    n.projetEtablissement,
    n.justification,
    n.submittedAt,
    n.opinion ? OPINION_LABELS[n.opinion] : null,
    n.opinionComment,
    seesDecisions ? NEED_STATUS_LABELS[n.status] : null,
    seesDecisions ? n.acceptedQuantity : null,
    seesDecisions ? euros(n.acceptedCents) : null,
    seesDecisions ? n.decisionReason : null,
    n.deliveredAt,
  ];
}

/**
 * …/campagnes/[id]/export?format=csv|xlsx&<filtres>: the needs of a campaign a space sees, or
 * null for a campaign it does not see.
 */
export async function campaignNeedsExport(
  ctx: AccessContext,
  campaignId: string,
  input: Record<string, string>,
  scope: ScopeRef,
): Promise<SpreadsheetExport | null> {
  const detail = await getCampaign(ctx, campaignId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!detail) return null;
  const needs = await listAllNeeds(ctx, detail.campaign, input);
  return {
    baseName: `besoins-${detail.campaign.exercice}-${spaceFileKey(scope)}`,
    sheetName: "Besoins",
    header: NEEDS_EXPORT_HEADER,
    rows: needs.map((n) => needExportRow(n, detail.seesDecisions)),
  };
}
