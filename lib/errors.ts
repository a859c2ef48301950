export type AppErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID_INPUT" | "RATE_LIMITED";

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Votre session a expiré : reconnectez-vous.",
  FORBIDDEN: "Votre rôle ne permet pas cette action.",
  NOT_FOUND: "Cette page ou cette ressource n'existe pas, ou vous n'y avez pas accès.",
  CONFLICT: "Cette ressource a été modifiée entre-temps : rechargez la page et recommencez.",
  INVALID_INPUT: "Certaines informations saisies sont invalides.",
  RATE_LIMITED: "Trop de tentatives : patientez avant de réessayer.",
};

/** The one error type the product shows to people: its message is written for them, in French. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Per-field messages for forms (field name → message). */
  readonly fieldErrors: Record<string, string>;

  constructor(code: AppErrorCode, message?: string, fieldErrors: Record<string, string> = {}) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
