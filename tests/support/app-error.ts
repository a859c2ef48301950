import { AppError } from "@/lib/errors";

/** The AppError `fn` throws (or rejects with); anything else, or nothing, fails the test. */
export async function appErrorOf(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}
