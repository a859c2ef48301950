import { formatInteger } from "@/lib/format";
import uploadLimit from "./upload-limit.json";

/**
 * Every cap on an imported file, in one place. The upload limit lives in upload-limit.json because
 * next.config.js (plain CommonJS) reads it too: the request limits of the proxy and of server
 * actions are derived from it, so a file the message allows is never cut by the framework.
 *
 * The other caps are far above any real inventory or registry file (the largest département
 * has about 30,000 pieces of equipment; the national annuaire about 70,000 rows and 80 columns)
 * and far below what exhausts the server: they are checked while the file is read, before
 * anything is stored or shown.
 */
export const MAX_UPLOAD_BYTES: number = uploadLimit.maxUploadBytes;
/** « 20 Mo », for every French message about the upload limit. */
export const MAX_UPLOAD_LABEL: string = uploadLimit.label;
/** What multipart framing adds around the file; the framework's request limit is the file limit plus this. */
export const UPLOAD_REQUEST_MARGIN_BYTES: number = uploadLimit.requestMarginBytes;

export const MAX_IMPORT_COLUMNS = 500;
export const MAX_IMPORT_ROWS = 200_000;
export const MAX_IMPORT_CELLS = 10_000_000;
/** One CSV record (a line, or several when quoted fields span lines). */
export const MAX_CSV_RECORD_BYTES = 1024 * 1024;
/** What all the parts of an XLSX read for an import may inflate to, together. */
export const MAX_XLSX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;
/** Inflated bytes per compressed byte: spreadsheets compress 5 to 30 times; zip bombs thousands of times. */
export const MAX_XLSX_COMPRESSION_RATIO = 200;
/** The ratio is only judged past this many inflated bytes: tiny parts compress absurdly well. */
export const XLSX_RATIO_GRACE_BYTES = 4 * 1024 * 1024;

export const FILE_TOO_LARGE_MESSAGE = `Fichier trop volumineux (${MAX_UPLOAD_LABEL} au plus).`;

export const LIMIT_MESSAGES = {
  columns: `le fichier a plus de ${formatInteger(MAX_IMPORT_COLUMNS)} colonnes, la limite d'un import.`,
  rows: `le fichier a plus de ${formatInteger(MAX_IMPORT_ROWS)} lignes, la limite d'un import : découpez-le en plusieurs fichiers.`,
  cells: `le fichier a plus de ${formatInteger(MAX_IMPORT_CELLS)} cellules, la limite d'un import : découpez-le en plusieurs fichiers.`,
  record: `une ligne du fichier dépasse ${formatInteger(MAX_CSV_RECORD_BYTES / 1024 / 1024)} Mo, la limite d'une ligne (des milliers de colonnes, ou un guillemet jamais refermé).`,
  decompressed: `le classeur dépasse ${formatInteger(MAX_XLSX_DECOMPRESSED_BYTES / 1024 / 1024)} Mo une fois décompressé, la limite d'un import.`,
  ratio: `le classeur se décompresse plus de ${formatInteger(MAX_XLSX_COMPRESSION_RATIO)} fois, ce qu'aucun tableur ne produit (archive piégée ?).`,
} as const;
