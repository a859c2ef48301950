import { z } from "zod";
import {
  boundedInteger,
  checkboxField,
  optionalCalendarDate,
  optionalRecordId,
  optionalText,
  positiveEurosCents,
  recordId,
  requiredCalendarDate,
  requiredText,
} from "@/lib/schema-fields";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { REPORT_MILESTONES, type ReportMilestone } from "@/lib/calls/instruction-rules";

const id = recordId;

const integer = boundedInteger;
const checkbox = checkboxField;

/** One criterion of the scoring grid and its weight, in points out of 100. */
export const criterionSchema = z.object({
  label: requiredText(200, "Critère"),
  weight: integer("Poids du critère", 1, 100),
});
export type Criterion = z.output<typeof criterionSchema>;

const categories = z
  .array(z.enum(EQUIPMENT_CATEGORIES, { error: "Équipements proposés : catégorie inconnue." }))
  .min(1, "Équipements proposés : cochez au moins une catégorie.")
  .transform((list) => EQUIPMENT_CATEGORIES.filter((c) => list.includes(c)));

/** Every field of an appel à projets the collectivité writes (and the académie reads before agreeing). */
export const callFieldsSchema = z
  .object({
    title: z
      .string({ error: "Intitulé : ce champ est obligatoire." })
      .trim()
      .min(3, "Intitulé : 3 caractères au moins.")
      .max(200, "Intitulé : 200 caractères au plus."),
    objectives: requiredText(4000, "Objectifs"),
    /** A joint call with the collectivité's académie: both parties agree before it is published. */
    joint: checkbox,
    eligiblePublic: checkbox,
    eligiblePrivate: checkbox,
    prioritaireOnly: checkbox,
    criteria: z
      .array(criterionSchema, { error: "Grille : ajoutez au moins un critère." })
      .min(1, "Grille : ajoutez au moins un critère.")
      .max(10, "Grille : 10 critères au plus."),
    envelope: positiveEurosCents("Enveloppe"),
    budgetLineId: optionalRecordId(),
    opensOn: requiredCalendarDate("Ouverture des candidatures"),
    closesOn: requiredCalendarDate("Date limite de dépôt"),
    decisionOn: requiredCalendarDate("Date de la décision"),
    categories,
    services: optionalText(2000, "Services proposés"),
    trainingRequired: requiredText(2000, "Engagements de formation demandés"),
  })
  .superRefine((v, ctx) => {
    const total = v.criteria.reduce((sum, c) => sum + c.weight, 0);
    if (total !== 100)
      ctx.addIssue({
        code: "custom",
        path: ["criteria"],
        message: `Grille : les poids des critères font ${total} points ; ils doivent faire 100.`,
      });
    if (new Set(v.criteria.map((c) => c.label.toLowerCase())).size !== v.criteria.length)
      ctx.addIssue({
        code: "custom",
        path: ["criteria"],
        message: "Grille : chaque critère n'apparaît qu'une fois.",
      });
    if (!v.eligiblePublic && !v.eligiblePrivate)
      ctx.addIssue({
        code: "custom",
        path: ["eligiblePublic"],
        message: "Éligibilité : cochez les collèges publics, privés, ou les deux.",
      });
    if (v.closesOn < v.opensOn)
      ctx.addIssue({
        code: "custom",
        path: ["closesOn"],
        message: "La date limite de dépôt suit l'ouverture des candidatures.",
      });
    if (v.decisionOn < v.closesOn)
      ctx.addIssue({
        code: "custom",
        path: ["decisionOn"],
        message: "La décision suit la date limite de dépôt.",
      });
  });
export type CallFields = z.output<typeof callFieldsSchema>;

export const updateCallSchema = z.intersection(
  z.object({ callId: id("Appel à projets") }),
  callFieldsSchema,
);

export const callIdSchema = z.object({ callId: id("Appel à projets") });

/** One line of equipment a collège asks for: a category the call offers, and how many. */
export const requestedLineSchema = z.object({
  category: z.enum(EQUIPMENT_CATEGORIES, { error: "Équipement demandé : catégorie inconnue." }),
  quantity: integer("Quantité demandée", 1, 2000),
});

