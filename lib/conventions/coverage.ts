import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { todayInParis } from "@/lib/dates";
import { etablissementScopeSql } from "@/lib/access/scope-sql";

export interface CoverageRow {
  collectiviteCode: string;
  collectiviteName: string;
  /** Open public collèges: the EPLE a tripartite convention is for. */
  colleges: number;
  inForce: number;
  inSignature: number;
  drafts: number;
}

/**
 * Share of the open public collèges with a tripartite convention in force, per collectivité of
 * the context's scope (its own for a collectivité, each one of the académie for an académie),
 * computed in SQL.
 */
export async function getConventionCoverage(
  ctx: AccessContext,
  now = new Date(),
): Promise<CoverageRow[]> {
  assertCan(ctx, "convention.read");
  const today = todayInParis(now);
  const rows = await db.$queryRaw<
    {
      code: string;
      name: string;
      colleges: bigint;
      in_force: bigint;
      in_signature: bigint;
      drafts: bigint;
    }[]
  >(conventionCoverageSql(etablissementScopeSql(ctx, "e"), today));
  return rows.map((r) => ({
    collectiviteCode: r.code,
    collectiviteName: r.name,
    colleges: Number(r.colleges),
    inForce: Number(r.in_force),
    inSignature: Number(r.in_signature),
    drafts: Number(r.drafts),
  }));
}

/**
 * The statement of getConventionCoverage: per collectivité, its open public collèges and those
 * with a tripartite convention in force, in signature or in draft. `scope` is on the établissement
 * alias `e`; the benchmark's bare-SQL floor runs it too.
 */
export function conventionCoverageSql(scope: Prisma.Sql, today: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT c."code", c."name",
      count(*) AS colleges,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Convention" v WHERE v."etablissementId" = e."id" AND v."kind" = 'TRIPARTITE'
        AND v."status" = 'EN_VIGUEUR' AND (v."endsOn" IS NULL OR v."endsOn" >= ${today}))) AS in_force,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Convention" v WHERE v."etablissementId" = e."id" AND v."kind" = 'TRIPARTITE' AND v."status" = 'EN_SIGNATURE')) AS in_signature,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Convention" v WHERE v."etablissementId" = e."id" AND v."kind" = 'TRIPARTITE' AND v."status" = 'BROUILLON')) AS drafts
    FROM "Etablissement" e JOIN "Collectivite" c ON c."id" = e."collectiviteId"
    WHERE e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT' AND ${scope}
    GROUP BY c."code", c."name"
    ORDER BY c."name"`;
}
