import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { INTERACTIVE_DISPLAY_CATEGORIES, TERMINAL_CATEGORIES } from "@/lib/inventory/labels";

export interface EticSummary {
  colleges: number;
  pupils: number;
  terminauxPour100: number;
  affichagesPour1000: number;
  /** Percentage of terminals in service bought more than five years before `today`. */
  partPlus5Ans: number;
}

/**
 * The dataset's ETIC indicators over every inventoried collège, counted as the product counts
 * them (equipment « en service », pupils of the latest rentrée): a check that the generated
 * registers match the survey (33.8 terminals per 100 pupils in 2018-19).
 */
export async function summariseEtic(db: Db, today: Date): Promise<EticSummary> {
  const fiveYearsBefore = new Date(today);
  fiveYearsBefore.setUTCFullYear(today.getUTCFullYear() - 5);
  const [row] = await db.$queryRaw<
    {
      colleges: bigint;
      pupils: bigint | null;
      terminaux: bigint;
      affichages: bigint;
      plus5: bigint;
    }[]
  >(Prisma.sql`
    WITH inventoried AS (SELECT DISTINCT "etablissementId" AS id FROM "Equipment"),
    effectif AS (
      SELECT DISTINCT ON (f."etablissementId") f."etablissementId", f.total FROM "Effectif" f JOIN inventoried i ON i.id = f."etablissementId"
      ORDER BY f."etablissementId", f.rentree DESC
    )
    SELECT (SELECT count(*) FROM inventoried) AS colleges, (SELECT sum(total) FROM effectif) AS pupils,
      count(*) FILTER (WHERE q.category::text IN (${Prisma.join([...TERMINAL_CATEGORIES])})) AS terminaux,
      count(*) FILTER (WHERE q.category::text IN (${Prisma.join([...INTERACTIVE_DISPLAY_CATEGORIES])})) AS affichages,
      count(*) FILTER (WHERE q.category::text IN (${Prisma.join([...TERMINAL_CATEGORIES])}) AND q."acquiredOn" < ${fiveYearsBefore}::date) AS plus5
    FROM "Equipment" q WHERE q.status = 'EN_SERVICE'`);
  const pupils = Number(row?.pupils ?? 0);
  const terminaux = Number(row?.terminaux ?? 0);
  const per = (n: number, base: number) => (pupils > 0 ? (n * base) / pupils : 0);
  return {
    colleges: Number(row?.colleges ?? 0),
    pupils,
    terminauxPour100: per(terminaux, 100),
    affichagesPour1000: per(Number(row?.affichages ?? 0), 1000),
    partPlus5Ans: terminaux > 0 ? (100 * Number(row?.plus5 ?? 0)) / terminaux : 0,
  };
}
