import "server-only";
import { isAppError } from "@/lib/errors";
import { getAccessContext, type AccessContext, type ScopeRef } from "@/lib/access/context";
import { getMinutesFile, meetingCalendar } from "@/lib/governance/get-meeting";
import { downloadResponse, textResponse } from "@/app/_http/download";

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
