"use server";

import { formObject } from "@/lib/actions/run-action";
import { spaceHref } from "@/lib/access/space-href";
import {
  formAction,
  formFiles,
  revalidateForm,
  revalidatingAction,
  stepAction,
} from "@/app/actions/form-actions";
import { addMeetingDocuments, removeMeetingDocument } from "@/lib/governance/meeting-documents";
import { createBody } from "@/lib/governance/create-body";
import { steerConvention, unsteerConvention } from "@/lib/governance/steered-conventions";
import { designateMember, endMembership } from "@/lib/governance/members";
import {
  cancelMeeting,
  conveneMeeting,
  convocationMessage,
  recordAttendance,
  scheduleMeeting,
  updateMeeting,
} from "@/lib/governance/meetings";
import {
  addDecision,
  approveMinutes,
  freezeMinutes,
  removeDecision,
  reopenMinutes,
  requestCorrection,
  saveMinutes,
} from "@/lib/governance/minutes";
import { updateActionState } from "@/lib/governance/body-actions";
import { requestMeta } from "@/app/actions/request-meta";
import { plural } from "@/lib/format";

export const createBodyAction = formAction(async (ctx, formData) => {
  const body = await createBody(ctx, formObject(formData));
  return { message: "Instance créée.", to: `${spaceHref(ctx)}/instances/${body.id}` };
});

export const designateMemberAction = revalidatingAction(
  designateMember,
  (member) => `${member.name} siège désormais dans l'instance.`,
);

export const endMembershipAction = revalidatingAction(
  endMembership,
  (member) => `Le mandat de ${member.name} a pris fin.`,
);

export const scheduleMeetingAction = formAction(async (ctx, formData) => {
  const meeting = await scheduleMeeting(ctx, formObject(formData));
  return {
    message: `Séance « ${meeting.title} » programmée.`,
    to: `${spaceHref(ctx)}/instances/seances/${meeting.id}`,
  };
});

export const updateMeetingAction = revalidatingAction(updateMeeting, (result) =>
  result.mails > 0
    ? `Séance modifiée : ${plural(result.mails, "membre convoqué a reçu", "membres convoqués ont reçu")} la mise à jour de l'invitation.`
    : "Séance modifiée.",
);

export const conveneMeetingAction = revalidatingAction(conveneMeeting, convocationMessage);

export const cancelMeetingAction = stepAction(cancelMeeting, "annulee", () => "Séance annulée.");

export const recordAttendanceAction = revalidatingAction(
  recordAttendance,
  (result) => `Présences enregistrées (${plural(result.recorded, "membre")}).`,
);

export const saveMinutesAction = revalidatingAction(saveMinutes, "Compte rendu enregistré.");

export const addDecisionAction = revalidatingAction(addDecision, (decision) =>
  decision.kind === "ACTION"
    ? "Action inscrite au compte rendu."
    : "Décision inscrite au compte rendu.",
);

export const removeDecisionAction = revalidatingAction(removeDecision, "Retirée du compte rendu.");

// The forms of these steps vanish with the state they change: the page announces them (`?fait=`).
export const freezeMinutesAction = stepAction(freezeMinutes, "figee", () => "Compte rendu figé.");

export const reopenMinutesAction = stepAction(reopenMinutes, "reprise", () => "Repris.");

export const approveMinutesAction = stepAction(
  async (ctx, input) => approveMinutes(ctx, input, await requestMeta()),
  "approuvee",
  () => "Approbation enregistrée.",
);

export const requestCorrectionAction = stepAction(
  requestCorrection,
  "correction",
  () => "Correction demandée.",
);

export const updateActionStateAction = revalidatingAction(
  updateActionState,
  (result) => `Action « ${result.text} » : ${result.state.toLowerCase()}.`,
);

export const addMeetingDocumentsAction = formAction(async (ctx, formData) => {
  const result = await addMeetingDocuments(ctx, formObject(formData), formFiles(formData));
  revalidateForm(formData);
  return `${plural(result.added, "document joint", "documents joints")} au dossier de séance.`;
});

export const removeMeetingDocumentAction = revalidatingAction(
  removeMeetingDocument,
  (result) => `« ${result.title} » retiré du dossier de séance.`,
);

export const steerConventionAction = revalidatingAction(
  steerConvention,
  (r) => `L'instance pilote désormais ${r.reference}.`,
);

export const unsteerConventionAction = revalidatingAction(
  unsteerConvention,
  (r) => `${r.reference} n'est plus pilotée par l'instance.`,
);
