import { z } from "zod";
import {
  boundedInteger,
  checkboxField,
  optionalText,
  positiveEurosCents,
  recordId,
  requiredCalendarDate,
  requiredText,
} from "@/lib/schema-fields";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";

const MAX_UNIT_COST_CENTS = 10_000_000n;

/** The unit cost of the programme's equipment, in euros (« 2 500 »), at most 100 000 €. */
const unitCost = positiveEurosCents("Coût unitaire").refine(
  (cents) => cents <= MAX_UNIT_COST_CENTS,
  {
    message: "Coût unitaire : 100 000 € au plus.",
  },
);

/** What the collectivité writes of a programme. The unit cost may be left empty: the référentiel's. */
export const programmeSchema = z.object({
  title: requiredText(200, "Intitulé"),
  objective: requiredText(4000, "Objectif"),
  category: z.enum(EQUIPMENT_CATEGORIES, { error: "Équipement déployé : catégorie inconnue." }),
  unitCost: z.preprocess((v) => (v === "" ? undefined : v), unitCost.optional()),
});

export const updateProgrammeSchema = z.object({
  programmeId: recordId("Programme"),
  title: requiredText(200, "Intitulé"),
  objective: requiredText(4000, "Objectif"),
  unitCost,
});

export const programmeIdSchema = z.object({ programmeId: recordId("Programme") });

export const waveSchema = z.object({
  programmeId: recordId("Programme"),
  deploymentOn: requiredCalendarDate("Date de déploiement"),
  prefiguration: checkboxField,
});

export const assignSchema = z.object({
  programmeId: recordId("Programme"),
  waveId: recordId("Vague"),
  etablissementId: recordId("Collège"),
  plannedUnits: boundedInteger("Équipements prévus", 1, 10_000),
});

export const assignmentIdSchema = z.object({ assignmentId: recordId("Collège du programme") });

export const networkSchema = z.object({
  assignmentId: recordId("Collège du programme"),
  ready: checkboxField,
  note: optionalText(500, "Observation sur le réseau"),
});
