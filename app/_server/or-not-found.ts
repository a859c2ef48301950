import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** A lib read answering NOT_FOUND (missing, or another scope's) becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** A lib read answering NOT_FOUND becomes null: an optional part of a page that may not exist. */
export async function orNullIfNotFound<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
