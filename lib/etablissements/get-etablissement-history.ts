import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { findEtablissementByUai } from "@/lib/etablissements/get-etablissement";
import { EFFECTIF_FIELDS } from "@/lib/imports/effectifs/import-effectifs";

const historySelect = {
  effectifs: {
    select: { rentree: true, ...EFFECTIF_FIELDS, source: true },
    orderBy: { rentree: "asc" },
  },
  ips: {
    select: { rentree: true, ips: true, ecartType: true, source: true },
    orderBy: { rentree: "asc" },
  },
} as const satisfies Prisma.EtablissementSelect;

export type EtablissementHistory = Prisma.EtablissementGetPayload<{ select: typeof historySelect }>;

/**
 * Pupils and IPS of one établissement of the context's scope, rentrée by rentrée (`source` names
 * the dataset, for the attribution the licence requires). Null when the établissement is not in
 * the scope, so a foreign one is indistinguishable from a missing one; an établissement of the
 * scope without figures has empty lists.
 */
export function getEtablissementHistory(
  ctx: AccessContext,
  uai: string,
): Promise<EtablissementHistory | null> {
  return findEtablissementByUai(ctx, uai, historySelect);
}
