import { z } from "zod";
import type { ConventionKind } from "@/lib/generated/prisma/enums";
import {
  COMMITMENT_KINDS,
  CONVENTION_VARIABLES,
  type ConventionVariable,
  MAINTENANCE_LEVELS,
  MATRIX_HOLDERS,
  PARTIES,
  PARTY_IN_SENTENCE,
  partiesOf,
  variablesIn,
} from "@/lib/conventions/vocabulary";
import {
  ASSISTANCE_DOMAINS,
  HANDLER_PARTIES,
  ROUTING_LEVELS,
  SLA_UNITS,
} from "@/lib/assistance/vocabulary";

/**
 * The document of a convention or of a template version: ordered articles (with `{{variables}}`),
 * the responsibility matrix, the service levels, the annexes to attach and the signing order.
 * Stored as JSON on immutable versions; this schema is the only way in.
 */

const VARIABLE_NAMES = Object.keys(CONVENTION_VARIABLES) as [
  ConventionVariable,
  ...ConventionVariable[],
];

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .trim()
    .min(1, `${label} : ce champ est obligatoire.`)
    .max(max, `${label} : ${max} caractères au plus.`);

export const articleSchema = z.object({
  title: text(200, "Titre de l'article"),
  body: text(20_000, "Texte de l'article").superRefine((body, ctx) => {
    const unknown = variablesIn(body).filter((name) => !(name in CONVENTION_VARIABLES));
    if (unknown.length > 0)
      ctx.addIssue({
        code: "custom",
        message: `Variable inconnue : ${unknown.map((n) => `{{${n}}}`).join(", ")}.`,
      });
  }),
});

export const matrixRowSchema = z.object({
  domain: text(120, "Domaine"),
  holder: z.enum(MATRIX_HOLDERS, {
    error: "Responsable : choisissez collectivité, État, EPLE ou partagé.",
  }),
  level: z.enum(MAINTENANCE_LEVELS, { error: "Niveau : N0 à N3, ou vide." }).default(""),
  detail: z.string().trim().max(500, "Précision : 500 caractères au plus.").default(""),
});

export const serviceLevelSchema = z.object({
  service: text(200, "Service"),
  level: z.enum(MAINTENANCE_LEVELS, { error: "Niveau : N0 à N3, ou vide." }).default(""),
  commitment: text(300, "Engagement"),
});

/**
 * The structured part of the matrix: for each assistance domain it names, the party whose queue
 * an incident lands in, at which level (lib/assistance/routing.ts).
 */
export const routingRuleSchema = z.object({
  domain: z.enum(ASSISTANCE_DOMAINS, { error: "Domaine d'assistance inconnu." }),
  party: z.enum(HANDLER_PARTIES, {
    error: "Traité par : choisissez la collectivité, l'académie ou l'établissement.",
  }),
  level: z.enum(ROUTING_LEVELS, { error: "Niveau : N0, N1, N2 ou N3." }),
});

const slaAmount = (label: string) =>
  z.coerce
    .number({ error: `${label} : nombre attendu.` })
    .int(`${label} : nombre entier attendu.`)
    .min(1, `${label} : au moins 1.`)
    .max(365, `${label} : 365 au plus.`);

/**
 * A measured service level: for a level (and one domain, or all of them), the time to take
 * charge and to resolve, in working hours or working days; `schoolHolidays` also stops the clock
 * during the school holidays of the académie's zone.
 */
export const slaRuleSchema = z.object({
  level: z.enum(ROUTING_LEVELS, { error: "Niveau : N0, N1, N2 ou N3." }),
  domain: z
    .enum(["", ...ASSISTANCE_DOMAINS], { error: "Domaine d'assistance inconnu." })
    .default(""),
  takeCharge: slaAmount("Délai de prise en charge"),
  takeChargeUnit: z.enum(SLA_UNITS, { error: "Unité : heures ou jours ouvrés." }),
  resolve: slaAmount("Délai de résolution"),
  resolveUnit: z.enum(SLA_UNITS, { error: "Unité : heures ou jours ouvrés." }),
  schoolHolidays: z.boolean().default(false),
});

