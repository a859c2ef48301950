import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import {
  listEtablissementsSchema,
  type ListEtablissementsQuery,
} from "@/lib/etablissements/schemas";
import { findPage } from "@/lib/pagination";

export const etablissementListSelect = {
  id: true,
  uai: true,
  name: true,
  secteur: true,
  natureLabel: true,
  communeName: true,
  departementCode: true,
  educationPrioritaire: true,
  etat: true,
  privateContractLabel: true,
} as const;

export type EtablissementListItem = Prisma.EtablissementGetPayload<{
  select: typeof etablissementListSelect;
}>;

export function filtersWhere(
  ctx: AccessContext,
  query: ListEtablissementsQuery,
): Prisma.EtablissementWhereInput {
  const and: Prisma.EtablissementWhereInput[] = [etablissementScopeWhere(ctx)];
  if (query.q) {
    const q = query.q;
    and.push({
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { communeName: { contains: q, mode: "insensitive" } },
        { uai: { startsWith: q.toUpperCase() } },
      ],
    });
  }
  if (query.secteur) and.push({ secteur: query.secteur });
  if (query.ep === "HORS_EP") and.push({ educationPrioritaire: null });
  else if (query.ep) and.push({ educationPrioritaire: query.ep });
  if (query.departement) and.push({ departementCode: query.departement });
  if (query.etat !== "TOUS") and.push({ etat: query.etat });
  return { AND: and };
}

export const ORDER: Record<
  ListEtablissementsQuery["sort"],
  (dir: "asc" | "desc") => Prisma.EtablissementOrderByWithRelationInput[]
> = {
  name: (dir) => [{ name: dir }, { uai: "asc" }],
  commune: (dir) => [{ communeName: dir }, { name: "asc" }],
  uai: (dir) => [{ uai: dir }],
  departement: (dir) => [{ departementCode: dir }, { name: "asc" }],
};

/** The établissements of the context's scope, searched, filtered, sorted and paginated (input: URL params). */
export async function listEtablissements(ctx: AccessContext, input: unknown) {
  assertCan(ctx, "etablissement.read");
  const query = listEtablissementsSchema.parse(input);
  const where = filtersWhere(ctx, query);
  return findPage(
    query,
    (window) =>
      db.etablissement.findMany({
        where,
        select: etablissementListSelect,
        orderBy: ORDER[query.sort](query.dir),
        ...window,
      }),
    () => db.etablissement.count({ where }),
  );
}

/** Counts of the scope's open établissements, public and private. */
export async function countEtablissements(ctx: AccessContext) {
  assertCan(ctx, "etablissement.read");
  const groups = await db.etablissement.groupBy({
    by: ["secteur"],
    where: { AND: [etablissementScopeWhere(ctx), { etat: "OUVERT" }] },
    _count: { _all: true },
  });
  const count = (secteur: "PUBLIC" | "PRIVE") =>
    groups.find((g) => g.secteur === secteur)?._count._all ?? 0;
  return {
    total: count("PUBLIC") + count("PRIVE"),
    public: count("PUBLIC"),
    prive: count("PRIVE"),
  };
}
