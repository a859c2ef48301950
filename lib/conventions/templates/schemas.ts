import { z } from "zod";
import { AppError } from "@/lib/errors";
import {
  conventionContentSchema,
  contentPartiesError,
  signingOrderError,
  type ConventionContent,
} from "@/lib/conventions/content";
import { TEMPLATE_KINDS, type TemplateKind } from "@/lib/conventions/vocabulary";

/** The editor posts the whole document; 60 articles of 20 000 characters fit with room to spare. */
const MAX_CONTENT_CHARS = 1_500_000;

const contentJson = z
  .string({ error: "Le contenu du modèle est manquant : rechargez la page et recommencez." })
  .max(MAX_CONTENT_CHARS, "Le contenu du modèle est trop volumineux.");

export const createTemplateSchema = z.object({
  kind: z.enum(TEMPLATE_KINDS, {
    error: "Choisissez le type de modèle : convention-cadre ou convention tripartite.",
  }),
  name: z
    .string({ error: "Saisissez le nom du modèle." })
    .trim()
    .min(3, "Le nom du modèle compte au moins 3 caractères.")
    .max(120, "Nom trop long (120 caractères au plus)."),
  /** JSON from the editor; absent: the default document of the kind. */
  content: contentJson.optional(),
});

export const saveTemplateVersionSchema = z.object({
  templateId: z
    .string({ error: "Modèle introuvable." })
    .trim()
    .min(1, "Modèle introuvable.")
    .max(50, "Modèle introuvable."),
  note: z.string().trim().max(500, "Note de version : 500 caractères au plus.").default(""),
  content: contentJson,
  /** The version the editor started from: saving over a newer one is refused (lost update). */
  baseVersion: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: "Version de départ invalide." })
      .int("Version de départ invalide.")
      .min(1, "Version de départ invalide.")
      .optional(),
  ),
});

export type CreateTemplateInput = z.infer<typeof createTemplateSchema>;
export type SaveTemplateVersionInput = z.infer<typeof saveTemplateVersionSchema>;

/** Where an issue lies, in the editor's words, by section path; lists are counted from 1. */
const SECTION_LABELS: Record<string, (index: number | undefined) => string> = {
  articles: (i) => (i === undefined ? "Articles" : `Article ${i + 1}`),
  matrix: (i) =>
    i === undefined ? "Matrice des responsabilités" : `Matrice des responsabilités, ligne ${i + 1}`,
  serviceLevels: (i) => (i === undefined ? "Niveaux de service" : `Niveau de service n° ${i + 1}`),
  annexes: () => "Annexes",
  signingOrder: () => "Ordre de signature",
  referents: () => "Référents",
  assistance: () => "Aiguillage des signalements et engagements mesurés",
  "assistance.routing": (i) =>
    i === undefined ? "Aiguillage des signalements" : `Aiguillage des signalements, ligne ${i + 1}`,
  "assistance.serviceLevels": (i) =>
    i === undefined ? "Engagements mesurés" : `Engagement mesuré n° ${i + 1}`,
  "assistance.workdayStart": () => "Journée ouvrée",
  "assistance.workdayEnd": () => "Journée ouvrée",
  "assistance.closeAfterDays": () => "Clôture automatique",
  "assistance.reopenWithinDays": () => "Réouverture",
};

// The content schema words its own messages; these cover the parts it leaves to zod's defaults.
const SECTION_FALLBACKS: Record<string, string> = {
  signingOrder: "chaque partie signe une fois, à un rang de 1 à 3.",
  annexes: "indiquez pour chaque annexe si elle est jointe.",
  referents: "200 caractères au plus par référent.",
  "assistance.workdayStart": "heure de début au format HH:MM.",
  "assistance.workdayEnd": "heure de fin au format HH:MM.",
  "assistance.closeAfterDays": "un nombre entier de jours, de 1 à 60.",
  "assistance.reopenWithinDays": "un nombre entier de jours, de 1 à 90.",
  "assistance.serviceLevels.schoolHolidays":
    "indiquez si le délai est suspendu pendant les vacances scolaires.",
};
const frenchDefaults = z.locales.fr().localeError;

/** The entry of `table` for the longest section path that starts `path`, and the index after it. */
function sectionOf<V>(table: Record<string, V>, path: readonly PropertyKey[] = []) {
  for (let length = path.length; length > 0; length--) {
    const value = table[path.slice(0, length).map(String).join(".")];
    if (value !== undefined) {
      const next = path[length];
      return { value, index: typeof next === "number" ? next : undefined };
    }
  }
  return undefined;
}

/** « Article 3 — Titre de l'article : ce champ est obligatoire. » */
function locate(issue: z.core.$ZodIssue): string {
  const section = sectionOf(SECTION_LABELS, issue.path);
  const where = section ? section.value(section.index) : "Contenu";
  return `${where} — ${issue.message}`;
}

/**
 * Validates a document with the content schema; a refusal is one French sentence that says
 * where the problem is (« Engagement mesuré n° 2 — Délai de résolution : au moins 1. »).
 */
export function safeParseContent(
  value: unknown,
): { success: true; data: ConventionContent } | { success: false; message: string } {
  const parsed = conventionContentSchema.safeParse(value, {
    error: (issue) => sectionOf(SECTION_FALLBACKS, issue.path)?.value ?? frenchDefaults(issue),
  });
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, message: locate(parsed.error.issues[0]!) };
}

/**
 * Reads the document posted by the editor: JSON, then the content schema, then the parties of
 * the kind. Every refusal is an INVALID_INPUT whose message says where the problem is.
 */
export function parseTemplateContent(json: string, kind: TemplateKind): ConventionContent {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    const message = "Le contenu envoyé est illisible : rechargez la page et recommencez.";
    throw new AppError("INVALID_INPUT", message, { content: message });
  }
  const parsed = safeParseContent(value);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", parsed.message, { content: parsed.message });
  const orderError = signingOrderError(kind, parsed.data.signingOrder);
  if (orderError)
    throw new AppError("INVALID_INPUT", `Ordre de signature — ${orderError}`, {
      content: orderError,
    });
  const partiesError = contentPartiesError(kind, parsed.data);
  if (partiesError) throw new AppError("INVALID_INPUT", partiesError, { content: partiesError });
  return parsed.data;
}
