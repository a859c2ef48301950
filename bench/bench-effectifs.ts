import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { bulkInsert, typedColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import { importAuditEvent } from "@/lib/imports/effectifs/import-effectifs";
import { prng, seededKey } from "@/prisma/seed/shared/demo-random";
import { ESTIMATED_EFFECTIF_SOURCE } from "@/prisma/seed/seed-inventory";
import { estimateDemoEffectif } from "@/prisma/seed/inventory/generate-demo-inventory";
import { BENCH_ACTOR, benchSeedKey } from "@/prisma/seed/shared/bench-constants";

/** Rentrées of pupils estimated per collège: the history pages and trends have five points. */
export const BENCH_EFFECTIF_RENTREES = 5;

/**
 * Estimated pupils of a collège the open data gives none for, over the five rentrées ending with
 * `latestRentree`: the latest is the demo's estimate (smaller where the commune has one collège),
 * earlier ones follow a trend of −2 to +2 % a year with ±1.5 % of noise. Deterministic.
 */
export function benchEffectifHistory(
  uai: string,
  rural: boolean,
  latestRentree: number,
  seed: number,
): { rentree: number; total: number }[] {
  const key = benchSeedKey(seed);
  const rng = prng(seededKey(`effectifs:${uai}`, key));
  const trend = rng.between(-0.02, 0.02);
  const history = [{ rentree: latestRentree, total: estimateDemoEffectif(uai, rural, key) }];
  for (let k = 1; k < BENCH_EFFECTIF_RENTREES; k += 1) {
    const next = history[k - 1]!.total;
    history.push({
      rentree: latestRentree - k,
      total: Math.max(60, Math.round(next / (1 + trend + rng.between(-0.015, 0.015)))),
    });
  }
  return history.reverse();
}

const EFFECTIF_COLUMNS: BulkColumn[] = [
  { name: "etablissementId", type: "text" },
  ...typedColumns("integer", "rentree", "total"),
  { name: "source", type: "text" },
  { name: "importedAt", type: "timestamp(3)" },
];

/**
 * Writes estimated pupils (source « effectif estimé », as the demo's) in bulk, with one import
 * event. Bypasses the access context: run by the benchmark generator only.
 */
export async function unsafeWriteBenchEffectifs(
  db: Db,
  rows: readonly { etablissementId: string; rentree: number; total: number }[],
  now: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const rentrees = [...new Set(rows.map((r) => r.rentree))].sort();
  await db.$transaction(
    async (tx) => {
      await bulkInsert(
        tx,
        "Effectif",
        EFFECTIF_COLUMNS,
        rows.map((r) => ({ ...r, source: ESTIMATED_EFFECTIF_SOURCE, importedAt: now })),
      );
      const report = {
        total: rows.length,
        rentrees,
        created: rows.length,
        updated: 0,
        unchanged: 0,
        unknown: 0,
        duplicates: 0,
        errors: [],
        dryRun: false,
        written: true,
      };
      await appendAuditEvent(
        tx,
        importAuditEvent(
          "effectifs.import",
          "Effectif",
          report,
          { source: ESTIMATED_EFFECTIF_SOURCE, actor: BENCH_ACTOR },
          now,
        ),
      );
    },
    { timeout: 120_000 },
  );
  return rows.length;
}
