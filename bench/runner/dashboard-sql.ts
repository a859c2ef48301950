import {
  EQUIPMENT_CATEGORIES,
  INTERACTIVE_DISPLAY_CATEGORIES,
  TERMINAL_CATEGORIES,
} from "@/lib/inventory/labels";

/**
 * The bare SQL of each dashboard: the aggregates its lib function (lib/dashboards/…) reads, as
 * plain statements run together the way the function runs them (Promise.all), without Prisma's
 * query building, access context, TypeScript shaping or React rendering. The benchmark times one
 * « set » as one operation and compares the page's p95 with it.
 *
 * Simplifications, all on the cheap side of the page: the renewal plan joins one rule per
 * category (5 years) instead of the collectivité's saved référentiel; lists the dashboard reads
 * through Prisma (expiring conventions, coordinates, allocations) are single SELECTs here.
 */

export interface SqlStatement {
  label: string;
  sql: string;
  params: unknown[];
}

/** Who the statements are about, resolved once from the database before the measure. */
export interface SqlTarget {
  collectiviteId?: string;
  academieCode?: string;
  etablissementId?: string;
  /** The day the figures are read, `YYYY-MM-DD`. */
  today: string;
  exercice: number;
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");
const TERMINALS = list(TERMINAL_CATEGORIES);
const DISPLAYS = list(INTERACTIVE_DISPLAY_CATEGORIES);
/** Each collège's latest effectif, one probe of the primary key per collège (as lib/inventory/scope.ts's effectifJoin). */
const LATEST_EFFECTIF_JOIN = `LEFT JOIN LATERAL (SELECT x."etablissementId", x.rentree, x.total, x.source FROM "Effectif" x
  WHERE x."etablissementId" = e."id" ORDER BY x.rentree DESC LIMIT 1) f ON TRUE`;
const PUBLIC_OPEN = `e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT'`;
const RULES = JSON.stringify(
  EQUIPMENT_CATEGORIES.map((category) => ({ category, ageYears: 5, unitCostCents: 50_000 })),
);

/** The indicator and gap counts: one aggregate of the equipment in service per collège (LATERAL), with its latest effectif. */
function collegeCounts(scope: string, params: unknown[], cutoff: string): SqlStatement {
  const p = params.length;
  return {
    label: "indicateurs (agrégat par collège)",
    params: [...params, cutoff],
    sql: `SELECT e."id", e."uai", e."name", d."name" AS departement_name, f."rentree", f."total", c.*
      FROM "Etablissement" e JOIN "Departement" d ON d."code" = e."departementCode"
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE q."category" IN (${TERMINALS})) AS terminaux,
          count(*) FILTER (WHERE q."category" IN (${TERMINALS}) AND q."acquiredOn" IS NOT NULL) AS terminaux_dates,
          count(*) FILTER (WHERE q."category" IN (${TERMINALS}) AND q."acquiredOn" < CAST($${p + 1} AS date)) AS terminaux_anciens,
          count(*) FILTER (WHERE q."category" IN (${DISPLAYS})) AS affichages,
          count(*) FILTER (WHERE q."category" = 'VIDEOPROJECTEUR') AS videoprojecteurs,
          count(*) FILTER (WHERE q."category" = 'CLASSE_MOBILE') AS classes_mobiles,
          count(*) FILTER (WHERE q."category" = 'BORNE_WIFI') AS bornes_wifi
        FROM "Equipment" q WHERE q."etablissementId" = e."id" AND q."status" = 'EN_SERVICE') c
      ${LATEST_EFFECTIF_JOIN}
      WHERE ${PUBLIC_OPEN} AND ${scope}
      ORDER BY e."name", e."uai"`,
  };
}

function rentrees(scope: string, params: unknown[]): SqlStatement {
  return {
    label: "rentrées disponibles",
    params,
    sql: `SELECT DISTINCT f."rentree" FROM "Effectif" f JOIN "Etablissement" e ON e."id" = f."etablissementId" WHERE ${PUBLIC_OPEN} AND ${scope} ORDER BY 1 DESC`,
  };
}

/** Equipment scope on `q`. */
function agePyramid(equipmentScope: string, params: unknown[], today: string): SqlStatement {
  return {
    label: "pyramide des âges",
    params: [...params, today],
    sql: `SELECT q."category"::text, date_part('year', age(CAST($${params.length + 1} AS date), q."acquiredOn"))::int AS years, count(*)::int
      FROM "Equipment" q WHERE q."status" = 'EN_SERVICE' AND ${equipmentScope} GROUP BY 1, 2`,
  };
}

/** Equipment scope on `eq`. */
function renewalPlan(equipmentScope: string, params: unknown[]): SqlStatement {
  const year = (c: string) => `extract(year FROM eq."${c}")::int`;
  return {
    label: "plan de renouvellement (GROUP BY collège × catégorie × année)",
    params: [...params, RULES],
    sql: `SELECT eq."etablissementId", eq."category", CASE
        WHEN eq."plannedRenewalYear" IS NOT NULL THEN eq."plannedRenewalYear"
        WHEN eq."acquiredOn" IS NULL THEN ${year("warrantyEndsOn")}
        ELSE ${year("acquiredOn")} + r."ageYears" END AS due, count(*)::int, coalesce(sum(r."unitCostCents"), 0)::bigint
      FROM "Equipment" eq
      JOIN jsonb_to_recordset($${params.length + 1}::jsonb) AS r("category" "EquipmentCategory", "ageYears" int, "unitCostCents" bigint) ON r."category" = eq."category"
      WHERE eq."status" IN ('EN_SERVICE', 'EN_PANNE') AND ${equipmentScope}
      GROUP BY 1, 2, 3`,
  };
}

const IN_FORCE = `c."status" = 'EN_VIGUEUR' AND c."kind" <> 'AVENANT'`;

function conventionCounts(collectiviteId: string, today: string): SqlStatement {
  return {
    label: "conventions par état",
    params: [collectiviteId, today],
    sql: `SELECT count(*)::int AS toutes,
        count(*) FILTER (WHERE c."status" = 'BROUILLON') AS brouillons,
        count(*) FILTER (WHERE c."status" = 'BROUILLON' AND EXISTS (SELECT 1 FROM "ConventionVersion" v JOIN "SignatureStep" s ON s."versionId" = v."id" WHERE v."conventionId" = c."id" AND s."status" = 'REFUSEE')) AS refusees,
        count(*) FILTER (WHERE c."status" = 'EN_SIGNATURE') AS en_signature,
        count(*) FILTER (WHERE ${IN_FORCE} AND (c."endsOn" IS NULL OR c."endsOn" >= CAST($2 AS date))) AS en_vigueur,
        count(*) FILTER (WHERE ${IN_FORCE} AND c."endsOn" >= CAST($2 AS date) AND c."endsOn" <= CAST($2 AS date) + 90) AS expirant,
        count(*) FILTER (WHERE ${IN_FORCE} AND c."endsOn" < CAST($2 AS date)) AS expirees,
        count(*) FILTER (WHERE c."status" = 'RESILIEE') AS resiliees,
        count(*) FILTER (WHERE c."status" = 'EN_SIGNATURE' AND EXISTS (
          SELECT 1 FROM "ConventionVersion" v JOIN "SignatureStep" s ON s."versionId" = v."id"
          WHERE v."conventionId" = c."id" AND v."status" = 'EN_SIGNATURE'
            AND v."number" = (SELECT max(w."number") FROM "ConventionVersion" w WHERE w."conventionId" = c."id")
            AND s."party" = 'COLLECTIVITE' AND s."status" = 'EN_ATTENTE'
            AND NOT EXISTS (SELECT 1 FROM "SignatureStep" t WHERE t."versionId" = v."id" AND t."order" < s."order" AND t."status" NOT IN ('SIGNEE', 'SIGNEE_HORS_PLATEFORME')))) AS a_signer
      FROM "Convention" c WHERE c."collectiviteId" = $1`,
  };
}

function expiringConventions(collectiviteId: string, today: string): SqlStatement {
  return {
    label: "conventions expirant sous 90 jours",
    params: [collectiviteId, today],
    sql: `SELECT c."id", c."reference", c."title", c."endsOn", e."uai", e."name" FROM "Convention" c LEFT JOIN "Etablissement" e ON e."id" = c."etablissementId"
      WHERE c."collectiviteId" = $1 AND ${IN_FORCE} AND c."endsOn" BETWEEN CAST($2 AS date) AND CAST($2 AS date) + 90 ORDER BY c."endsOn", c."reference" LIMIT 5`,
  };
}

function coverage(scope: string, params: unknown[], today: string): SqlStatement {
  const t = `$${params.length + 1}`;
  const exists = (status: string, extra = "") =>
    `EXISTS (SELECT 1 FROM "Convention" v WHERE v."etablissementId" = e."id" AND v."kind" = 'TRIPARTITE' AND v."status" = '${status}' ${extra})`;
  return {
    label: "couverture conventionnelle",
    params: [...params, today],
    sql: `SELECT e."departementCode", count(*) AS colleges,
        count(*) FILTER (WHERE ${exists("EN_VIGUEUR", `AND (v."endsOn" IS NULL OR v."endsOn" >= CAST(${t} AS date))`)}) AS in_force,
        count(*) FILTER (WHERE ${exists("EN_SIGNATURE")}) AS in_signature,
        count(*) FILTER (WHERE ${exists("BROUILLON")}) AS drafts
      FROM "Etablissement" e WHERE ${PUBLIC_OPEN} AND ${scope} GROUP BY 1`,
  };
}

function openCampaigns(collectiviteId: string): SqlStatement {
  return {
    label: "campagnes ouvertes",
    params: [collectiviteId],
    sql: `SELECT c."id", c."title", count(n."id")::int, count(DISTINCT n."etablissementId")::int,
        (SELECT count(*) FROM "Etablissement" e WHERE e."collectiviteId" = c."collectiviteId" AND ${PUBLIC_OPEN})::int,
        count(n."id") FILTER (WHERE n."opinion" IS NOT NULL), count(n."id") FILTER (WHERE n."status" <> 'SOUMIS'),
        coalesce(sum(n."quantity"::bigint * n."unitCostCents"), 0)::bigint,
        coalesce(sum(n."acceptedCents") FILTER (WHERE n."status" IN ('ACCEPTE', 'PARTIEL')), 0)::bigint
      FROM "NeedsCampaign" c LEFT JOIN "NeedRequest" n ON n."campaignId" = c."id"
      WHERE c."collectiviteId" = $1 AND c."status" = 'OUVERTE' GROUP BY c."id" ORDER BY c."closesOn", c."title"`,
  };
}

function budgetSums(collectiviteId: string, exercice: number): SqlStatement[] {
  const sums = `sum("bpCents"), sum("dmCents"), sum("engagedCents"), sum("mandatedCents")`;
  const where = `"collectiviteId" = $1 AND "exercice" = $2`;
  return [
    {
      label: "budget : total",
      params: [collectiviteId, exercice],
      sql: `SELECT count(*), ${sums} FROM "BudgetLine" WHERE ${where}`,
    },
    {
      label: "budget : par section",
      params: [collectiviteId, exercice],
      sql: `SELECT "section", ${sums} FROM "BudgetLine" WHERE ${where} GROUP BY 1`,
    },
    {
      label: "budget : par chapitre",
      params: [collectiviteId, exercice],
      sql: `SELECT "section", "chapitre", ${sums} FROM "BudgetLine" WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
    },
    {
      label: "budget : par catégorie",
      params: [collectiviteId, exercice],
      sql: `SELECT "category", ${sums} FROM "BudgetLine" WHERE ${where} GROUP BY 1`,
    },
    {
      label: "budget : par exercice",
      params: [collectiviteId],
      sql: `SELECT "exercice", ${sums} FROM "BudgetLine" WHERE "collectiviteId" = $1 GROUP BY 1 ORDER BY 1`,
    },
    {
      label: "budget : élèves",
      params: [collectiviteId],
      sql: `SELECT count(*), count(f."etablissementId"), coalesce(sum(f."total"), 0), max(f."rentree")
        FROM "Etablissement" e ${LATEST_EFFECTIF_JOIN} WHERE e."collectiviteId" = $1 AND ${PUBLIC_OPEN}`,
    },
  ];
}

const fiveYearsBefore = (today: string) => `${Number(today.slice(0, 4)) - 5}${today.slice(4)}`;

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Équivalent SQL : ${what} manquant`);
  return value;
}

/** The agent's dashboard (/c/<code>): fleet, rentrées, age pyramid, renewal plan, conventions, campaigns, budget. */
export function agentDashboardSql(t: SqlTarget): SqlStatement[] {
  const id = need(t.collectiviteId, "collectivité");
  const scope = `e."collectiviteId" = $1`;
  return [
    collegeCounts(scope, [id], fiveYearsBefore(t.today)),
    {
      label: "référentiels",
      params: [id],
      sql: `SELECT * FROM "EquipmentReferential" WHERE "collectiviteId" = $1`,
    },
    rentrees(scope, [id]),
    agePyramid(`q."collectiviteId" = $1`, [id], t.today),
    renewalPlan(`eq."collectiviteId" = $1`, [id]),
    conventionCounts(id, t.today),
    expiringConventions(id, t.today),
    coverage(scope, [id], t.today),
    openCampaigns(id),
    ...budgetSums(id, t.exercice),
  ];
}

/** The élu's dashboard (/c/<code> as an élu): budget, fleet and equity (coordinates), conventions, campaigns. */
export function eluDashboardSql(t: SqlTarget): SqlStatement[] {
  const id = need(t.collectiviteId, "collectivité");
  const scope = `e."collectiviteId" = $1`;
  return [
    ...budgetSums(id, t.exercice),
    {
      label: "budget : attributions par collège",
      params: [id, t.exercice],
      sql: `SELECT a."etablissementId", sum(a."amountCents") FROM "Allocation" a WHERE a."collectiviteId" = $1 AND a."exercice" = $2 GROUP BY 1`,
    },
    collegeCounts(scope, [id], fiveYearsBefore(t.today)),
    {
      label: "coordonnées des collèges",
      params: [id],
      sql: `SELECT e."id", e."latitude", e."longitude" FROM "Etablissement" e WHERE ${scope} AND ${PUBLIC_OPEN}`,
    },
    rentrees(scope, [id]),
    conventionCounts(id, t.today),
    expiringConventions(id, t.today),
    coverage(scope, [id], t.today),
    openCampaigns(id),
  ];
}

/** The académie's dashboard (/a/<code>): coverage and backlog per département, campaigns, indicators. */
export function academieDashboardSql(t: SqlTarget): SqlStatement[] {
  const code = need(t.academieCode, "académie");
  const scope = `e."academieCode" = $1`;
  return [
    coverage(scope, [code], t.today),
    {
      label: "conventions en signature par département",
      params: [code],
      sql: `SELECT e."departementCode", count(*), count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM "ConventionVersion" cv JOIN "SignatureStep" s ON s."versionId" = cv."id"
          WHERE cv."conventionId" = v."id" AND cv."number" = (SELECT max(x."number") FROM "ConventionVersion" x WHERE x."conventionId" = v."id")
            AND s."party" = 'ETAT' AND s."status" = 'EN_ATTENTE'
            AND NOT EXISTS (SELECT 1 FROM "SignatureStep" u WHERE u."versionId" = cv."id" AND u."order" < s."order" AND u."status" NOT IN ('SIGNEE', 'SIGNEE_HORS_PLATEFORME'))))
        FROM "Convention" v LEFT JOIN "Etablissement" e ON e."id" = v."etablissementId" WHERE v."academieCode" = $1 AND v."status" = 'EN_SIGNATURE' GROUP BY 1`,
    },
    {
      label: "besoins des campagnes ouvertes",
      params: [code],
      sql: `SELECT c."id", e."departementCode", count(r."id"), count(r."id") FILTER (WHERE r."opinion" IS NULL)
        FROM "NeedsCampaign" c LEFT JOIN ("NeedRequest" r JOIN "Etablissement" e ON e."id" = r."etablissementId" AND ${scope}) ON r."campaignId" = c."id"
        WHERE c."status" = 'OUVERTE' AND EXISTS (SELECT 1 FROM "Etablissement" y WHERE y."collectiviteId" = c."collectiviteId" AND y."academieCode" = $1)
        GROUP BY c."id", e."departementCode"`,
    },
    collegeCounts(scope, [code], fiveYearsBefore(t.today)),
    rentrees(scope, [code]),
  ];
}

/** The collège's dashboard (/e/<uai>): conventions, campaigns, inventory against the average, allocations. */
export function etablissementDashboardSql(t: SqlTarget): SqlStatement[] {
  const id = need(t.etablissementId, "établissement");
  return [
    {
      label: "conventions du collège",
      params: [id],
      sql: `SELECT c."id", c."status", c."kind", c."endsOn", v."number", v."status", s."party", s."status" FROM "Convention" c
        LEFT JOIN "ConventionVersion" v ON v."conventionId" = c."id" LEFT JOIN "SignatureStep" s ON s."versionId" = v."id"
        WHERE c."etablissementId" = $1 ORDER BY c."reference", v."number"`,
    },
    {
      label: "campagnes du collège",
      params: [id],
      sql: `SELECT c."id", c."status", n."status", count(n."id") FROM "NeedsCampaign" c JOIN "Etablissement" e ON e."collectiviteId" = c."collectiviteId"
        LEFT JOIN "NeedRequest" n ON n."campaignId" = c."id" AND n."etablissementId" = e."id" WHERE e."id" = $1 GROUP BY 1, 2, 3`,
    },
    {
      label: "inventaire par catégorie et statut",
      params: [id],
      sql: `SELECT "category", "status", count(*) FROM "Equipment" WHERE "etablissementId" = $1 GROUP BY 1, 2`,
    },
    collegeCounts(
      `e."collectiviteId" = (SELECT "collectiviteId" FROM "Etablissement" WHERE "id" = $1)`,
      [id],
      fiveYearsBefore(t.today),
    ),
    {
      label: "dotations du collège",
      params: [id, t.exercice],
      sql: `SELECT a.* FROM "Allocation" a WHERE a."etablissementId" = $1 AND a."exercice" = $2`,
    },
  ];
}
