import { z } from "zod";
import {
  pageSchema,
  requiredCalendarDate,
  requiredText,
  uaiFilterSchema,
  urlFilter,
} from "@/lib/schema-fields";
import {
  HALF_DAYS,
  MAX_VISITS_PER_MONTH,
  VISIT_STATUSES,
  WEEKDAYS,
} from "@/lib/assistance/visits-vocabulary";

const visitId = z
  .string({ error: "Visite introuvable." })
  .trim()
  .min(1, "Visite introuvable.")
  .max(40, "Visite introuvable.");

/** A technician chosen in a form: empty is « nobody yet ». */
const technicianId = z
  .string()
  .trim()
  .max(40, "Technicien introuvable.")
  .optional()
  .transform((v) => v || null);

const college = z
  .string({ error: "Collège : choisissez-le." })
  .trim()
  .toUpperCase()
  .regex(/^[0-9]{7}[A-Z]$/, "Collège : choisissez-le.");

const halfDay = z.enum(HALF_DAYS, { error: "Demi-journée : le matin ou l'après-midi." });

/** One half-day in one collège. */
export const planVisitSchema = z.object({
  uai: college,
  plannedOn: requiredCalendarDate("Date"),
  halfDay,
  technicianId,
});

/** « N demi-journées par mois », on the given weekdays, from one date to another. */
export const planRoundSchema = z
  .object({
    uai: college,
    from: requiredCalendarDate("Du"),
    to: requiredCalendarDate("Au"),
    perMonth: z.coerce
      .number({ error: "Demi-journées par mois : un nombre entier." })
      .int("Demi-journées par mois : un nombre entier.")
      .min(1, "Demi-journées par mois : au moins 1.")
      .max(MAX_VISITS_PER_MONTH, `Demi-journées par mois : ${MAX_VISITS_PER_MONTH} au plus.`),
    weekdays: z
      .array(z.enum(WEEKDAYS, { error: "Jours : du lundi au vendredi." }))
      .min(1, "Jours : cochez au moins un jour de la semaine."),
    halfDay,
    technicianId,
    skipSchoolHolidays: z
      .union([z.boolean(), z.literal("on"), z.literal("")])
      .default(false)
      .transform((v) => v === true || v === "on"),
  })
  .refine((round) => round.to >= round.from, {
    path: ["to"],
    message: "Au : la fin de la période vient après son début.",
  });

export const assignVisitSchema = z.object({ visitId, technicianId });

export const recordVisitSchema = z.object({
  visitId,
  report: requiredText(5_000, "Compte rendu"),
});

export const cancelVisitSchema = z.object({
  visitId,
  reason: requiredText(1_000, "Motif de l'annulation"),
});

/** The filters of a visit list in the URL; an invalid one is dropped. */
export const listVisitsSchema = z.object({
  /** AAAA-MM. */
  month: urlFilter(z.string().regex(/^20[0-9]{2}-(0[1-9]|1[0-2])$/)),
  uai: uaiFilterSchema,
  technicianId: urlFilter(z.string().max(40)),
  status: urlFilter(z.enum(VISIT_STATUSES)),
  page: pageSchema,
});
export type ListVisitsQuery = z.infer<typeof listVisitsSchema>;
