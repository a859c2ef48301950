import type { IncidentStatus } from "@/lib/generated/prisma/enums";

/*
 * The lifecycle of an incident: nouveau → pris en charge → en attente (collège, fournisseur) →
 * résolu → clos, with re-routes and reopening. Pure: which action is possible from which state,
 * and who (the handling party, or the collège that reported) may take it.
 */

export type IncidentAction =
  "take" | "assign" | "pause" | "resume" | "reroute" | "resolve" | "confirm" | "reopen";

const WAITING: IncidentStatus[] = ["EN_ATTENTE_COLLEGE", "EN_ATTENTE_FOURNISSEUR"];

const FROM: Record<IncidentAction, readonly IncidentStatus[]> = {
  take: ["NOUVEAU"],
  assign: ["NOUVEAU", "PRIS_EN_CHARGE", ...WAITING],
  pause: ["PRIS_EN_CHARGE"],
  resume: WAITING,
  reroute: ["NOUVEAU", "PRIS_EN_CHARGE", ...WAITING],
  resolve: ["PRIS_EN_CHARGE", ...WAITING],
  confirm: ["RESOLU"],
  reopen: ["RESOLU", "CLOS"],
};

/** Actions of the party handling the incident now; the others belong to the collège. */
export const HANDLER_ACTIONS: readonly IncidentAction[] = [
  "take",
  "assign",
  "pause",
  "resume",
  "reroute",
  "resolve",
];

export function canApplyIncident(action: IncidentAction, status: IncidentStatus): boolean {
  return FROM[action].includes(status);
}

const REFUSALS: Record<IncidentAction, string> = {
  take: "Cet incident est déjà pris en charge.",
  assign: "Un incident résolu ou clos ne s'attribue plus.",
  pause: "Seul un incident pris en charge peut être mis en attente.",
  resume: "Cet incident n'est pas en attente.",
  reroute: "Un incident résolu ou clos ne se réaiguille plus : rouvrez-le d'abord.",
  resolve: "Prenez l'incident en charge avant de le résoudre.",
  confirm: "Seul un incident résolu peut être confirmé.",
  reopen: "Seul un incident résolu ou clos peut être rouvert.",
};

/** Why the action is refused from this state, in French. */
export function refusalOf(action: IncidentAction): string {
  return REFUSALS[action];
}
