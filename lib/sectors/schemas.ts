import { z } from "zod";
import { requiredText } from "@/lib/schema-fields";

const sectorId = z
  .string({ error: "Secteur introuvable." })
  .trim()
  .min(1, "Secteur introuvable.")
  .max(50, "Secteur introuvable.");

const name = requiredText(80, "Nom du secteur");

export const createSectorSchema = z.object({ name });

export const renameSectorSchema = z.object({ sectorId, name });

export const deleteSectorSchema = z.object({ sectorId });

/** The collèges of a secteur, as checked in its list: the whole set, by id (none: an empty secteur). */
export const setSectorCollegesSchema = z.object({
  sectorId,
  etablissementIds: z
    .array(z.string().trim().min(1).max(50), { error: "Liste de collèges invalide." })
    .max(500, "Trop de collèges cochés (500 au plus)."),
});

export type CreateSectorInput = z.infer<typeof createSectorSchema>;
