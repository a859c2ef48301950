import { z } from "zod";
import { departementCodeFilter } from "@/lib/schema-fields";

export const ETABLISSEMENT_SORTS = ["name", "commune", "uai", "departement"] as const;

/** Search, filters, sort and page of a registry list, as read from the URL. */
export const listEtablissementsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  secteur: z.enum(["PUBLIC", "PRIVE"]).optional().catch(undefined),
  ep: z.enum(["REP", "REP_PLUS", "HORS_EP"]).optional().catch(undefined),
  departement: departementCodeFilter,
  etat: z.enum(["OUVERT", "FERME", "TOUS"]).default("OUVERT").catch("OUVERT"),
  sort: z.enum(ETABLISSEMENT_SORTS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});

export type ListEtablissementsInput = z.input<typeof listEtablissementsSchema>;
export type ListEtablissementsQuery = z.output<typeof listEtablissementsSchema>;
