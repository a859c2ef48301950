import { expect } from "vitest";

/** The lines of a CSV export's body, without its BOM (Excel's cue for UTF-8). */
export const csvLines = async (response: Response, separator: string | RegExp = "\r\n") =>
  (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split(separator);

/** The export is downloaded under this file name. */
export const expectAttachment = (response: Response, name: string) =>
  expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${name}"`);
