import type { Db } from "@/lib/db/client";
import {
  academieDashboardSql,
  agentDashboardSql,
  eluDashboardSql,
  etablissementDashboardSql,
  type SqlStatement,
  type SqlTarget,
} from "@/bench/runner/dashboard-sql";

/** Who the benchmark signs in as, and where: the representative accounts of a dataset. */
export interface BenchCast {
  password: string;
  collectivite: { code: string; agent: string; elu: string };
  academies: { code: string; drane: string }[];
  /** Chefs sign in as chef.<uai>@<chefDomain>. */
  chefDomain: string;
}

/** The national dataset of `npm run bench:seed` (and its département-scale PGlite version): Nord, Lille, Versailles. */
export const BENCH_CAST: BenchCast = {
  password: "Bench2026!",
  collectivite: {
    code: "59",
    agent: "agent.59@bench.tripartite.fr",
    elu: "elu.59@bench.tripartite.fr",
  },
  academies: [
    { code: "09", drane: "drane.lille@bench.tripartite.fr" },
    { code: "25", drane: "drane.versailles@bench.tripartite.fr" },
  ],
  chefDomain: "bench.tripartite.fr",
};

/** The demo dataset (`npm run db:seed`), for the smoke run inside `npm test`: Ille-et-Vilaine, Rennes. */
export const DEMO_CAST: BenchCast = {
  password: "Demo2026!",
  collectivite: {
    code: "35",
    agent: "agent.35@demo.tripartite.fr",
    elu: "elu.35@demo.tripartite.fr",
  },
  academies: [{ code: "14", drane: "drane.rennes@demo.tripartite.fr" }],
  chefDomain: "demo.tripartite.fr",
};

export interface BenchPage {
  label: string;
  path: string;
  email: string;
  dashboard: boolean;
  /** The bare SQL of a dashboard, timed beside it. */
  sql: SqlStatement[] | null;
}

export interface ResolvedCast {
  cast: BenchCast;
  collectiviteId: string;
  chef: { uai: string; id: string; email: string };
  /** Académies present in the database (a smaller dataset may lack one). */
  academies: BenchCast["academies"];
}

/**
 * Reads the ids the SQL equivalents need and picks the chef's collège as the featured accounts do:
 * the collectivité's open public collège with the most pupils at its latest rentrée.
 */
export async function resolveCast(db: Db, cast: BenchCast): Promise<ResolvedCast> {
  const collectivite = await db.collectivite.findUnique({
    where: { code: cast.collectivite.code },
    select: { id: true },
  });
  if (!collectivite)
    throw new Error(
      `Collectivité ${cast.collectivite.code} absente de la base : chargez d'abord le jeu de données.`,
    );
  const [largest] = await db.$queryRawUnsafe<{ id: string; uai: string }[]>(
    `SELECT e."id", e."uai" FROM "Etablissement" e
     LEFT JOIN LATERAL (SELECT f."total" FROM "Effectif" f WHERE f."etablissementId" = e."id" ORDER BY f."rentree" DESC LIMIT 1) f ON TRUE
     WHERE e."collectiviteId" = $1 AND EXISTS (SELECT 1 FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
       WHERE m."etablissementId" = e."id" AND u."disabledAt" IS NULL AND u."email" = 'chef.' || lower(e."uai") || '@' || $2) AND e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT'
     ORDER BY f."total" DESC NULLS LAST, e."uai" LIMIT 1`,
    collectivite.id,
    cast.chefDomain,
  );
  if (!largest)
    throw new Error(
      `Aucun collège public avec un compte dans la collectivité ${cast.collectivite.code}.`,
    );
  const known = await db.academie.findMany({
    where: { code: { in: cast.academies.map((a) => a.code) } },
    select: { code: true },
  });
  const codes = new Set(known.map((a) => a.code));
  return {
    cast,
    collectiviteId: collectivite.id,
    chef: { ...largest, email: `chef.${largest.uai.toLowerCase()}@${cast.chefDomain}` },
    academies: cast.academies.filter((a) => codes.has(a.code)),
  };
}

