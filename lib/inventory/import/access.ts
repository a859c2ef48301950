import { AppError } from "@/lib/errors";

/** Import ids are ours (uuid or cuid); anything else names no import. */
export function checkImportId(id: unknown): string {
  if (typeof id !== "string" || id.length === 0 || id.length > 40) throw new AppError("NOT_FOUND");
  return id;
}
