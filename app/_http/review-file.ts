import "server-only";
import type { ScopeRef } from "@/lib/access/context";
import { getReviewPdf } from "@/lib/reviews/read-review";
import { pdfResponse, scopedDownload } from "@/app/_http/scoped-download";

/** A frozen review's PDF in every space; anything foreign or unknown is a plain 404. */
export function reviewPdfResponse(scope: ScopeRef, reviewId: string): Promise<Response> {
  return scopedDownload(scope, async (ctx) => {
    const { bytes, fileName } = await getReviewPdf(ctx, reviewId);
    return pdfResponse(fileName, bytes);
  });
}
