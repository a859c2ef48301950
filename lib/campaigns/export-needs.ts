import "server-only";
import { notFound } from "next/navigation";
import { getAccessContext, type ScopeRef } from "@/lib/access/context";
import { isAppError } from "@/lib/errors";
import { exportFormatOf, spreadsheetResponse } from "@/lib/exports/spreadsheet";
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

/** GET …/campagnes/[id]/export?format=csv|xlsx&<filtres>: the needs of a campaign a space sees. */
export async function campaignNeedsExportResponse(
  request: Request,
  scope: ScopeRef,
  campaignId: string,
): Promise<Response> {
  const ctx = await getAccessContext(scope);
  if (!ctx || !ctx.permissions.has("campaign.read")) notFound();
  const detail = await getCampaign(ctx, campaignId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const url = new URL(request.url);
  const needs = await listAllNeeds(ctx, detail.campaign, Object.fromEntries(url.searchParams));
  const rows = needs.map((n) => needExportRow(n, detail.seesDecisions));
  const key =
    scope.type === "ETABLISSEMENT"
      ? scope.uai
      : scope.type === "PLATFORM"
        ? "plateforme"
        : scope.code;
  return spreadsheetResponse(
    exportFormatOf(url.searchParams),
    `besoins-${detail.campaign.exercice}-${key}`,
    NEEDS_EXPORT_HEADER,
    rows,
    { sheetName: "Besoins" },
  );
}
