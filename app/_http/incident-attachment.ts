import "server-only";
import type { ScopeRef } from "@/lib/access/context";
import { getIncidentAttachment } from "@/lib/assistance/comment-incident";
import { downloadResponse, safeDownloadName } from "@/app/_http/download";
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
    async (ctx) => {
      const file = await getIncidentAttachment(ctx, incidentId, attachmentId);
      return downloadResponse(
        {
          filename: safeDownloadName(file.fileName),
          contentType: file.contentType,
          body: new Uint8Array(file.data),
        },
        { inline: true, cacheControl: "private, no-store" },
      );
    },
    "Pièce jointe introuvable.",
  );
}
