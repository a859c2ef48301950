import "server-only";
import { isAppError } from "@/lib/errors";
import { getAccessContext, type ScopeRef } from "@/lib/access/context";
import {
  CONVENTION_FILES,
  getConventionFile,
  type ConventionFile,
} from "@/lib/conventions/get-convention-file";
import { downloadResponse, textResponse } from "@/app/_http/download";

/**
 * The download route of a convention's PDFs in every space: the scope named by the URL is resolved
 * by the access context; anything foreign or unknown is a plain 404.
 */
export async function conventionFileResponse(
  scope: ScopeRef,
  conventionId: string,
  file: string,
  itemId: string,
): Promise<Response> {
  const notFound = () => textResponse("Document introuvable.", 404);
  const ctx = await getAccessContext(scope);
  if (!ctx || !(CONVENTION_FILES as readonly string[]).includes(file)) return notFound();
  try {
    const { bytes, filename } = await getConventionFile(
      ctx,
      conventionId,
      file as ConventionFile,
      itemId,
    );
    return downloadResponse(
      { filename, contentType: "application/pdf", body: new Uint8Array(bytes) },
      { inline: true, cacheControl: "private, no-store" },
    );
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      return notFound();
    throw error;
  }
}
