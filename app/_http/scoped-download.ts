import "server-only";
import { isAppError } from "@/lib/errors";
import { getAccessContext, type AccessContext, type ScopeRef } from "@/lib/access/context";
import { downloadResponse, textResponse } from "@/app/_http/download";

/**
 * A download of a record of the space named by the URL (a convention's PDF, a meeting's file, an
 * incident's attachment): the member's context for that scope, then `work`. Anything foreign or
 * unknown — signed out, another space, an id of nothing — is the same plain 404.
 */
export async function scopedDownload(
  scope: ScopeRef,
  work: (ctx: AccessContext) => Promise<Response>,
  missing = "Document introuvable.",
): Promise<Response> {
  const notFound = () => textResponse(missing, 404);
  const ctx = await getAccessContext(scope);
  if (!ctx) return notFound();
  try {
    return await work(ctx);
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      return notFound();
    throw error;
  }
}

/** A stored PDF, opened in the browser, never cached by a shared cache. */
export function pdfResponse(filename: string, bytes: Uint8Array<ArrayBuffer> | Buffer): Response {
  return downloadResponse(
    { filename, contentType: "application/pdf", body: new Uint8Array(bytes) },
    { inline: true, cacheControl: "private, no-store" },
  );
}
