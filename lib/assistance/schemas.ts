import { z } from "zod";
import { optionalText, requiredText } from "@/lib/schema-fields";
import {
  ASSISTANCE_DOMAINS,
  HANDLER_PARTIES,
  INCIDENT_KINDS,
  ROUTING_LEVELS,
  URGENCIES,
} from "@/lib/assistance/vocabulary";

const id = (what: string) =>
  z
    .string({ error: `${what} introuvable.` })
    .trim()
    .min(1, `${what} introuvable.`)
    .max(40, `${what} introuvable.`);
const optionalId = (what: string) =>
  z
    .string()
    .trim()
    .max(40, `${what} introuvable.`)
    .transform((v) => v || null)
    .nullable()
    .default(null);

export const reportIncidentSchema = z.object({
  /** The collège, when a collectivité technician reports on its behalf (ignored in a collège's space). */
  uai: z.string().trim().toUpperCase().max(8).default(""),
  kind: z.enum(INCIDENT_KINDS, { error: "Nature : incident ou demande." }),
  domain: z.enum(ASSISTANCE_DOMAINS, { error: "Domaine : choisissez dans la liste." }),
  equipmentId: optionalId("Équipement"),
  /** The service of the collectivité's catalogue concerned, if any. */
  digitalServiceId: optionalId("Service"),
  visitId: optionalId("Visite"),
  room: optionalText(80, "Salle"),
  title: requiredText(140, "Objet"),
  description: requiredText(5_000, "Description"),
  urgency: z.enum(URGENCIES, { error: "Urgence : choisissez dans la liste." }),
});
export type ReportIncidentInput = z.input<typeof reportIncidentSchema>;

export const incidentIdSchema = z.object({ incidentId: id("Incident") });

export const assignIncidentSchema = incidentIdSchema.extend({
  assigneeId: id("Personne"),
});

export const pauseIncidentSchema = incidentIdSchema.extend({
  waitingFor: z.enum(["EN_ATTENTE_COLLEGE", "EN_ATTENTE_FOURNISSEUR"], {
    error: "En attente de qui : le collège ou un fournisseur.",
  }),
  reason: requiredText(1_000, "Motif de l'attente"),
});

export const rerouteIncidentSchema = incidentIdSchema.extend({
  party: z.enum(HANDLER_PARTIES, {
    error: "Destinataire : la collectivité, l'académie ou l'établissement.",
  }),
  level: z.enum(ROUTING_LEVELS, { error: "Niveau : N0, N1, N2 ou N3." }),
  reason: requiredText(1_000, "Motif du réaiguillage"),
});

export const resolveIncidentSchema = incidentIdSchema.extend({
  resolution: requiredText(5_000, "Résolution"),
  /** What becomes of the equipment: back to its status before the incident, or retired. */
  equipmentOutcome: z
    .enum(["REMIS_EN_SERVICE", "REFORME"], { error: "Suite pour l'équipement : choisissez." })
    .default("REMIS_EN_SERVICE"),
  disposalReason: optionalText(500, "Motif de la réforme"),
});

export const reopenIncidentSchema = incidentIdSchema.extend({
  reason: requiredText(1_000, "Motif de la réouverture"),
});

export const commentIncidentSchema = incidentIdSchema.extend({
  body: requiredText(5_000, "Commentaire"),
  internal: z
    .union([z.boolean(), z.literal("on"), z.literal("")])
    .default(false)
    .transform((v) => v === true || v === "on"),
});
