import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";

const etablissementDetailSelect = {
  id: true,
  uai: true,
  name: true,
  natureCode: true,
  natureLabel: true,
  secteur: true,
  privateContractLabel: true,
  address: true,
  postalCode: true,
  communeName: true,
  communeCode: true,
  latitude: true,
  longitude: true,
  openedOn: true,
  etat: true,
  closedAt: true,
  educationPrioritaire: true,
  phone: true,
  email: true,
  website: true,
  source: true,
  importedAt: true,
  collectivite: { select: { code: true, name: true } },
  academie: { select: { code: true, name: true } },
  departement: { select: { code: true, name: true } },
} as const;

export type EtablissementDetail = Prisma.EtablissementGetPayload<{
  select: typeof etablissementDetailSelect;
}>;

/**
 * The établissement of the context's scope with this UAI (spaces and case forgiven), read with
 * `select`; null when it is not in the scope, so a foreign one is indistinguishable from a missing one.
 */
export async function findEtablissementByUai<S extends Prisma.EtablissementSelect>(
  ctx: AccessContext,
  uai: string,
  select: S,
) {
  assertCan(ctx, "etablissement.read");
  return db.etablissement.findFirst({
    where: { AND: [{ uai: uai.trim().toUpperCase() }, etablissementScopeWhere(ctx)] },
    select,
  });
}

/** One établissement of the context's scope by UAI, or null when it is not in the scope. */
export function getEtablissement(
  ctx: AccessContext,
  uai: string,
): Promise<EtablissementDetail | null> {
  return findEtablissementByUai(ctx, uai, etablissementDetailSelect);
}

/** Open établissements of the scope per département and sector (an académie spans several). */
export async function summarizeEtablissementsByDepartement(ctx: AccessContext) {
  assertCan(ctx, "etablissement.read");
  const groups = await db.etablissement.groupBy({
    by: ["departementCode", "secteur"],
    where: { AND: [etablissementScopeWhere(ctx), { etat: "OUVERT" }] },
    _count: { _all: true },
  });
  const codes = [...new Set(groups.map((g) => g.departementCode))];
  const departements = await db.departement.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true },
  });
  return departements
    .map((d) => {
      const count = (secteur: "PUBLIC" | "PRIVE") =>
        groups.find((g) => g.departementCode === d.code && g.secteur === secteur)?._count._all ?? 0;
      return {
        code: d.code,
        name: d.name,
        public: count("PUBLIC"),
        prive: count("PRIVE"),
        total: count("PUBLIC") + count("PRIVE"),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