/** Each space's dashboard and the main lists, as the brief of issue 8 names them. */
export async function benchPages(
  db: Db,
  r: ResolvedCast,
  today: string,
  exercice: number,
): Promise<BenchPage[]> {
  const c = r.cast.collectivite;
  const target: SqlTarget = {
    collectiviteId: r.collectiviteId,
    etablissementId: r.chef.id,
    today,
    exercice,
  };
  const page = (
    label: string,
    path: string,
    email: string,
    sql: SqlStatement[] | null = null,
  ): BenchPage => ({ label, path, email, dashboard: sql !== null, sql });
  const pages: BenchPage[] = [
    page(
      `Tableau de bord agent /c/${c.code}`,
      `/c/${c.code}`,
      c.agent,
      await agentDashboardSql(db, target),
    ),
    page(`Tableau de bord élu /c/${c.code}`, `/c/${c.code}`, c.elu, eluDashboardSql(target)),
  ];
  for (const a of r.academies)
    pages.push(
      page(
        `Tableau de bord académie /a/${a.code}`,
        `/a/${a.code}`,
        a.drane,
        academieDashboardSql({ ...target, academieCode: a.code }),
      ),
    );
  pages.push(
    page(
      `Tableau de bord collège /e/${r.chef.uai}`,
      `/e/${r.chef.uai}`,
      r.chef.email,
      etablissementDashboardSql(target),
    ),
  );

  const base = `/c/${c.code}`;
  pages.push(
    page("Registre des collèges", `${base}/etablissements`, c.agent),
    page("Inventaire", `${base}/inventaire`, c.agent),
    page("Indicateurs ETIC", `${base}/inventaire/indicateurs`, c.agent),
    page("Plan de renouvellement", `${base}/inventaire/plan`, c.agent),
    page("Conventions", `${base}/conventions`, c.agent),
    page("Campagnes de besoins", `${base}/campagnes`, c.agent),
    page("Budgets", `${base}/budgets`, c.agent),
    page("File d'assistance (ouverts)", `${base}/assistance`, c.agent),
    page(
      "File d'assistance (tous, dépassés)",
      `${base}/assistance?etat=tous&delai=DEPASSE`,
      c.agent,
    ),
    page("Assistance du collège", `/e/${r.chef.uai}/assistance`, r.chef.email),
    page("Appels à projets", `${base}/appels`, c.agent),
    page("Appels à projets du collège", `/e/${r.chef.uai}/appels`, r.chef.email),
  );
  // The call with the most dossiers: its ranking, scores and envelope, as the agent instructs it.
  const [busiest] = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT c."id" FROM "ProjectCall" c WHERE c."collectiviteId" = $1
     ORDER BY (SELECT count(*) FROM "ProjectApplication" a WHERE a."callId" = c."id") DESC, c."id" LIMIT 1`,
    r.collectiviteId,
  );
  if (busiest)
    pages.push(page("Appel à projets (instruction)", `${base}/appels/${busiest.id}`, c.agent));
  for (const a of r.academies) {
    pages.push(
      page(`Registre (académie ${a.code})`, `/a/${a.code}/etablissements`, a.drane),
      page(`Indicateurs ETIC (académie ${a.code})`, `/a/${a.code}/inventaire/indicateurs`, a.drane),
      page(
        `Conventions à signer (académie ${a.code})`,
        `/a/${a.code}/conventions?tab=a-signer`,
        a.drane,
      ),
      page(`Campagnes (académie ${a.code})`, `/a/${a.code}/campagnes`, a.drane),
      page(`Assistance (académie ${a.code})`, `/a/${a.code}/assistance`, a.drane),
      page(`Appels à projets (académie ${a.code})`, `/a/${a.code}/appels`, a.drane),
    );
  }
  return pages;
}
