import { requireAccessContext, type AccessContext, type ScopeRef } from "@/lib/access/context";
import { signInAs } from "./session";

/** The scopes the integration tests visit, as their URLs name them. */
export const C35: ScopeRef = { type: "COLLECTIVITE", code: "35" };
export const C14: ScopeRef = { type: "COLLECTIVITE", code: "14" };
export const C22: ScopeRef = { type: "COLLECTIVITE", code: "22" };
/** Académie de Normandie (code 70: Calvados 14…) and académie de Rennes (code 14: 35, 22…). */
export const A70: ScopeRef = { type: "ACADEMIE", code: "70" };
export const A14: ScopeRef = { type: "ACADEMIE", code: "14" };
export const PLATFORM: ScopeRef = { type: "PLATFORM" };
export const E = (uai: string): ScopeRef => ({ type: "ETABLISSEMENT", uai });

/** Signs in as the user (or signs out, for null) and builds the context the app would build. */
export async function contextAs(userId: string | null, scope: ScopeRef): Promise<AccessContext> {
  signInAs(userId);
  return requireAccessContext(scope);
}

/**
 * The `as(name, scope)` of a test file whose users are named in a record filled in `beforeAll`:
 * `as("agent35", C35)` is the context agent35 gets in /c/35; `as(null, …)` is a visitor's.
 */
export function accessAs(users: Readonly<Record<string, string>>, defaultScope?: ScopeRef) {
  return (user: string | null, scope: ScopeRef | undefined = defaultScope) => {
    if (!scope) throw new Error(`as(${user}): no scope given`);
    return contextAs(user === null ? null : users[user]!, scope);
  };
}
