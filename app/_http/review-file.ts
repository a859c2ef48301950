import "server-only";
import { isAppError } from "@/lib/errors";
import { getAccessContext, type ScopeRef } from "@/lib/access/context";
import { getReviewPdf } from "@/lib/reviews/read-review";
import { downloadResponse, textResponse } from "@/app/_http/download";

/** A frozen review's PDF in every space; anything foreign or unknown is a plain 404. */
export async function reviewPdfResponse(scope: ScopeRef, reviewId: string): Promise<Response> {
  const notFound = () => textResponse("Document introuvable.", 404);
  const ctx = await getAccessContext(scope);
  if (!ctx) return notFound();
  try {
    const { bytes, fileName } = await getReviewPdf(ctx, reviewId);
    return downloadResponse(
      { filename: fileName, contentType: "application/pdf", body: new Uint8Array(bytes) },
      { inline: true, cacheControl: "private, no-store" },
    );
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      return notFound();
    throw error;
  }
}
