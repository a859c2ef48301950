import "server-only";
import { notFound } from "next/navigation";
import type { ScopeRef } from "@/lib/access/context";
import { campaignNeedsExport } from "@/lib/campaigns/export-needs";
import { getRouteAccessContext } from "@/app/_server/route-context";
import { spreadsheetExportResponse } from "@/app/_http/download";

/** GET …/campagnes/[id]/export?format=csv|xlsx&<filtres>: the needs of a campaign a space sees. */
export async function campaignNeedsExportResponse(
  request: Request,
  scope: ScopeRef,
  campaignId: string,
) {
  const ctx = await getRouteAccessContext(scope, "campaign.read");
  const url = new URL(request.url);
  const input = Object.fromEntries(url.searchParams);
  const sheet = await campaignNeedsExport(ctx, campaignId, input, scope);
  if (!sheet) notFound();
  return spreadsheetExportResponse(url.searchParams, sheet);
}
