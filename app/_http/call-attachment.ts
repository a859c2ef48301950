import "server-only";
import type { ScopeRef } from "@/lib/access/context";
import { getApplicationAttachment } from "@/lib/calls/attachments";
import { downloadResponse, safeDownloadName } from "@/app/_http/download";
import { scopedDownload } from "@/app/_http/scoped-download";

/**
 * The download route of a dossier's file in every space: the collège's own, the deposited dossiers
 * for the collectivité and the co-pilot académie; anything foreign or unknown is a plain 404.
 * Photos and PDFs open in the browser; their type was checked on their bytes when stored.
 */
export function callAttachmentResponse(
  scope: ScopeRef,
  callId: string,
  attachmentId: string,
): Promise<Response> {
  return scopedDownload(
    scope,
    async (ctx) => {
      const file = await getApplicationAttachment(ctx, callId, attachmentId);
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
