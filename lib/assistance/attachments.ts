import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";

/** Photos and documents an incident may carry, recognised by their bytes (file-type), not their name. */
const ACCEPTED = new Map([
  ["image/jpeg", "JPEG"],
  ["image/png", "PNG"],
  ["image/webp", "WebP"],
  ["image/heic", "HEIC"],
  ["application/pdf", "PDF"],
]);
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** Per form: four files of 5 Mo stay under the 20 Mo request limit of the server actions. */
export const MAX_ATTACHMENTS_PER_FORM = 4;
export const ATTACHMENT_ACCEPT = [...ACCEPTED.keys()].join(",");

export interface CheckedAttachment {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  data: Uint8Array<ArrayBuffer>;
}

/** A name safe to show and to send back in Content-Disposition: no path, no control character. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\p{Cc}"]/gu, "")
    .trim()
    .slice(0, 120);
  return clean || "piece-jointe";
}

/**
 * Reads the files of a form: empty file inputs (and empty files) are ignored; each file must be at most 5 Mo and
 * be a photo (JPEG, PNG, WebP, HEIC) or a PDF by its content. Refuses the whole form otherwise,
 * naming the file.
 */
export async function checkAttachments(files: readonly File[]): Promise<CheckedAttachment[]> {
  // An empty file input reaches a server action as a 0-byte file (named « undefined » by the
  // framework's multipart parser): no file chosen, nothing to check.
  const present = files.filter((f) => f.size > 0);
  if (present.length > MAX_ATTACHMENTS_PER_FORM)
    throw new AppError(
      "INVALID_INPUT",
      `${MAX_ATTACHMENTS_PER_FORM} fichiers au plus par envoi : ajoutez les autres ensuite.`,
    );
  const checked: CheckedAttachment[] = [];
  for (const file of present) {
    const fileName = cleanName(file.name);
    if (file.size > MAX_ATTACHMENT_BYTES)
      throw new AppError(
        "INVALID_INPUT",
        `« ${fileName} » dépasse 5 Mo : réduisez la photo ou le document.`,
      );
    const data = new Uint8Array(await file.arrayBuffer());
    const type = await fileTypeFromBuffer(data);
    if (!type || !ACCEPTED.has(type.mime))
      throw new AppError(
        "INVALID_INPUT",
        `« ${fileName} » n'est ni une photo (JPEG, PNG, WebP, HEIC) ni un PDF : son contenu a été vérifié, pas seulement son nom.`,
      );
    checked.push({
      fileName,
      contentType: type.mime,
      size: data.byteLength,
      sha256: createHash("sha256").update(data).digest("hex"),
      data,
    });
  }
  return checked;
}
