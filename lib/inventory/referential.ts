import type { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";

/** Target ratios of a référentiel (architecture.md: EquipmentReferential). */
export interface ReferentialTargets {
  /** At most this many pupils per terminal. */
  elevesParTerminal: number;
  /** Pupils per classroom, to estimate a collège's classrooms from its pupils. */
  elevesParSalle: number;
  /** Interactive displays (TNI/TBI, VPI, ENI) per classroom. */
  affichagesParSalle: number;
  classesMobilesParCollege: number;
  bornesWifiParSalle: number;
}

export interface CategoryRule {
  renewalAgeYears: number;
  unitCostCents: number;
  /** Renew at the end of the warranty when it comes before the renewal age. */
  renewAtWarrantyEnd: boolean;
}

export interface Referential {
  targets: ReferentialTargets;
  rules: Record<EquipmentCategory, CategoryRule>;
  /** False while the collectivité still uses the product's defaults. */
  customised: boolean;
  updatedAt: Date | null;
}

/** A usual departmental référentiel: 3 pupils per terminal, one interactive display per classroom. */
export const DEFAULT_TARGETS: ReferentialTargets = {
  elevesParTerminal: 3,
  elevesParSalle: 25,
  affichagesParSalle: 1,
  classesMobilesParCollege: 2,
  bornesWifiParSalle: 0.5,
};

const rule = (renewalAgeYears: number, euros: number): CategoryRule => ({
  renewalAgeYears,
  unitCostCents: euros * 100,
  renewAtWarrantyEnd: false,
});

/** Renewal ages and unit costs (TTC, public procurement prices of 2025–2026) used until a collectivité sets its own. */
export const DEFAULT_RULES: Record<EquipmentCategory, CategoryRule> = {
  POSTE_FIXE: rule(6, 800),
  PORTABLE: rule(5, 900),
  ULTRAPORTABLE: rule(5, 700),
  TABLETTE: rule(4, 400),
  EIM: rule(4, 450),
  CLASSE_MOBILE: rule(6, 1_500),
  TNI_TBI: rule(8, 2_500),
  VPI: rule(7, 1_800),
  ENI: rule(8, 3_500),
  VIDEOPROJECTEUR: rule(7, 700),
  IMPRIMANTE: rule(6, 400),
  SERVEUR: rule(6, 4_000),
  BORNE_WIFI: rule(7, 350),
  COMMUTATEUR: rule(8, 1_200),
  TELEPHONIE_IP: rule(8, 150),
  LICENCE_MDM: rule(3, 25),
  RECHANGE: rule(6, 100),
  AUTRE: rule(6, 300),
};

type ReferentialReader = Pick<
  Prisma.TransactionClient,
  "equipmentReferential" | "equipmentReferentialRule"
>;

/** The référentiels of several collectivités (defaults where none is saved), by collectivité id. */
export async function loadReferentials(
  db: ReferentialReader,
  collectiviteIds: readonly string[],
): Promise<Map<string, Referential>> {
  const ids = [...new Set(collectiviteIds)];
  const [targets, rules] = await Promise.all([
    db.equipmentReferential.findMany({ where: { collectiviteId: { in: ids } } }),
    db.equipmentReferentialRule.findMany({ where: { collectiviteId: { in: ids } } }),
  ]);
  const result = new Map<string, Referential>();
  for (const id of ids) {
    const saved = targets.find((t) => t.collectiviteId === id);
    const savedRules = rules.filter((r) => r.collectiviteId === id);
    const merged = Object.fromEntries(
      EQUIPMENT_CATEGORIES.map((category) => {
        const row = savedRules.find((r) => r.category === category);
        return [
          category,
          row
            ? {
                renewalAgeYears: row.renewalAgeYears,
                unitCostCents: row.unitCostCents,
                renewAtWarrantyEnd: row.renewAtWarrantyEnd,
              }
            : DEFAULT_RULES[category],
        ];
      }),
    ) as Record<EquipmentCategory, CategoryRule>;
    result.set(id, {
      targets: saved
        ? {
            elevesParTerminal: saved.elevesParTerminal,
            elevesParSalle: saved.elevesParSalle,
            affichagesParSalle: saved.affichagesParSalle,
            classesMobilesParCollege: saved.classesMobilesParCollege,
            bornesWifiParSalle: saved.bornesWifiParSalle,
          }
        : DEFAULT_TARGETS,
      rules: merged,
      customised: Boolean(saved) || savedRules.length > 0,
      updatedAt: saved?.updatedAt ?? null,
    });
  }
  return result;
}

export async function loadReferential(
  db: ReferentialReader,
  collectiviteId: string,
): Promise<Referential> {
  return (await loadReferentials(db, [collectiviteId])).get(collectiviteId)!;
}
