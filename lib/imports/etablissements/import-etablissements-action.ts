import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { unsafeImportEtablissements } from "@/lib/imports/etablissements/import-etablissements";
import { decodeImportText } from "@/lib/imports/decode-text";
import { FILE_TOO_LARGE_MESSAGE, MAX_UPLOAD_BYTES } from "@/lib/imports/limits";

export const importUploadSchema = z.object({
  dryRun: z.boolean(),
  complete: z.boolean(),
  source: z
    .string()
    .trim()
    .min(3, "Indiquez la provenance du fichier (jeu de données et millésime).")
    .max(200, "Provenance trop longue."),
});

/** The platform admin's import from the UI: the same all-or-nothing import as the CLI. */
export async function importEtablissementsFile(
  ctx: AccessContext,
  file: File | null,
  input: unknown,
) {
  assertCan(ctx, "etablissement.import");
  const options = importUploadSchema.parse(input);
  if (!file || file.size === 0)
    throw new AppError("INVALID_INPUT", "Choisissez un fichier CSV.", {
      file: "Choisissez un fichier CSV.",
    });
  if (file.size > MAX_UPLOAD_BYTES)
    throw new AppError("INVALID_INPUT", FILE_TOO_LARGE_MESSAGE, { file: FILE_TOO_LARGE_MESSAGE });
  // The same decoding rule as the command line and the inventory import.
  const { text, encoding } = decodeImportText(new Uint8Array(await file.arrayBuffer()));
  const report = await unsafeImportEtablissements(db, text, {
    ...options,
    actor: { id: ctx.user.id, label: `${ctx.user.name} <${ctx.user.email}>` },
  });
  return { ...report, encoding };
}
