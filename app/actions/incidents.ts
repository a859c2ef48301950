"use server";

import { revalidatePath } from "next/cache";
import type { AccessContext } from "@/lib/access/context";
import { formObject } from "@/lib/actions/run-action";
import { plural } from "@/lib/format";
import { formAction, formFiles, formList, formSection, formText } from "@/app/actions/form-actions";
import { reportIncident } from "@/lib/assistance/report-incident";
import {
  assignIncident,
  pauseIncident,
  resumeIncident,
  takeIncident,
} from "@/lib/assistance/handle-incident";
import { rerouteIncident } from "@/lib/assistance/reroute-incident";
import { resolveIncident } from "@/lib/assistance/resolve-incident";
import { confirmIncident, reopenIncident } from "@/lib/assistance/confirm-incident";
import { commentIncident } from "@/lib/assistance/comment-incident";
import { bulkHandleIncidents } from "@/lib/assistance/bulk-handle";

/** « /c/35/assistance » of the form's page. */
const assistancePath = (formData: FormData) => formSection(formData, /^\/[cae]\/[^/]+\/assistance/);

/** The queue, every incident page under it, and the space's inventory (equipment status, its incidents). */
function revalidateAssistance(formData: FormData) {
  const section = assistancePath(formData);
  revalidatePath(section, "layout");
  revalidatePath(section.replace(/\/assistance$/, "/inventaire"), "layout");
}

/** One transition of an incident, then the queue and the incident's page revalidated. */
function incidentAction(
  call: (ctx: AccessContext, input: unknown) => Promise<void>,
  message: string,
) {
  return formAction(async (ctx, formData) => {
    await call(ctx, formObject(formData));
    revalidateAssistance(formData);
    return message;
  });
}

export const reportIncidentAction = formAction(async (ctx, formData) => {
  const created = await reportIncident(ctx, formObject(formData), formFiles(formData));
  revalidateAssistance(formData);
  return {
    message: `Incident ${created.reference} signalé.`,
    to: `${assistancePath(formData)}/${created.id}?fait=signalement`,
  };
});

export const takeIncidentAction = incidentAction(takeIncident, "Incident pris en charge.");
export const assignIncidentAction = incidentAction(assignIncident, "Incident attribué.");
export const pauseIncidentAction = incidentAction(
  pauseIncident,
  "Incident mis en attente : le délai est suspendu.",
);
export const resumeIncidentAction = incidentAction(
  (ctx, input) => resumeIncident(ctx, input),
  "Traitement repris : le délai court de nouveau.",
);
export const rerouteIncidentAction = incidentAction(rerouteIncident, "Incident réaiguillé.");
export const resolveIncidentAction = incidentAction(
  resolveIncident,
  "Incident résolu : le collège confirmera la résolution.",
);
export const confirmIncidentAction = incidentAction(
  confirmIncident,
  "Résolution confirmée : l'incident est clos.",
);
export const reopenIncidentAction = incidentAction(reopenIncident, "Incident rouvert.");

export const commentIncidentAction = formAction(async (ctx, formData) => {
  await commentIncident(ctx, formObject(formData), formFiles(formData));
  revalidateAssistance(formData);
  return formText(formData, "internal") ? "Note interne ajoutée." : "Commentaire ajouté.";
});

export const bulkHandleIncidentsAction = formAction(async (ctx, formData) => {
  const { done, refused } = await bulkHandleIncidents(ctx, {
    ids: formList(formData, "ids"),
    operation: formText(formData, "operation"),
    assigneeId: formText(formData, "assigneeId") || undefined,
  });
  revalidateAssistance(formData);
  const did = `${plural(done, "incident")} traité${done > 1 ? "s" : ""}.`;
  return refused.length === 0 ? did : `${did} Refusés : ${refused.join(" ; ")}`;
});
