import "server-only";
import { isAppError } from "@/lib/errors";
import { getAccessContext, type ScopeRef } from "@/lib/access/context";
import { getIncidentAttachment } from "@/lib/assistance/comment-incident";
import { downloadResponse, safeDownloadName, textResponse } from "@/app/_http/download";

/**
 * The download route of an incident's file in every space: the scope named by the URL is resolved
 * by the access context; anything foreign or unknown is a plain 404. Photos and PDFs open in the
 * browser; their type was checked on their bytes when stored.
 */
export async function incidentAttachmentResponse(
  scope: ScopeRef,
  incidentId: string,
  attachmentId: string,
): Promise<Response> {
  const notFound = () => textResponse("Pièce jointe introuvable.", 404);
  const ctx = await getAccessContext(scope);
  if (!ctx) return notFound();
  try {
    const file = await getIncidentAttachment(ctx, incidentId, attachmentId);
    return downloadResponse(
      {
        filename: safeDownloadName(file.fileName),
        contentType: file.contentType,
        body: new Uint8Array(file.data),
      },
      { inline: true, cacheControl: "private, no-store" },
    );
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      return notFound();
    throw error;
  }
}
