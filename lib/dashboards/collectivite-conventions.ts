import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { todayInParis } from "@/lib/dates";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import { getConventionCoverage, type CoverageRow } from "@/lib/conventions/coverage";
import { collectiviteOf } from "@/lib/dashboards/collectivite-of";
import { conventionCountsSql } from "@/lib/dashboards/collectivite-sql";

/** Mirrors the « expirant » tab of the conventions list, so the figure and the list agree. */
export const EXPIRING_DAYS = 90;
const EXPIRING_SHOWN = 5;

export const CONVENTION_COUNT_KEYS = [
  "brouillons",
  "refusees",
  "en-signature",
  "en-vigueur",
  "expirant",
  "expirees",
  "resiliees",
  "toutes",
] as const;
export type ConventionCountKey = (typeof CONVENTION_COUNT_KEYS)[number];

export interface ConventionsOverview {
  /** The counts of the conventions list's tabs. */
  counts: Record<ConventionCountKey, number>;
  /** Conventions whose collectivité signature is open now; null for a member who does not sign. */
  toSign: number | null;
  expiring: {
    id: string;
    reference: string;
    title: string;
    endsOn: Date | null;
    etablissement: { uai: string; name: string } | null;
  }[];
  /** Open public collèges and those with a tripartite convention in force. */
  coverage: CoverageRow | null;
}

/** The tab counts in one pass over the collectivité's conventions (list-conventions.ts's filters, in SQL). */
async function conventionCounts(collectiviteId: string, today: Date) {
  const [row] = await db.$queryRaw<Record<string, number>[]>(
    conventionCountsSql(collectiviteId, today, EXPIRING_DAYS),
  );
  return row!;
}

/** Conventions by status, those expiring within EXPIRING_DAYS, and the coverage of the collèges. */
export async function getConventionsOverview(
  ctx: AccessContext,
  now: Date = new Date(),
): Promise<ConventionsOverview> {
  const scope = collectiviteOf(ctx);
  assertCan(ctx, "convention.read");
  const today = todayInParis(now);
  const soon = new Date(today.getTime() + EXPIRING_DAYS * 86_400_000);
  const [row, expiring, coverage] = await Promise.all([
    conventionCounts(scope.id, today),
    db.convention.findMany({
      where: {
        AND: [
          conventionScopeWhere(ctx),
          { status: "EN_VIGUEUR", kind: { not: "AVENANT" }, endsOn: { gte: today, lte: soon } },
        ],
      },
      select: {
        id: true,
        reference: true,
        title: true,
        endsOn: true,
        etablissement: { select: { uai: true, name: true } },
      },
      orderBy: [{ endsOn: "asc" }, { reference: "asc" }],
      take: EXPIRING_SHOWN,
    }),
    getConventionCoverage(ctx, now),
  ]);
  const counts = Object.fromEntries(
    CONVENTION_COUNT_KEYS.map((k) => [k, Number(row[k] ?? 0)]),
  ) as Record<ConventionCountKey, number>;
  return {
    counts,
    toSign: can(ctx, "convention.sign") ? Number(row["a-signer"] ?? 0) : null,
    expiring,
    coverage: coverage.find((c) => c.collectiviteCode === scope.code) ?? null,
  };
}