const clockTime = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} : heure au format HH:MM.`);

export const assistanceSchema = z
  .object({
    routing: z.array(routingRuleSchema).max(30, "30 domaines au plus."),
    serviceLevels: z.array(slaRuleSchema).max(40, "40 engagements mesurés au plus."),
    workdayStart: clockTime("Début de journée ouvrée").default("08:00"),
    workdayEnd: clockTime("Fin de journée ouvrée").default("17:30"),
    /** A resolved incident the collège neither confirms nor reopens closes itself after this. */
    closeAfterDays: z.coerce.number().int().min(1).max(60).default(7),
    /** A closed incident can be reopened for this many days. */
    reopenWithinDays: z.coerce.number().int().min(1).max(90).default(15),
  })
  .refine((a) => a.workdayStart < a.workdayEnd, {
    message: "La journée ouvrée finit après avoir commencé.",
    path: ["workdayEnd"],
  })
  .refine((a) => new Set(a.routing.map((r) => r.domain)).size === a.routing.length, {
    message: "Chaque domaine d'assistance est aiguillé une seule fois.",
    path: ["routing"],
  })
  .refine(
    (a) =>
      new Set(a.serviceLevels.map((r) => `${r.level}/${r.domain}`)).size === a.serviceLevels.length,
    { message: "Un seul engagement par niveau et domaine.", path: ["serviceLevels"] },
  );

/** What a convention written before the structured matrix reads as: it routes nothing. */
export const NO_ASSISTANCE = {
  routing: [],
  serviceLevels: [],
  workdayStart: "08:00",
  workdayEnd: "17:30",
  closeAfterDays: 7,
  reopenWithinDays: 15,
};

/** Whether a document routes or measures anything: a convention written before says nothing. */
export const hasAssistance = (a: Pick<Assistance, "routing" | "serviceLevels">) =>
  a.routing.length > 0 || a.serviceLevels.length > 0;

/**
 * A party's measurable commitment: who, what (a kind the review measures, or one the party
 * follows), in words, and the figure committed to.
 */
export const commitmentSchema = z.object({
  party: z.enum(PARTIES, { error: "Partie : collectivité, État ou établissement." }),
  kind: z.enum(COMMITMENT_KINDS, { error: "Type d'engagement inconnu." }),
  label: text(200, "Engagement"),
  target: z.coerce
    .number({ error: "Valeur visée : nombre attendu." })
    .int("Valeur visée : nombre entier attendu.")
    .min(0, "Valeur visée : 0 ou plus.")
    .max(100_000, "Valeur visée : 100 000 au plus."),
});

export const signingStepSchema = z.object({
  party: z.enum(PARTIES),
  order: z.coerce.number().int().min(1, "Ordre : de 1 à 3.").max(3, "Ordre : de 1 à 3."),
});

export const referentsSchema = z.object({
  numerique: z.string().trim().max(200).default(""),
  technique: z.string().trim().max(200).default(""),
  collectivite: z.string().trim().max(200).default(""),
});

export const conventionContentSchema = z
  .object({
    articles: z
      .array(articleSchema)
      .min(1, "Une convention compte au moins un article.")
      .max(60, "60 articles au plus."),
    matrix: z.array(matrixRowSchema).max(60, "60 lignes de matrice au plus."),
    serviceLevels: z.array(serviceLevelSchema).max(40, "40 niveaux de service au plus."),
    commitments: z.array(commitmentSchema).max(30, "30 engagements au plus.").default([]),
    assistance: assistanceSchema.default(NO_ASSISTANCE),
    annexes: z.object({
      inventory: z.boolean().default(true),
      serviceLevels: z.boolean().default(true),
    }),
    signingOrder: z.array(signingStepSchema).min(2).max(3),
    referents: referentsSchema.default({ numerique: "", technique: "", collectivite: "" }),
    /** Variables the collectivité marked « sans objet »: they read so, and no longer stop the freeze. */
    notApplicable: z
      .array(z.enum(VARIABLE_NAMES, { error: "Variable inconnue." }))
      .max(20)
      .default([]),
  })
  .refine((c) => new Set(c.signingOrder.map((s) => s.party)).size === c.signingOrder.length, {
    message: "Chaque partie signe une seule fois.",
    path: ["signingOrder"],
  });

export type ConventionContent = z.output<typeof conventionContentSchema>;
export type Article = ConventionContent["articles"][number];
export type MatrixRow = ConventionContent["matrix"][number];
export type ServiceLevel = ConventionContent["serviceLevels"][number];
export type Commitment = ConventionContent["commitments"][number];
export type SigningStep = ConventionContent["signingOrder"][number];
export type Assistance = ConventionContent["assistance"];
export type RoutingRule = Assistance["routing"][number];
export type SlaRule = Assistance["serviceLevels"][number];

/**
 * The kind whose parties sign: an avenant is signed by the parties of the convention it amends,
 * which its space columns name (as they name the spaces that see it): no collège for a
 * convention-cadre, no académie for a convention collectivité–EPLE.
 */
export function signingKindOf(convention: {
  kind: ConventionKind;
  etablissementId: string | null;
  academieCode: string | null;
}): Exclude<ConventionKind, "AVENANT"> {
  if (convention.kind !== "AVENANT") return convention.kind;
  if (!convention.etablissementId) return "CADRE";
  return convention.academieCode ? "TRIPARTITE" : "BIPARTITE_EPLE";
}

/** Checks that the signing order names exactly the parties of the kind. */
export function signingOrderError(
  kind: ConventionKind,
  order: readonly SigningStep[],
): string | null {
  const expected = [...partiesOf(kind)].sort();
  const given = order.map((s) => s.party).sort();
  if (expected.join() !== given.join()) {
    if (kind === "CADRE")
      return "Une convention-cadre est signée par la collectivité et l'académie, une fois chacune.";
    if (kind === "BIPARTITE_EPLE")
      return "Une convention collectivité–établissement est signée par l'établissement et la collectivité, une fois chacun.";
    return "Une convention tripartite est signée par l'établissement, l'académie et la collectivité, une fois chacun.";
  }
  return null;
}

/**
 * Checks a document against the parties of its kind: its signing order names exactly them, and
 * only they make commitments (the académie commits to nothing in a convention collectivité–EPLE).
 */
export function contentPartiesError(
  kind: ConventionKind,
  content: Pick<ConventionContent, "signingOrder" | "commitments">,
): string | null {
  const orderError = signingOrderError(kind, content.signingOrder);
  if (orderError) return orderError;
  const parties = partiesOf(kind);
  const stranger = content.commitments.find((c) => !parties.includes(c.party));
  return stranger
    ? `Engagement « ${stranger.label} » : ${PARTY_IN_SENTENCE[stranger.party]} n'est pas partie à cette convention.`
    : null;
}

/** Parses stored content (trusted JSON written through the schema). */
export function readContent(json: unknown): ConventionContent {
  return conventionContentSchema.parse(json);
}
