import { execFileSync } from "node:child_process";

/**
 * The text of a PDF as a reader's tool extracts it (poppler's pdftotext, as the issue asks: what
 * a person copying from the document would get). `.ci/run` and `npm test` install poppler-utils
 * where it is missing.
 */
export function pdfText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
    input: Buffer.from(bytes),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}
