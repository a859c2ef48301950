import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionStatus } from "@/lib/generated/prisma/enums";
import type { AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { etablissementScopeSql } from "@/lib/access/scope-sql";

/*
 * The raw statements of the académie dashboard, built here so that the dashboard and the
 * benchmark's bare-SQL floor (bench/runner/dashboard-sql.ts) run the same text.
 */

/** A convention in signature whose latest version has the académie's (ETAT) step open now (machine.ts openSteps). */
export const AWAITING_ACADEMIE = Prisma.sql`EXISTS (
  SELECT 1 FROM "ConventionVersion" cv JOIN "SignatureStep" s ON s."versionId" = cv."id"
  WHERE cv."conventionId" = v."id"
    AND cv."number" = (SELECT max(x."number") FROM "ConventionVersion" x WHERE x."conventionId" = v."id")
    AND s."party" = 'ETAT' AND s."status" = 'EN_ATTENTE'
    AND NOT EXISTS (SELECT 1 FROM "SignatureStep" t WHERE t."versionId" = cv."id" AND t."order" < s."order"
      AND t."status" NOT IN ('SIGNEE', 'SIGNEE_HORS_PLATEFORME')))`;

/** An open campaign of a collectivité owning collèges of the académie (campaignScopeWhere), open to opinions (acceptsOpinions). */
export const openCampaignOf = (ctx: AccessContext, alias: string) =>
  Prisma.sql`${Prisma.raw(alias)}."status" = 'OUVERTE' AND EXISTS (SELECT 1 FROM "Etablissement" x WHERE x."collectiviteId" = ${Prisma.raw(alias)}."collectiviteId" AND ${etablissementScopeSql(ctx, "x")})`;

/** Whether collège `e` has a tripartite convention in this status (a code constant, never input). */
export const tripartite = (status: ConventionStatus, extra: Prisma.Sql = Prisma.empty) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Convention" v WHERE v."etablissementId" = e."id" AND v."kind" = 'TRIPARTITE' AND v."status" = ${Prisma.raw(`'${status}'`)} ${extra})`;

export const inForce = (today: Date) =>
  tripartite("EN_VIGUEUR", Prisma.sql`AND (v."endsOn" IS NULL OR v."endsOn" >= ${today})`);
export const PUBLIC_OPEN = Prisma.sql`e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT'`;

/** The académie of the context; another space has no académie dashboard. */
export function academieCodeOf(ctx: AccessContext): string {
  if (ctx.scope.type !== "ACADEMIE") throw new AppError("FORBIDDEN");
  return ctx.scope.code;
}

/** The académie's départements with their open public collèges' convention coverage. */
export function coverageByDepartementSql(ctx: AccessContext, today: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT d."code", d."name", count(e."id") AS colleges,
      count(e."id") FILTER (WHERE ${inForce(today)}) AS in_force,
      count(e."id") FILTER (WHERE ${tripartite("EN_SIGNATURE")}) AS in_signature,
      count(e."id") FILTER (WHERE ${tripartite("BROUILLON")}) AS drafts
    FROM "Departement" d
    LEFT JOIN "Etablissement" e ON e."departementCode" = d."code" AND ${PUBLIC_OPEN} AND ${etablissementScopeSql(ctx, "e")}
    WHERE d."academieCode" = ${academieCodeOf(ctx)}
      OR EXISTS (SELECT 1 FROM "Etablissement" y WHERE y."departementCode" = d."code" AND ${etablissementScopeSql(ctx, "y")})
    GROUP BY d."code", d."name"
    ORDER BY d."code"`;
}

/** The académie's conventions in signature per département of their collège, and those awaiting it. */
export function backlogByDepartementSql(ctx: AccessContext): Prisma.Sql {
  return Prisma.sql`
    SELECT e."departementCode" AS departement_code, count(*) AS in_signature, count(*) FILTER (WHERE ${AWAITING_ACADEMIE}) AS awaiting
    FROM "Convention" v LEFT JOIN "Etablissement" e ON e."id" = v."etablissementId"
    WHERE v."academieCode" = ${academieCodeOf(ctx)} AND v."status" = 'EN_SIGNATURE'
    GROUP BY e."departementCode"`;
}

/** The open campaigns the académie gives opinions on, their needs per département of the collège. */
export function needsByCampaignAndDepartementSql(ctx: AccessContext): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."title", c."status", c."opensOn" AS opens_on, c."closesOn" AS closes_on, k."name" AS collectivite,
      e."departementCode" AS departement_code, count(r."id") AS needs, count(r."id") FILTER (WHERE r."opinion" IS NULL) AS awaiting
    FROM "NeedsCampaign" c
    JOIN "Collectivite" k ON k."id" = c."collectiviteId"
    LEFT JOIN ("NeedRequest" r JOIN "Etablissement" e ON e."id" = r."etablissementId" AND ${etablissementScopeSql(ctx, "e")}) ON r."campaignId" = c."id"
    WHERE ${openCampaignOf(ctx, "c")}
    GROUP BY c."id", k."name", e."departementCode"
    ORDER BY c."closesOn", c."title", c."id"`;
}

/** Per open public collège of one département: its tripartite convention's state and needs awaiting an opinion. */
export function collegeStatesSql(
  ctx: AccessContext,
  departementCode: string,
  today: Date,
): Prisma.Sql {
  return Prisma.sql`
    SELECT e."uai",
      ${inForce(today)} AS in_force,
      ${tripartite("EN_SIGNATURE", Prisma.sql`AND ${AWAITING_ACADEMIE}`)} AS awaiting,
      ${tripartite("EN_SIGNATURE")} AS in_signature,
      ${tripartite("BROUILLON")} AS draft,
      ${tripartite("EN_VIGUEUR", Prisma.sql`AND v."endsOn" < ${today}`)} AS expired,
      (SELECT count(*) FROM "NeedRequest" r JOIN "NeedsCampaign" c ON c."id" = r."campaignId"
        WHERE r."etablissementId" = e."id" AND r."opinion" IS NULL AND ${openCampaignOf(ctx, "c")}) AS needs
    FROM "Etablissement" e
    WHERE ${PUBLIC_OPEN} AND ${etablissementScopeSql(ctx, "e")} AND e."departementCode" = ${departementCode}`;
}
