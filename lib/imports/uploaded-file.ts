import { AppError } from "@/lib/errors";
import { FILE_TOO_LARGE_MESSAGE, MAX_UPLOAD_BYTES } from "@/lib/imports/limits";

/**
 * The bytes and name of a CSV or XLSX file sent by a form, refused in French (on the form's `file` field)
 * when none was chosen or when it is past the upload limit, before it is read.
 */
export async function uploadedImportFile(
  file: File | null,
): Promise<{ bytes: Uint8Array; name: string }> {
  if (!file || file.size === 0)
    throw new AppError("INVALID_INPUT", "Choisissez un fichier CSV ou XLSX.", {
      file: "Choisissez un fichier CSV ou XLSX.",
    });
  if (file.size > MAX_UPLOAD_BYTES)
    throw new AppError("INVALID_INPUT", FILE_TOO_LARGE_MESSAGE, { file: FILE_TOO_LARGE_MESSAGE });
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}
