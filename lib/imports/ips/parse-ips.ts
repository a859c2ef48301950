import { z } from "zod";
import { etablissementRowSchema } from "@/lib/imports/etablissements/parse-etablissements";
import {
  column,
  parseYearlyFile,
  RENTREE_COLUMN,
  rentreeSchema,
  type ColumnSpec,
  type ParsedYearlyFile,
} from "@/lib/imports/effectifs/parse-effectifs";

/**
 * The published IPS of collèges lies between about 45 and 185; bounds a little wider catch a
 * shifted column or a missing decimal point without refusing a real extreme value.
 */
export const IPS_MIN = 40;
export const IPS_MAX = 200;

export const IPS_COLUMNS = {
  rentree: RENTREE_COLUMN,
  uai: { ...column("UAI", "uai", "Numéro du collège", "numero_uai"), required: true },
  ips: {
    ...column("IPS", "Indice de position sociale", "indice_position_sociale"),
    required: true,
  },
  ecartType: {
    label: "Écart-type de l'IPS",
    aliases: [
      "Ecart-type de l'IPS",
      "ecart_type_de_l_ips",
      "ecart_type_ips",
      "Écart type de l'IPS",
    ],
  },
} as const satisfies Record<string, ColumnSpec>;

/** A decimal written with a point or, in French exports, a comma. */
const decimal = (label: string) =>
  z.string().transform((v, ctx) => {
    const text = v.trim().replace(",", ".");
    if (text === "") return null;
    if (!/^\d+(\.\d+)?$/.test(text)) {
      ctx.addIssue({
        code: "custom",
        message: `${label} « ${v.trim()} » invalide : un nombre décimal positif est attendu`,
      });
      return z.NEVER;
    }
    return Number(text);
  });

export const ipsRowSchema = z.object({
  rentree: rentreeSchema,
  uai: etablissementRowSchema.shape.uai,
  ips: decimal("IPS").pipe(
    z.number({ error: "IPS manquant" }).refine((n) => n >= IPS_MIN && n <= IPS_MAX, {
      error: (issue) =>
        `IPS ${String(issue.input)} hors de l'intervalle attendu (${IPS_MIN} à ${IPS_MAX})`,
    }),
  ),
  ecartType: decimal("Écart-type de l'IPS"),
});

export type IpsField = keyof typeof IPS_COLUMNS;
export type IpsRow = z.output<typeof ipsRowSchema>;

/** Reads the DEPP file of indices de position sociale per collège (`fr-en-ips-colleges`). */
export function parseIpsFile(text: string): ParsedYearlyFile<IpsField, IpsRow> {
  return parseYearlyFile(text, IPS_COLUMNS, ipsRowSchema);
}
