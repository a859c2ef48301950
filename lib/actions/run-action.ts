import "server-only";
import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { requireAccessContext, type AccessContext, type ScopeRef } from "@/lib/access/context";
import { scopeRefSchema } from "@/lib/actions/scope-ref";

export interface ActionState {
  status: "idle" | "ok" | "error";
  message: string;
  fieldErrors: Record<string, string>;
}

/** Turns any failure into a message for people: ours as written, Prisma's translated, the rest generic. */
export function toActionError(error: unknown): ActionState {
  if (isAppError(error))
    return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const key = String(issue.path[0] ?? "form");
      fieldErrors[key] ??= issue.message;
    }
    return {
      status: "error",
      message: "Certaines informations saisies sont invalides : corrigez les champs signalés.",
      fieldErrors,
    };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002")
    return { status: "error", message: new AppError("CONFLICT").message, fieldErrors: {} };
  if (code === "P2025")
    return { status: "error", message: new AppError("NOT_FOUND").message, fieldErrors: {} };
  console.error(error);
  return {
    status: "error",
    message: "L'opération a échoué et rien n'a été modifié. Réessayez dans un instant.",
    fieldErrors: {},
  };
}

/**
 * The one wrapper of server actions that act in a space: resolves the context from the scope the
 * form names (the access module checks membership), runs the work, maps errors.
 */
export async function runScopedAction(
  formData: FormData,
  work: (ctx: AccessContext) => Promise<string>,
): Promise<ActionState> {
  try {
    const scope: ScopeRef = scopeRefSchema.parse({
      scopeType: formData.get("scopeType"),
      scopeKey: formData.get("scopeKey"),
    });
    const ctx = await requireAccessContext(scope);
    return { status: "ok", message: await work(ctx), fieldErrors: {} };
  } catch (error) {
    return toActionError(error);
  }
}

export function formObject(formData: FormData): Record<string, string> {
  const object: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") object[key] = value;
  return object;
}
