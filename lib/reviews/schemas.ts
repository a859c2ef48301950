import { z } from "zod";
import { calendarDay } from "@/lib/conventions/schemas";
import { REVIEW_RATINGS } from "@/lib/reviews/vocabulary";

const id = (what: string) =>
  z.string().trim().min(1, `${what} introuvable.`).max(40, `${what} introuvable.`);

const DAY = 86_400_000;

export const openReviewSchema = z
  .object({
    conventionId: id("Convention"),
    from: calendarDay("Début de la période"),
    to: calendarDay("Fin de la période"),
  })
  .refine((v) => v.to >= v.from, {
    message: "La fin de la période suit son début.",
    path: ["to"],
  })
  .refine((v) => v.to.getTime() - v.from.getTime() <= 731 * DAY, {
    message: "Un bilan couvre deux ans au plus (un bilan par an).",
    path: ["to"],
  });

export const reviewIdSchema = z.object({ reviewId: id("Bilan") });

export const assessmentSchema = z.object({
  reviewId: id("Bilan"),
  rating: z.enum(REVIEW_RATINGS, {
    error: "Appréciation : satisfaisant, à améliorer ou insuffisant.",
  }),
  text: z
    .string({ error: "Appréciation : texte attendu." })
    .trim()
    .min(1, "Rédigez l'appréciation de votre partie.")
    .max(5000, "Appréciation : 5 000 caractères au plus."),
});

export const conclusionsSchema = z.object({
  reviewId: id("Bilan"),
  conclusions: z.string().trim().max(5000, "Conclusions : 5 000 caractères au plus.").default(""),
  meetingId: z
    .string()
    .trim()
    .max(40)
    .default("")
    .transform((v) => v || null),
});
