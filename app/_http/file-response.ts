import type { ExportFile } from "@/lib/exports/spreadsheet";

/** A file built by lib (an export) as a download: never cached, saved under its name. */
export function fileResponse({ filename, contentType, body }: ExportFile): Response {
  return new Response(body, {
    headers: {
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Type": contentType,
    },
  });
}
