import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { parseCsv, type CsvRecord } from "@/lib/imports/csv";
import { readXlsx } from "@/lib/imports/xlsx";

export type InventoryFileFormat = "CSV" | "XLSX";

export interface InventoryFile {
  format: InventoryFileFormat;
  /** Column names as written (trimmed); an empty name is a column nobody can map. */
  header: string[];
  records: CsvRecord[];
  sha256: string;
}

export const MAX_INVENTORY_FILE_BYTES = 20 * 1024 * 1024;

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
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Reads an inventory file, telling XLSX from CSV by its content rather than its name. Throws
 * INVALID_INPUT (in French) for a file without a header or rows, or an unreadable workbook.
 */
export function readInventoryFile(bytes: Uint8Array): InventoryFile {
  if (bytes.length === 0) throw new AppError("INVALID_INPUT", "Le fichier est vide.", { file: "Le fichier est vide." });
  const sha256 = sha256Hex(bytes);
  let format: InventoryFileFormat;
  let header: string[];
  let records: CsvRecord[];
  if (isWorkbook(bytes)) {
    format = "XLSX";
    try {
      ({ header, records } = readXlsx(bytes));
    } catch (error) {
      if (error instanceof AppError) throw new AppError("INVALID_INPUT", error.message, { file: error.message });
      const message = "Classeur XLSX illisible : enregistrez-le à nouveau depuis votre tableur, ou exportez-le en CSV.";
      throw new AppError("INVALID_INPUT", message, { file: message });
    }
  } else {
    format = "CSV";
    ({ header, records } = parseCsv(decodeCsvText(bytes)));
  }
  header = header.map((h) => h.trim());
  records = records.filter((r) => r.values.some((v) => v.trim() !== ""));
  if (header.every((h) => h === "")) {
    const message = "La première ligne du fichier doit donner le nom des colonnes.";
    throw new AppError("INVALID_INPUT", message, { file: message });
  }
  if (records.length === 0) {
    const message = "Le fichier ne contient aucune ligne d'équipement sous la ligne des noms de colonnes.";
    throw new AppError("INVALID_INPUT", message, { file: message });
  }
  return { format, header, records, sha256 };
}
