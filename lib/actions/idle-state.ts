import type { ActionState } from "@/lib/actions/run-action";

/** The state of a form before its first submission (importable from client components). */
export const IDLE_STATE: ActionState = { status: "idle", message: "", fieldErrors: {} };
