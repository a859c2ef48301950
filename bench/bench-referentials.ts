import type { Db } from "@/lib/db/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { bulkInsert, typedColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import {
  DEFAULT_RULES,
  type CategoryRule,
  type ReferentialTargets,
} from "@/lib/inventory/referential";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { prng, seededKey } from "@/prisma/seed/shared/demo-random";
import { benchSeedKey } from "@/prisma/seed/shared/bench-constants";

export interface BenchReferential {
  targets: ReferentialTargets;
  rules: Record<EquipmentCategory, CategoryRule>;
}

/**
 * The référentiel of a collectivité: four in ten have saved their own (3 to 4 pupils per
 * terminal, renewal a year sooner or later, prices ±15 %), the others keep the product's defaults
 * (null: nothing is written). Deterministic.
 */
export function planBenchReferential(
  collectiviteCode: string,
  seed: number,
): BenchReferential | null {
  const rng = prng(seededKey(`referentiel:${collectiviteCode}`, benchSeedKey(seed)));
  if (!rng.chance(0.4)) return null;
  const targets: ReferentialTargets = {
    elevesParTerminal: rng.pick([2.5, 3, 3, 3.5, 4]),
    elevesParSalle: rng.int(24, 28),
    affichagesParSalle: rng.pick([0.8, 1, 1, 1.2]),
    classesMobilesParCollege: rng.int(1, 3),
    bornesWifiParSalle: rng.pick([0.5, 0.5, 0.75, 1]),
  };
  const rules = Object.fromEntries(
    EQUIPMENT_CATEGORIES.map((category) => {
      const base = DEFAULT_RULES[category];
      return [
        category,
        {
          renewalAgeYears: Math.max(2, base.renewalAgeYears + rng.pick([-1, 0, 0, 1])),
          unitCostCents: Math.max(
            1_000,
            Math.round((base.unitCostCents * rng.between(0.85, 1.15)) / 1_000) * 1_000,
          ),
          renewAtWarrantyEnd: rng.chance(0.15),
        },
      ];
    }),
  ) as Record<EquipmentCategory, CategoryRule>;
  return { targets, rules };
}

/** Unit costs a campaign prices needs at: the saved référentiel's, else the defaults. */
export function unitCostsOf(
  referential: BenchReferential | null,
): Partial<Record<EquipmentCategory, number>> {
  const rules = referential?.rules ?? DEFAULT_RULES;
  return Object.fromEntries(Object.entries(rules).map(([k, r]) => [k, r.unitCostCents]));
}

const TARGET_COLUMNS: BulkColumn[] = [
  { name: "collectiviteId", type: "text" },
  { name: "elevesParTerminal", type: "double precision" },
  { name: "elevesParSalle", type: "integer" },
  { name: "affichagesParSalle", type: "double precision" },
  { name: "classesMobilesParCollege", type: "integer" },
  { name: "bornesWifiParSalle", type: "double precision" },
  { name: "updatedAt", type: "timestamp(3)" },
];
const RULE_COLUMNS: BulkColumn[] = [
  { name: "collectiviteId", type: "text" },
  { name: "category", type: '"EquipmentCategory"' },
  ...typedColumns("integer", "renewalAgeYears", "unitCostCents"),
  { name: "renewAtWarrantyEnd", type: "boolean" },
];

/** Writes the saved référentiels. Bypasses the access context: run by the benchmark generator only. */
export async function unsafeWriteBenchReferentials(
  db: Db,
  saved: readonly { collectiviteId: string; referential: BenchReferential }[],
  now: Date,
): Promise<number> {
  await db.$transaction(async (tx) => {
    await bulkInsert(
      tx,
      "EquipmentReferential",
      TARGET_COLUMNS,
      saved.map((s) => ({
        collectiviteId: s.collectiviteId,
        ...s.referential.targets,
        updatedAt: now,
      })),
    );
    await bulkInsert(
      tx,
      "EquipmentReferentialRule",
      RULE_COLUMNS,
      saved.flatMap((s) =>
        Object.entries(s.referential.rules).map(([category, rule]) => ({
          collectiviteId: s.collectiviteId,
          category,
          ...rule,
        })),
      ),
    );
  });
  return saved.length;
}
