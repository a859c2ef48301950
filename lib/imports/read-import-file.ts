import { readFile } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { decodeImportText, type TextEncodingName } from "@/lib/imports/decode-text";
import { FILE_TOO_LARGE_MESSAGE, MAX_UPLOAD_BYTES } from "@/lib/imports/limits";

/**
 * A file named on the command line, read as the web import reads an upload: the same size limit
 * and the same decoding rule (UTF-8, else Windows-1252), so a file gives the same result both ways.
 */
export async function readImportFile(
  file: string,
): Promise<{ text: string; encoding: TextEncodingName }> {
  const bytes = await readFile(file).catch(() => {
    throw new AppError("INVALID_INPUT", `Fichier introuvable ou illisible : ${file}`);
  });
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError("INVALID_INPUT", FILE_TOO_LARGE_MESSAGE);
  return decodeImportText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
