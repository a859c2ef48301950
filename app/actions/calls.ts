"use server";

import { formObject } from "@/lib/actions/run-action";
import {
  formAction,
  formFiles,
  formList,
  formText,
  revalidateForm,
  revalidatingAction,
  stepAction,
} from "@/app/actions/form-actions";
import { addApplicationAttachments } from "@/lib/calls/attachments";
import { agreeToPublish, createCall, updateCall } from "@/lib/calls/write-call";
import { saveApplication, submitApplication } from "@/lib/calls/applications";
import { confirmDecision, proposeDecision, scoreApplication } from "@/lib/calls/instruction";
import { assessReport, deliverApplication, fileReport } from "@/lib/calls/follow-up";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { formatCents, plural } from "@/lib/format";
import { remindCallColleges } from "@/lib/calls/reminders";
import { CRITERIA_ROWS } from "@/lib/calls/rules";

/** The call's form: its text fields, the categories ticked, the grid's filled rows (an empty row is no criterion). */
function callInput(formData: FormData) {
  const criteria = Array.from({ length: CRITERIA_ROWS }, (_, i) => ({
    label: formText(formData, `criterionLabel${i}`).trim(),
    weight: formText(formData, `criterionWeight${i}`).trim(),
  })).filter((c) => c.label !== "" || c.weight !== "");
  return { ...formObject(formData), categories: formList(formData, "categories"), criteria };
}

/** The dossier's form: its text fields, and a quantity per category the call offers (empty: none). */
function applicationInput(formData: FormData) {
  const equipment = EQUIPMENT_CATEGORIES.map((category) => ({
    category,
    quantity: formText(formData, `quantity_${category}`).trim(),
  })).filter((l) => l.quantity !== "" && l.quantity !== "0");
  return { ...formObject(formData), equipment };
}

export const createCallAction = formAction(async (ctx, formData) => {
  const { id } = await createCall(ctx, callInput(formData));
  const code = ctx.scope.type === "COLLECTIVITE" ? ctx.scope.code : "";
  return { message: "Appel à projets enregistré en brouillon.", to: `/c/${code}/appels/${id}` };
});

export const updateCallAction = revalidatingAction(
  updateCall,
  ({ agreementsWithdrawn }) =>
    agreementsWithdrawn
      ? "Modifications enregistrées. L'accord déjà donné est retiré : il portait sur le texte précédent."
      : "Modifications enregistrées.",
  { read: callInput },
);

export const agreeCallAction = stepAction(agreeToPublish, "accord", ({ published }) =>
  published
    ? "Appel publié : les collèges éligibles peuvent candidater aux dates prévues."
    : "Accord enregistré : l'appel sera publié dès l'accord de l'autre partie.",
);

export const saveApplicationAction = revalidatingAction(
  saveApplication,
  ({ totalCents }) => `Dossier enregistré (demande chiffrée à ${formatCents(totalCents)}).`,
  { read: applicationInput },
);

export const submitApplicationAction = stepAction(
  submitApplication,
  "depot",
  () => "Dossier déposé : la collectivité et, pour un appel conjoint, l'académie le reçoivent.",
);

/** One party's scoring: a number of points per criterion of the grid (`points0`, `points1`…). */
function scoreInput(formData: FormData) {
  const points: string[] = [];
  for (let i = 0; formData.has(`points${i}`); i += 1) points.push(formText(formData, `points${i}`));
  return { ...formObject(formData), points };
}

export const scoreApplicationAction = stepAction(
  scoreApplication,
  "notation",
  ({ total }) => `Notation enregistrée : ${total} points sur 100.`,
  scoreInput,
);

export const proposeDecisionAction = stepAction(proposeDecision, "proposition", ({ final }) =>
  final
    ? "Décision prise : le collège en est informé."
    : "Décision proposée : elle sera prise quand l'autre partie l'aura confirmée.",
);

export const confirmDecisionAction = stepAction(
  confirmDecision,
  "decision",
  () => "Décision confirmée : elle est prise, et le collège en est informé.",
);

export const deliverApplicationAction = stepAction(
  deliverApplication,
  "livraison",
  ({ created }) =>
    `Livraison enregistrée : ${created} équipements entrés à l'inventaire du collège.`,
);

export const fileReportAction = stepAction(fileReport, "bilan", () => "Bilan déposé.");

export const assessReportAction = stepAction(
  assessReport,
  "appreciation",
  () => "Appréciation de l'académie enregistrée.",
);

export const remindCallAction = revalidatingAction(
  remindCallColleges,
  ({ colleges, mails }) =>
    `Relance envoyée : ${plural(mails, "courriel")} aux chefs de ${plural(colleges, "collège")} sans dossier déposé.`,
);

export const addApplicationAttachmentsAction = formAction(async (ctx, formData) => {
  const { added } = await addApplicationAttachments(ctx, formObject(formData), formFiles(formData));
  revalidateForm(formData);
  return `${plural(added, "fichier joint", "fichiers joints")} au dossier.`;
});