/** A collège's dossier, as its chef or référent numérique writes it. */
export const applicationSchema = z.object({
  callId: id("Appel à projets"),
  project: requiredText(4000, "Le projet"),
  projetEtablissement: requiredText(2000, "Lien avec le projet d'établissement"),
  classes: requiredText(500, "Classes concernées"),
  teachers: integer("Enseignants engagés", 1, 300),
  equipment: z
    .array(requestedLineSchema)
    .max(12, "Équipement demandé : 12 lignes au plus.")
    .refine((lines) => new Set(lines.map((l) => l.category)).size === lines.length, {
      message: "Équipement demandé : une ligne par catégorie.",
    }),
  trainingNeeds: requiredText(2000, "Besoins de formation"),
  conseilPedagogiqueOn: optionalCalendarDate("Avis du conseil pédagogique"),
});
export type ApplicationFields = z.output<typeof applicationSchema>;

export const applicationIdSchema = z.object({ applicationId: id("Dossier") });

/** One party's scoring of a dossier: points per criterion in the grid's order, and a private note. */
export const scoreSchema = z.object({
  applicationId: id("Dossier"),
  points: z
    .array(integer("Points", 0, 100), { error: "Notation : des points par critère sont attendus." })
    .min(1, "Notation : des points par critère sont attendus.")
    .max(10, "Notation : 10 critères au plus."),
  note: optionalText(2000, "Note interne"),
});

const optionalEurosCents = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    positiveEurosCents(label).optional(),
  );

/** The committee's decision on a dossier, as one party proposes it. */
export const decisionSchema = z
  .object({
    applicationId: id("Dossier"),
    decision: z.enum(["RETENU", "RETENU_SOUS_CONDITIONS", "AJOURNE", "REFUSE"], {
      error: "Décision : choisissez retenu, retenu sous conditions, ajourné ou refusé.",
    }),
    /** Empty on a retained dossier: what it asked for. */
    granted: optionalEurosCents("Montant accordé"),
    reasons: optionalText(2000, "Conditions ou motifs"),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "RETENU" && !v.reasons)
      ctx.addIssue({
        code: "custom",
        path: ["reasons"],
        message:
          v.decision === "RETENU_SOUS_CONDITIONS"
            ? "Conditions : dites lesquelles ; le collège les lira."
            : "Motifs : dites pourquoi ; le collège les lira.",
      });
    if ((v.decision === "AJOURNE" || v.decision === "REFUSE") && v.granted !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["granted"],
        message: "Montant accordé : un dossier ajourné ou refusé ne reçoit rien.",
      });
  });

/** The other party confirms the proposal it read (the proposal's time says which one). */
export const confirmDecisionSchema = z.object({
  applicationId: id("Dossier"),
  proposedAt: z.iso.datetime({ error: "Proposition : relisez la page et recommencez." }),
});

export const deliverySchema = z.object({
  applicationId: id("Dossier"),
  deliveredOn: requiredCalendarDate("Date de livraison"),
});

/** The collège's report on its funded project at 6, 12 or 24 months. */
export const reportSchema = z.object({
  callId: id("Appel à projets"),
  milestone: z.coerce
    .number({ error: "Bilan : à 6, 12 ou 24 mois." })
    .refine((m): m is ReportMilestone => (REPORT_MILESTONES as readonly number[]).includes(m), {
      message: "Bilan : à 6, 12 ou 24 mois.",
    }),
  classesUsing: integer("Classes qui utilisent l'équipement", 0, 200),
  pupilsReached: integer("Élèves concernés", 0, 5000),
  equipmentInUsePct: integer("Part de l'équipement utilisée en classe (%)", 0, 100),
  whatWorked: requiredText(4000, "Ce qui a fonctionné"),
  difficulties: requiredText(4000, "Difficultés rencontrées"),
});

/** The académie's pedagogical assessment of a report. */
export const assessmentSchema = z.object({
  reportId: id("Bilan"),
  assessment: requiredText(4000, "Appréciation pédagogique"),
});
