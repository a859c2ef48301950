import "server-only";
import { isAppError } from "@/lib/errors";
import { getAccessContext, type AccessContext, type ScopeRef } from "@/lib/access/context";
import { getMinutesFile, meetingCalendar } from "@/lib/governance/get-meeting";
import { downloadResponse, safeDownloadName, textResponse } from "@/app/_http/download";
import { getMeetingDocument } from "@/lib/governance/meeting-documents";

/**
 * A meeting's download in every space, for the scope named by the URL: anything foreign or
 * unknown is a plain 404, signed out included.
 */
async function meetingDownload(
  scope: ScopeRef,
  work: (ctx: AccessContext) => Promise<Response>,
): Promise<Response> {
  const notFound = () => textResponse("Document introuvable.", 404);
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

/** The minutes' PDF, frozen (`fige`) or approved (`final`). */
export function minutesFileResponse(scope: ScopeRef, meetingId: string, file: string) {
  return meetingDownload(scope, async (ctx) => {
    const { bytes, filename } = await getMinutesFile(ctx, meetingId, file);
    return downloadResponse(
      { filename, contentType: "application/pdf", body: new Uint8Array(bytes) },
      { inline: true, cacheControl: "private, no-store" },
    );
  });
}

/** The meeting's calendar event, for the reader's own agenda. */
export function meetingCalendarResponse(scope: ScopeRef, meetingId: string) {
  return meetingDownload(scope, async (ctx) =>
    downloadResponse(
      {
        filename: "seance.ics",
        contentType: "text/calendar; charset=utf-8",
        body: await meetingCalendar(ctx, meetingId),
      },
      { cacheControl: "private, no-store" },
    ),
  );
}

/** A document of the meeting's file: photos and PDFs open in the browser, workbooks download. */
export function meetingDocumentResponse(scope: ScopeRef, meetingId: string, documentId: string) {
  return meetingDownload(scope, async (ctx) => {
    const file = await getMeetingDocument(ctx, meetingId, documentId);
    return downloadResponse(
      {
        filename: safeDownloadName(file.fileName),
        contentType: file.contentType,
        body: new Uint8Array(file.data),
      },
      { inline: !file.contentType.includes("spreadsheet"), cacheControl: "private, no-store" },
    );
  });
}
