import "server-only";
import { isAppError } from "@/lib/errors";
import { getAccessContext, type ScopeRef } from "@/lib/access/context";
import { getIncidentAttachment } from "@/lib/assistance/comment-incident";
import { downloadResponse, textResponse } from "@/app/_http/download";

/** Letters, digits, « . », « _ » and « - »: what a Content-Disposition header carries safely. */
const safeName = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .slice(0, 120) || "piece-jointe";

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
        filename: safeName(file.fileName),
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
