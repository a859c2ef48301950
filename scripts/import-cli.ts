import path from "node:path";
import { disconnectDb } from "@/lib/db/client";
import { encodingLine, type TextEncodingName } from "@/lib/imports/decode-text";
import { readImportFile } from "@/lib/imports/read-import-file";

export interface ImportCliArgs {
  file: string;
  fileName: string;
  text: string;
  encoding: TextEncodingName;
  dryRun: boolean;
  complete: boolean;
  source: string | undefined;
}

/**
 * The shared shell of the import commands: reads `[--dry-run] [--complete] [--source "…"] <file>`,
 * prints the usage on bad arguments (exit 2), runs the import, turns errors into a French message
 * and exit 1, and always closes the database.
 */
export function runImportCli(
  usage: string,
  flags: readonly string[],
  work: (args: ImportCliArgs) => Promise<boolean>,
): void {
  const main = async () => {
    const args = process.argv.slice(2);
    const sourceIndex = args.indexOf("--source");
    const source = sourceIndex >= 0 ? args[sourceIndex + 1] : undefined;
    const files = args.filter(
      (a, i) => !a.startsWith("--") && (sourceIndex < 0 || i !== sourceIndex + 1),
    );
    const unknown = args.filter(
      (a) => a.startsWith("--") && a !== "--source" && !flags.includes(a),
    );
    if (files.length !== 1 || unknown.length > 0 || (sourceIndex >= 0 && !source)) {
      console.error(usage);
      process.exitCode = 2;
      return;
    }
    const file = files[0]!;
    // The one decoding rule of every import (UTF-8, else Windows-1252), said before the report.
    const { text, encoding } = await readImportFile(file);
    console.log(encodingLine(encoding));
    const ok = await work({
      file,
      fileName: path.basename(file),
      text,
      encoding,
      source,
      dryRun: args.includes("--dry-run"),
      complete: args.includes("--complete"),
    });
    if (!ok) process.exitCode = 1;
  };
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => disconnectDb());
}
