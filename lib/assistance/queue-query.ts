import { z } from "zod";
import { emptyToUndefined, pageSchema, uaiFilterSchema, urlFilter } from "@/lib/schema-fields";
import { keysOf } from "@/lib/objects";
import {
  ASSISTANCE_DOMAINS,
  HANDLER_PARTIES,
  INCIDENT_STATUSES,
  ROUTING_LEVELS,
} from "@/lib/assistance/vocabulary";
import { SLA_STATE_LABELS } from "@/lib/assistance/sla-state";

/*
 * The URL of the incident queue: its filters, order and page. Read by lib (the query) and by the
 * filter form (the values it shows); a wrong value is dropped, never refused.
 */

/** `etat=`: the open ones by default, every one, or one state. */
export const STATUS_FILTER_LABELS = {
  ouverts: "En cours (non résolus)",
  tous: "Tous",
} as const;

/** `file=`: every queue, or one party's; a handler's own by default. */
export const ALL_QUEUES = "toutes";

/** `anciennete=`: reported more than this many days ago. */
export const AGE_LABELS = {
  "1": "Plus d'un jour",
  "3": "Plus de 3 jours",
  "7": "Plus d'une semaine",
  "30": "Plus d'un mois",
} as const;

/** `secteur=`: one secteur's collèges (its id), or those in none. */
export const NO_SECTOR = "aucun";

/** `attribue=`: mine, or nobody's. */
export const ASSIGNEE_LABELS = { moi: "À moi", personne: "À personne" } as const;

export const QUEUE_SORTS = ["reportedAt", "reference", "urgency", "due", "status"] as const;

export const queueQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  uai: uaiFilterSchema,
  secteur: urlFilter(z.string().trim().min(1).max(40)),
  domain: urlFilter(z.enum(ASSISTANCE_DOMAINS)),
  file: urlFilter(z.enum([ALL_QUEUES, ...HANDLER_PARTIES])),
  level: urlFilter(z.enum(ROUTING_LEVELS)),
  etat: z
    .preprocess(emptyToUndefined, z.enum([...keysOf(STATUS_FILTER_LABELS), ...INCIDENT_STATUSES]))
    .default("ouverts")
    .catch("ouverts"),
  anciennete: urlFilter(z.enum(keysOf(AGE_LABELS))),
  delai: urlFilter(z.enum(keysOf(SLA_STATE_LABELS))),
  attribue: urlFilter(z.enum(keysOf(ASSIGNEE_LABELS))),
  sort: z.enum(QUEUE_SORTS).default("reportedAt").catch("reportedAt"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});

export type QueueQuery = z.output<typeof queueQuerySchema>;
