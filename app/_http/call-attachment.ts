import "server-only";
import type { ScopeRef } from "@/lib/access/context";
import { getApplicationAttachment } from "@/lib/calls/attachments";
import { storedFileResponse } from "@/app/_http/download";
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
    async (ctx) => storedFileResponse(await getApplicationAttachment(ctx, callId, attachmentId)),
    "Pièce jointe introuvable.",
  );
}
