"use server";

import { revalidatingAction } from "@/app/actions/form-actions";
import { saveNetworkProfile } from "@/lib/network/write-network";
import { saveNetworkThresholds } from "@/lib/network/panel";

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
