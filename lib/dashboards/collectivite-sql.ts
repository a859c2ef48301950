import { Prisma } from "@/lib/generated/prisma/client";

/*
 * The raw statements of the collectivité dashboard, built here so that the dashboard and the
 * benchmark's bare-SQL floor (bench/runner/dashboard-sql.ts) run the same text.
 */

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const IN_FORCE = Prisma.sql`c."status" = 'EN_VIGUEUR' AND c."kind" <> 'AVENANT'`;

/**
 * The tabs of the conventions list counted in one pass over a collectivité's conventions
 * (list-conventions.ts's filters, in SQL), and those whose collectivité signature is open now.
 * `today` is the Paris day; « expirant » is the next `expiringDays` days.
 */
export function conventionCountsSql(
  collectiviteId: string,
  today: Date,
  expiringDays: number,
): Prisma.Sql {
  const day = isoDay(today);
  const soon = isoDay(new Date(today.getTime() + expiringDays * 86_400_000));
  return Prisma.sql`
    SELECT count(*)::int AS "toutes",
      (count(*) FILTER (WHERE c."status" = 'BROUILLON'))::int AS "brouillons",
      (count(*) FILTER (WHERE c."status" = 'BROUILLON' AND EXISTS (
        SELECT 1 FROM "ConventionVersion" v JOIN "SignatureStep" s ON s."versionId" = v."id" WHERE v."conventionId" = c."id" AND s."status" = 'REFUSEE')))::int AS "refusees",
      (count(*) FILTER (WHERE c."status" = 'EN_SIGNATURE'))::int AS "en-signature",
      (count(*) FILTER (WHERE ${IN_FORCE} AND (c."endsOn" IS NULL OR c."endsOn" >= CAST(${day} AS date))))::int AS "en-vigueur",
      (count(*) FILTER (WHERE ${IN_FORCE} AND c."endsOn" >= CAST(${day} AS date) AND c."endsOn" <= CAST(${soon} AS date)))::int AS "expirant",
      (count(*) FILTER (WHERE ${IN_FORCE} AND c."endsOn" < CAST(${day} AS date)))::int AS "expirees",
      (count(*) FILTER (WHERE c."status" = 'RESILIEE'))::int AS "resiliees",
      (count(*) FILTER (WHERE c."status" = 'EN_SIGNATURE' AND EXISTS (
        SELECT 1 FROM "ConventionVersion" v JOIN "SignatureStep" s ON s."versionId" = v."id"
        WHERE v."conventionId" = c."id" AND v."status" = 'EN_SIGNATURE'
          AND v."number" = (SELECT max(w."number") FROM "ConventionVersion" w WHERE w."conventionId" = c."id")
          AND s."party" = 'COLLECTIVITE' AND s."status" = 'EN_ATTENTE'
          AND NOT EXISTS (SELECT 1 FROM "SignatureStep" t WHERE t."versionId" = v."id" AND t."order" < s."order"
            AND t."status" NOT IN ('SIGNEE', 'SIGNEE_HORS_PLATEFORME')))))::int AS "a-signer"
    FROM "Convention" c
    WHERE c."collectiviteId" = ${collectiviteId}`;
}

/** A collectivité's open campaigns with their needs summed: submissions, opinions, decisions, amounts. */
export function openCampaignsSql(collectiviteId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."title", c."exercice", c."opensOn", c."closesOn", c."status"::text AS "status", c."envelopeCents",
      count(n."id")::int AS "needs", count(DISTINCT n."etablissementId")::int AS "colleges",
      (SELECT count(*) FROM "Etablissement" e WHERE e."collectiviteId" = c."collectiviteId" AND e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT')::int AS "collegesTotal",
      (count(n."id") FILTER (WHERE n."opinion" IS NOT NULL))::int AS "opinions",
      (count(n."id") FILTER (WHERE n."status" <> 'SOUMIS'))::int AS "decided",
      coalesce(sum(n."quantity"::bigint * n."unitCostCents"), 0)::bigint AS "requestedCents",
      coalesce(sum(n."acceptedCents") FILTER (WHERE n."status" IN ('ACCEPTE', 'PARTIEL')), 0)::bigint AS "acceptedCents"
    FROM "NeedsCampaign" c LEFT JOIN "NeedRequest" n ON n."campaignId" = c."id"
    WHERE c."collectiviteId" = ${collectiviteId} AND c."status" = 'OUVERTE'
    GROUP BY c."id"
    ORDER BY c."closesOn", c."title"`;
}
