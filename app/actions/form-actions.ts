import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { AccessContext } from "@/lib/access/context";
import {
  formObject,
  runScopedAction,
  toActionError,
  type ActionState,
} from "@/lib/actions/run-action";
import { limitRequestByClientIp } from "@/lib/rate-limit/limit-request";

/*
 * The shapes every server action repeats, written once: parse the form → one lib call →
 * revalidate the page the form was on (or go to the page of what was created) → message.
 * No "use server" here: these build the actions that the "use server" files export.
 */

/** A server action as forms call it (`useActionState`). */
export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Call<T> = (ctx: AccessContext, input: unknown) => Promise<T>;
type Message<T> = string | ((result: T) => string);
/** What the work of an action ends with: its message, or its message and the page to go to. */
type Outcome = string | { message: string; to: string };

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

/** The text values of a repeated field (checkboxes: `ids`, `categories`). */
export function formList(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((value): value is string => typeof value === "string");
}

/** The files of a form's `files` input; empty inputs are left to checkAttachments. */
export function formFiles(formData: FormData): File[] {
  return formData.getAll("files").filter((value): value is File => typeof value !== "string");
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

/**
 * An action acting in the form's space (`runScopedAction`: context, errors): `work` returns its
 * message, and the page to go to once it succeeded when it names one.
 */
export function formAction(
  work: (ctx: AccessContext, formData: FormData) => Promise<Outcome>,
): FormAction {
  return async (_state, formData) => {
    let to = "";
    const state = await runScopedAction(formData, async (ctx) => {
      const outcome = await work(ctx, formData);
      if (typeof outcome === "string") return outcome;
      to = outcome.to;
      return outcome.message;
    });
    if (state.status === "ok" && to) redirect(to);
    return state;
  };
}

interface RevalidateOptions {
  /** The lib call's input; the form's text fields by default. */
  read?: (formData: FormData) => unknown;
  /** Revalidate everything under the form's page too. */
  layout?: boolean;
}

/**
 * After a change that reshapes its page (a convention's, a meeting's: their forms come and go with
 * their state), the page is reloaded with a `fait` key that it announces; the action's own message
 * would vanish with the form that showed it. `done` names the change.
 */
export function stepAction<T, I = Record<string, string>>(
  call: (ctx: AccessContext, input: I) => Promise<T>,
  done: string,
  message: (result: T) => string,
  read: (formData: FormData) => I = formObject as (formData: FormData) => I,
) {
  return formAction(async (ctx, formData) => {
    const result = await call(ctx, read(formData));
    revalidateForm(formData, "layout");
    return { message: message(result), to: `${formPath(formData) ?? "/"}?fait=${done}` };
  });
}

/** One lib call with the form's fields, then the form's page revalidated and a message. */
export function revalidatingAction<T>(
  call: Call<T>,
  message: Message<T>,
  { read = formObject, layout = false }: RevalidateOptions = {},
): FormAction {
  return formAction(async (ctx, formData) => {
    const result = await call(ctx, read(formData));
    revalidateForm(formData, layout ? "layout" : undefined);
    return textOf(message, result);
  });
}

/** One lib call with the form's fields, then the page `target` names (what was created). */
export function redirectingAction<T>(
  call: Call<T>,
  target: (result: T, formData: FormData) => string,
  message: Message<T> = "",
): FormAction {
  return formAction(async (ctx, formData) => {
    const result = await call(ctx, formObject(formData));
    return { message: textOf(message, result), to: target(result, formData) };
  });
}

/**
 * The work of an action outside any space (accepting an invitation, checking a document): no
 * access context, a limit per client address (`limit` names it), errors mapped as everywhere;
 * `failed` completes the state of a refusal.
 */
export async function runPublicAction<Extra extends object>(
  limit: Parameters<typeof limitRequestByClientIp>[0],
  work: () => Promise<{ message: string } & Extra>,
  failed: Extra,
): Promise<ActionState & Extra> {
  try {
    await limitRequestByClientIp(limit);
    const { message, ...extra } = await work();
    return { status: "ok", message, fieldErrors: {}, ...(extra as Extra) };
  } catch (error) {
    return { ...toActionError(error), ...failed };
  }
}
