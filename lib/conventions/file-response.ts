import "server-only";
import { isAppError } from "@/lib/errors";
import { getAccessContext, type ScopeRef } from "@/lib/access/context";
import {
  CONVENTION_FILES,
  getConventionFile,
  type ConventionFile,
} from "@/lib/conventions/get-convention-file";

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
  const notFound = () =>
    new Response("Document introuvable.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const ctx = await getAccessContext(scope);
  if (!ctx || !(CONVENTION_FILES as readonly string[]).includes(file)) return notFound();
  try {
    const { bytes, filename } = await getConventionFile(
      ctx,
      conventionId,
      file as ConventionFile,
      itemId,
    );
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      return notFound();
    throw error;
  }
}
