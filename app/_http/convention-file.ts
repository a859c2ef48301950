import "server-only";
import type { ScopeRef } from "@/lib/access/context";
import {
  CONVENTION_FILES,
  getConventionFile,
  type ConventionFile,
} from "@/lib/conventions/get-convention-file";
import { textResponse } from "@/app/_http/download";
import { pdfResponse, scopedDownload } from "@/app/_http/scoped-download";

/**
 * The download route of a convention's PDFs in every space: the scope named by the URL is resolved
 * by the access context; anything foreign or unknown is a plain 404.
 */
export function conventionFileResponse(
  scope: ScopeRef,
  conventionId: string,
  file: string,
  itemId: string,
): Promise<Response> {
  if (!(CONVENTION_FILES as readonly string[]).includes(file))
    return Promise.resolve(textResponse("Document introuvable.", 404));
  return scopedDownload(scope, async (ctx) => {
    const { bytes, filename } = await getConventionFile(
      ctx,
      conventionId,
      file as ConventionFile,
      itemId,
    );
    return pdfResponse(filename, bytes);
  });
}
