import "server-only";
import type { ScopeRef } from "@/lib/access/context";
import { getIncidentAttachment } from "@/lib/assistance/comment-incident";
import { storedFileResponse } from "@/app/_http/download";
import { scopedDownload } from "@/app/_http/scoped-download";

/**
 * The download route of an incident's file in every space: the scope named by the URL is resolved
 * by the access context; anything foreign or unknown is a plain 404. Photos and PDFs open in the
 * browser; their type was checked on their bytes when stored.
 */
export function incidentAttachmentResponse(
  scope: ScopeRef,
  incidentId: string,
  attachmentId: string,
): Promise<Response> {
  return scopedDownload(
    scope,
    async (ctx) => storedFileResponse(await getIncidentAttachment(ctx, incidentId, attachmentId)),
    "Pièce jointe introuvable.",
  );
}
