import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { AccessContext } from "@/lib/access/context";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";

/*
 * The shapes every server action repeats, written once: parse the form → one lib call →
 * revalidate the page the form was on (or go to the page of what was created) → message.
 * No "use server" here: these are helpers of the actions, not actions.
 */

type Call<T> = (ctx: AccessContext, input: Record<string, string>) => Promise<T>;
type Message<T> = string | ((result: T) => string);

/** The page the form was posted from (its hidden `path` field), when it is a path of this site. */
export function formPath(formData: FormData): string | null {
  const path = formData.get("path");
  return typeof path === "string" && path.startsWith("/") ? path : null;
}

/** A text field of the form, empty when absent. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The part of the form's page that `pattern` matches (« /c/35/budgets »), else « / ». */
export function formSection(formData: FormData, pattern: RegExp): string {
  const match = pattern.exec(formPath(formData) ?? "");
  return match ? match[0] : "/";
}

/** Revalidates the form's page (`layout`: with everything under it). */
export function revalidateForm(formData: FormData, type?: "layout"): void {
  const path = formPath(formData);
  if (path) revalidatePath(path, type);
}

const textOf = <T>(message: Message<T>, result: T) =>
  typeof message === "string" ? message : message(result);

/** One lib call with the form's fields, then the form's page revalidated and a message. */
export function runAndRevalidate<T>(
  formData: FormData,
  call: Call<T>,
  message: Message<T>,
  type?: "layout",
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const result = await call(ctx, formObject(formData));
    revalidateForm(formData, type);
    return textOf(message, result);
  });
}

/** One lib call with the form's fields, then the page `target` names (what was created). */
export async function runAndRedirect<T>(
  formData: FormData,
  call: Call<T>,
  target: (result: T) => string,
  message: Message<T> = "",
): Promise<ActionState> {
  let to = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const result = await call(ctx, formObject(formData));
    to = target(result);
    return textOf(message, result);
  });
  if (state.status === "ok") redirect(to);
  return state;
}
