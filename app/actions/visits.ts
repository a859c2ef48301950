"use server";

import { formObject } from "@/lib/actions/run-action";
import {
  formList,
  formSection,
  redirectingAction,
  revalidatingAction,
} from "@/app/actions/form-actions";
import { planVisit, planVisitRound } from "@/lib/assistance/visits-plan-write";
import { assignVisit, cancelVisit, recordVisit } from "@/lib/assistance/visits-record";
import { monthLabel } from "@/lib/assistance/visits-vocabulary";
import { plural } from "@/lib/format";

export const planVisitAction = redirectingAction(
  planVisit,
  ({ id }, formData) => `${formSection(formData, /^\/c\/[^/]+\/tournees/)}/${id}?fait=creation`,
);

export const planVisitRoundAction = revalidatingAction(
  planVisitRound,
  ({ count, months }) =>
    `${plural(count, "demi-journée planifiée", "demi-journées planifiées")} — ${months
      .map(
        (m) =>
          `${monthLabel(m.month)} : ${m.planned}${m.planned < m.wanted ? ` sur ${m.wanted} (pas assez de jours libres)` : ""}`,
      )
      .join(" ; ")}.`,
  { read: (formData) => ({ ...formObject(formData), weekdays: formList(formData, "weekdays") }) },
);

export const assignVisitAction = revalidatingAction(assignVisit, ({ name }) =>
  name ? `Visite confiée à ${name}.` : "La visite n'a plus de technicien.",
);

export const recordVisitAction = revalidatingAction(recordVisit, "Compte rendu enregistré.");

export const cancelVisitAction = revalidatingAction(cancelVisit, "Visite annulée.");
