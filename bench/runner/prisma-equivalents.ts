import { Prisma } from "@/lib/generated/prisma/client";

/*
 * SQL equivalents of what the dashboards read through Prisma's query builder (aggregates, lists):
 * lib/ holds no SQL text for these, so the floor states them here, on the cheap side (single
 * SELECTs where Prisma may issue several). The age pyramid is here too until
 * lib/dashboards/age-pyramid.ts exports its statement as the other dashboards' modules do.
 */

const PUBLIC_OPEN = Prisma.sql`e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT'`;
const IN_FORCE = Prisma.sql`c."status" = 'EN_VIGUEUR' AND c."kind" <> 'AVENANT'`;
const SUMS = Prisma.sql`sum("bpCents"), sum("dmCents"), sum("engagedCents"), sum("mandatedCents")`;

/** getAgePyramid's GROUP BY for a collectivité. */
export function agePyramidSql(collectiviteId: string, today: string): Prisma.Sql {
  return Prisma.sql`SELECT q."category"::text, date_part('year', age(CAST(${today} AS date), q."acquiredOn"))::int AS years, count(*)::int
    FROM "Equipment" q WHERE q."status" = 'EN_SERVICE' AND q."collectiviteId" = ${collectiviteId} GROUP BY 1, 2`;
}

/** loadReferentials: the collectivité's saved référentiel (its rules are read the same way). */
export const referentialsSql = (collectiviteId: string) =>
  Prisma.sql`SELECT * FROM "EquipmentReferential" WHERE "collectiviteId" = ${collectiviteId}`;

/** getConventionsOverview's list of the conventions expiring within 90 days. */
export function expiringConventionsSql(collectiviteId: string, today: Date): Prisma.Sql {
  const soon = new Date(today.getTime() + 90 * 86_400_000);
  return Prisma.sql`SELECT c."id", c."reference", c."title", c."endsOn", e."uai", e."name" FROM "Convention" c LEFT JOIN "Etablissement" e ON e."id" = c."etablissementId"
    WHERE c."collectiviteId" = ${collectiviteId} AND ${IN_FORCE} AND c."endsOn" BETWEEN ${today} AND ${soon} ORDER BY c."endsOn", c."reference" LIMIT 5`;
}

/** getBudgetSummary's aggregate and GROUP BYs (its pupils are pupilsSql, from lib/). */
export function budgetSumsSql(
  collectiviteId: string,
  exercice: number,
): { label: string; sql: Prisma.Sql }[] {
  const where = Prisma.sql`"collectiviteId" = ${collectiviteId} AND "exercice" = ${exercice}`;
  return [
    {
      label: "budget : total",
      sql: Prisma.sql`SELECT count(*), ${SUMS} FROM "BudgetLine" WHERE ${where}`,
    },
    {
      label: "budget : par section",
      sql: Prisma.sql`SELECT "section", ${SUMS} FROM "BudgetLine" WHERE ${where} GROUP BY 1`,
    },
    {
      label: "budget : par chapitre",
      sql: Prisma.sql`SELECT "section", "chapitre", ${SUMS} FROM "BudgetLine" WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
    },
    {
      label: "budget : par catégorie",
      sql: Prisma.sql`SELECT "category", ${SUMS} FROM "BudgetLine" WHERE ${where} GROUP BY 1`,
    },
    {
      label: "budget : par exercice",
      sql: Prisma.sql`SELECT "exercice", ${SUMS} FROM "BudgetLine" WHERE "collectiviteId" = ${collectiviteId} GROUP BY 1 ORDER BY 1`,
    },
  ];
}

/** The élu's view: each collège's allocations of the exercice. */
export const allocationsPerCollegeSql = (collectiviteId: string, exercice: number) =>
  Prisma.sql`SELECT a."etablissementId", sum(a."amountCents") FROM "Allocation" a WHERE a."collectiviteId" = ${collectiviteId} AND a."exercice" = ${exercice} GROUP BY 1`;

/** getEquity's coordinates of the open public collèges. */
export const coordinatesSql = (collectiviteId: string) =>
  Prisma.sql`SELECT e."id", e."latitude", e."longitude" FROM "Etablissement" e WHERE e."collectiviteId" = ${collectiviteId} AND ${PUBLIC_OPEN}`;

/** The collège's conventions with their versions and steps (getCollegeConvention, listConventionsToSign). */
export const collegeConventionsSql = (etablissementId: string) =>
  Prisma.sql`SELECT c."id", c."status", c."kind", c."endsOn", v."number", v."status", s."party", s."status" FROM "Convention" c
    LEFT JOIN "ConventionVersion" v ON v."conventionId" = c."id" LEFT JOIN "SignatureStep" s ON s."versionId" = v."id"
    WHERE c."etablissementId" = ${etablissementId} ORDER BY c."reference", v."number"`;

/** getCollegeCampaigns: the campaigns of the collège's collectivité and its needs in each. */
export const collegeCampaignsSql = (etablissementId: string) =>
  Prisma.sql`SELECT c."id", c."status", n."status", count(n."id") FROM "NeedsCampaign" c JOIN "Etablissement" e ON e."collectiviteId" = c."collectiviteId"
    LEFT JOIN "NeedRequest" n ON n."campaignId" = c."id" AND n."etablissementId" = e."id" WHERE e."id" = ${etablissementId} GROUP BY 1, 2, 3`;

/** getEtablissementInventorySummary: the collège's equipment per category and status. */
export const collegeInventorySql = (etablissementId: string) =>
  Prisma.sql`SELECT "category", "status", count(*) FROM "Equipment" WHERE "etablissementId" = ${etablissementId} GROUP BY 1, 2`;

/** getCollegeAllocations: the collège's allocations of the exercice. */
export const collegeAllocationsSql = (etablissementId: string, exercice: number) =>
  Prisma.sql`SELECT a.* FROM "Allocation" a WHERE a."etablissementId" = ${etablissementId} AND a."exercice" = ${exercice}`;

const FUNDED = Prisma.sql`a."decidedAt" IS NOT NULL AND a."decision" IN ('RETENU', 'RETENU_SOUS_CONDITIONS')`;
const CALL_DOSSIERS = Prisma.sql`"ProjectApplication" a JOIN "ProjectCall" c ON c."id" = a."callId"`;

/** getFundedProjects: the latest funded projects with their latest report, their totals, their reports. */
export function fundedProjectsSql(collectiviteId: string): Prisma.Sql[] {
  const funded = Prisma.sql`c."collectiviteId" = ${collectiviteId} AND ${FUNDED}`;
  return [
    Prisma.sql`SELECT a."id", a."decision", a."grantedCents", a."decidedAt", a."deliveredOn", c."title", e."name", r.*
      FROM ${CALL_DOSSIERS} JOIN "Etablissement" e ON e."id" = a."etablissementId"
      LEFT JOIN LATERAL (SELECT p."milestone", p."pupilsReached", p."classesUsing", p."equipmentInUsePct", p."assessedAt"
        FROM "ProjectReport" p WHERE p."applicationId" = a."id" ORDER BY p."milestone" DESC LIMIT 1) r ON TRUE
      WHERE ${funded} ORDER BY a."decidedAt" DESC, a."id" LIMIT 20`,
    Prisma.sql`SELECT count(*), count(a."deliveredOn"), sum(a."grantedCents") FROM ${CALL_DOSSIERS} WHERE ${funded}`,
    Prisma.sql`SELECT count(*) FROM "ProjectReport" p WHERE p."applicationId" IN (SELECT a."id" FROM ${CALL_DOSSIERS} WHERE ${funded})`,
  ];
}
