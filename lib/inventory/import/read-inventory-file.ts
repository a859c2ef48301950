import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { parseCsvAsync, type CsvRecord } from "@/lib/imports/csv";
import { decodeImportText, type TextEncodingName } from "@/lib/imports/decode-text";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import { readXlsx } from "@/lib/imports/xlsx";

export type InventoryFileFormat = "CSV" | "XLSX";

export interface InventoryFile {
  format: InventoryFileFormat;
  /** Column names as written (trimmed); an empty name is a column nobody can map. */
  header: string[];
  records: CsvRecord[];
  sha256: string;
  /** How a CSV's bytes were read (null for a workbook, whose XML says its own encoding). */
  encoding: TextEncodingName | null;
}

export const MAX_INVENTORY_FILE_BYTES = MAX_UPLOAD_BYTES;

/**
 * A zip archive (what an .xlsx is) starts with « PK »; an old binary .xls with D0 CF 11 E0, which
 * the XLSX reader refuses with a message saying what to do.
 */
function isWorkbook(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel for Windows saves as « CSV »). */
export function decodeCsvText(bytes: Uint8Array): string {
  return decodeImportText(bytes).text;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Reads an inventory file, telling XLSX from CSV by its content rather than its name. Throws
 * INVALID_INPUT (in French) for a file without a header or rows, an unreadable workbook, or a file
 * past one of the caps of lib/imports/limits.ts (checked while reading, before anything is stored).
 */
export async function readInventoryFile(bytes: Uint8Array): Promise<InventoryFile> {
  if (bytes.length === 0)
    throw new AppError("INVALID_INPUT", "Le fichier est vide.", { file: "Le fichier est vide." });
  const sha256 = sha256Hex(bytes);
  let format: InventoryFileFormat;
  let header: string[];
  let records: CsvRecord[];
  let encoding: TextEncodingName | null = null;
  if (isWorkbook(bytes)) {
    format = "XLSX";
    try {
      ({ header, records } = await readXlsx(bytes));
    } catch (error) {
      if (error instanceof AppError)
        throw new AppError("INVALID_INPUT", error.message, { file: error.message });
      const message =
        "Classeur XLSX illisible : enregistrez-le à nouveau depuis votre tableur, ou exportez-le en CSV.";
      throw new AppError("INVALID_INPUT", message, { file: message });
    }
  } else {
    format = "CSV";
    const decoded = decodeImportText(bytes);
    encoding = decoded.encoding;
    try {
      ({ header, records } = await parseCsvAsync(decoded.text));
    } catch (error) {
      if (error instanceof AppError)
        throw new AppError("INVALID_INPUT", error.message, { file: error.message });
      throw error;
    }
  }
  header = header.map((h) => h.trim());
  records = records.filter((r) => r.values.some((v) => v.trim() !== ""));
  if (header.every((h) => h === "")) {
    const message = "La première ligne du fichier doit donner le nom des colonnes.";
    throw new AppError("INVALID_INPUT", message, { file: message });
  }
  if (records.length === 0) {
    const message =
      "Le fichier ne contient aucune ligne d'équipement sous la ligne des noms de colonnes.";
    throw new AppError("INVALID_INPUT", message, { file: message });
  }
  return { format, header, records, sha256, encoding };
}
