import "server-only";
import type { ScopeRef } from "@/lib/access/context";
import { getMinutesFile, meetingCalendar } from "@/lib/governance/get-meeting";
import { downloadResponse, storedFileResponse } from "@/app/_http/download";
import { pdfResponse, scopedDownload } from "@/app/_http/scoped-download";
import { getMeetingDocument } from "@/lib/governance/meeting-documents";

/** The minutes' PDF, frozen (`fige`) or approved (`final`). */
export function minutesFileResponse(scope: ScopeRef, meetingId: string, file: string) {
  return scopedDownload(scope, async (ctx) => {
    const { bytes, filename } = await getMinutesFile(ctx, meetingId, file);
    return pdfResponse(filename, bytes);
  });
}

/** The meeting's calendar event, for the reader's own agenda. */
export function meetingCalendarResponse(scope: ScopeRef, meetingId: string) {
  return scopedDownload(scope, async (ctx) =>
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
  return scopedDownload(scope, async (ctx) => {
    const file = await getMeetingDocument(ctx, meetingId, documentId);
    return storedFileResponse(file, !file.contentType.includes("spreadsheet"));
  });
}
