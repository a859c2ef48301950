import { z } from "zod";
import { boundedInteger, optionalCalendarDate, optionalText, recordId } from "@/lib/schema-fields";

export const ACCESS_TECHNOLOGIES = [
  "FIBRE_FTTO",
  "FIBRE_FTTH",
  "CUIVRE",
  "RADIO",
  "SATELLITE",
] as const;

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A speed typed in Mbit/s (« 100 », « 12,5 »), kept in kbit/s; empty: unknown. */
const speed = (label: string) =>
  z.preprocess(
    empty,
    z
      .string()
      .trim()
      .transform((value, ctx) => {
        const mbps = Number(value.replace(/\s/g, "").replace(",", "."));
        if (!Number.isFinite(mbps) || mbps <= 0 || mbps > 100_000) {
          ctx.addIssue({
            code: "custom",
            message: `${label} : un débit en Mbit/s, supérieur à 0 et au plus 100 000 (par exemple 100 ou 12,5).`,
          });
          return z.NEVER;
        }
        return Math.round(mbps * 1000);
      })
      .optional(),
  );

const count = (label: string, max: number) =>
  z.preprocess(empty, boundedInteger(label, 0, max).optional());

const tristate = z
  .enum(["", "oui", "non"], { error: "GAR : oui, non ou inconnu." })
  .optional()
  .transform((v) => (v === "oui" ? true : v === "non" ? false : null));

/** What the collectivité records of a collège's network (every field may stay unknown). */
export const networkProfileSchema = z
  .object({
    uai: recordId("Collège"),
    accessTechnology: z.preprocess(
      empty,
      z.enum(ACCESS_TECHNOLOGIES, { error: "Accès internet : technologie inconnue." }).optional(),
    ),
    downMbps: speed("Débit descendant"),
    upMbps: speed("Débit montant"),
    operator: optionalText(200, "Opérateur"),
    contractEndsOn: optionalCalendarDate("Fin du contrat d'accès"),
    backupLink: optionalText(200, "Lien de secours"),
    backboneMbps: count("Débit du cœur de réseau (Mbit/s)", 100_000),
    lastAuditOn: optionalCalendarDate("Dernier audit du réseau"),
    teachingRooms: count("Salles d'enseignement", 500),
    wifiRooms: count("Salles couvertes par le Wi-Fi", 500),
    filteringSolution: optionalText(200, "Solution de filtrage"),
    filteringParty: z.preprocess(
      empty,
      z.enum(["COLLECTIVITE", "ETAT", "EPLE"], { error: "Filtrage : partie inconnue." }).optional(),
    ),
    entName: optionalText(200, "ENT"),
    entGroupement: optionalText(200, "Groupement de commandes de l'ENT"),
    entSince: optionalCalendarDate("ENT en service depuis"),
    garEnabled: tristate,
    messaging: optionalText(200, "Messagerie"),
  })
  .superRefine((v, ctx) => {
    if (v.wifiRooms !== undefined && v.teachingRooms !== undefined && v.wifiRooms > v.teachingRooms)
      ctx.addIssue({
        code: "custom",
        path: ["wifiRooms"],
        message: "Salles couvertes par le Wi-Fi : pas plus que les salles d'enseignement.",
      });
  });

export type NetworkProfileFields = z.output<typeof networkProfileSchema>;

/** A collectivité's thresholds: three increasing speeds, a speed per élève, a coverage. */
export const thresholdsSchema = z
  .object({
    kbpsPerPupil: boundedInteger("Débit par élève (kbit/s)", 1, 10_000),
    criticalMbps: boundedInteger("Seuil critique (Mbit/s)", 1, 100_000),
    targetMbps: boundedInteger("Palier cible (Mbit/s)", 1, 100_000),
    highMbps: boundedInteger("Très haut débit (Mbit/s)", 1, 100_000),
    wifiCoveragePct: boundedInteger("Couverture Wi-Fi visée (%)", 1, 100),
  })
  .superRefine((v, ctx) => {
    if (!(v.criticalMbps < v.targetMbps && v.targetMbps < v.highMbps))
      ctx.addIssue({
        code: "custom",
        path: ["targetMbps"],
        message:
          "Paliers de débit : le seuil critique, le palier cible et le très haut débit vont en croissant.",
      });
  });
