"use server";

import { formAction, revalidatingAction, stepAction } from "@/app/actions/form-actions";
import { formObject } from "@/lib/actions/run-action";
import {
  addWave,
  adoptProgramme,
  assignCollege,
  attestTraining,
  createProgramme,
  declareTraining,
  removeAssignment,
  setNetworkReadiness,
  updateProgramme,
} from "@/lib/programmes/write-programme";

export const createProgrammeAction = formAction(async (ctx, formData) => {
  const { id } = await createProgramme(ctx, formObject(formData));
  const code = ctx.scope.type === "COLLECTIVITE" ? ctx.scope.code : "";
  return {
    message: "Programme enregistré : ajoutez ses vagues et placez-y les collèges.",
    to: `/c/${code}/appels/programmes/${id}`,
  };
});

export const updateProgrammeAction = revalidatingAction(
  updateProgramme,
  "Modifications enregistrées.",
  { layout: true },
);

export const addWaveAction = revalidatingAction(
  addWave,
  ({ number }) => `Vague ${number} ajoutée.`,
  { layout: true },
);

export const assignCollegeAction = revalidatingAction(
  assignCollege,
  ({ moved }) => (moved ? "Collège changé de vague." : "Collège placé dans la vague."),
  { layout: true },
);

export const removeAssignmentAction = stepAction(
  removeAssignment,
  "retrait",
  () => "Collège retiré du programme.",
);

export const networkReadinessAction = stepAction(
  setNetworkReadiness,
  "reseau",
  () => "État du réseau enregistré.",
);

export const adoptProgrammeAction = stepAction(
  adoptProgramme,
  "adoption",
  () => "Programme adopté.",
);

export const attestTrainingAction = stepAction(
  attestTraining,
  "attestation",
  () => "Formation attestée.",
);

export const declareTrainingAction = stepAction(
  declareTraining,
  "declaration",
  () => "Formation déclarée.",
);
