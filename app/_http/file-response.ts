import type { ExportFile } from "@/lib/exports/spreadsheet";

/**
 * A file built by lib (an export) as a download: saved under its name, never cached. Same shape
 * and name as `downloadResponse` of the access branch (app/_http/download.ts), for one home later.
 */
export function downloadResponse({ filename, contentType, body }: ExportFile): Response {
  return new Response(body, {
    headers: {
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Type": contentType,
    },
  });
}
