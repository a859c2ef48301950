"use server";

import { formList, formText, revalidatingAction } from "@/app/actions/form-actions";
import { saveDigitalService, setServiceUses } from "@/lib/network/services";
import { saveNetworkProfile } from "@/lib/network/write-network";
import { saveNetworkThresholds } from "@/lib/network/panel";
import { answerNetworkSuggestion, suggestNetworkCorrection } from "@/lib/network/suggestions";

export const saveNetworkAction = revalidatingAction(saveNetworkProfile, ({ changed }) =>
  changed
    ? "Réseau du collège enregistré ; les débits et salles modifiés entrent dans l'historique."
    : "Aucune modification : le réseau du collège était déjà ainsi.",
);

export const saveThresholdsAction = revalidatingAction(
  saveNetworkThresholds,
  "Seuils enregistrés : les niveaux des collèges en tiennent compte.",
  { layout: true },
);

export const suggestNetworkAction = revalidatingAction(
  suggestNetworkCorrection,
  "Suggestion envoyée à la collectivité : elle seule corrige la fiche réseau.",
);

export const answerSuggestionAction = revalidatingAction(
  answerNetworkSuggestion,
  "Réponse enregistrée et visible du collège.",
);

export const saveServiceAction = revalidatingAction(
  saveDigitalService,
  "Service du catalogue enregistré.",
);

export const setServiceUsesAction = revalidatingAction(
  setServiceUses,
  ({ count }) => `Collèges utilisant ce service enregistrés (${count}).`,
  {
    read: (formData) => ({
      serviceId: formText(formData, "serviceId"),
      uais: formList(formData, "uais"),
    }),
  },
);
