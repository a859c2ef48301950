import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { DEFAULT_RULES } from "@/lib/inventory/referential";
import {
  DEMO_CATALOGUE,
  demoSerialOf,
  pickDemoModel,
  type DemoKind,
} from "@/prisma/seed/demo-equipment-catalogue";
import { prng, seededKey } from "@/prisma/seed/shared/demo-random";
import { generateDemoInventory } from "@/prisma/seed/inventory/generate-demo-inventory";
import {
  type DemoCollege,
  type DemoEquipmentRow,
} from "@/prisma/seed/inventory/demo-equipment-row";
import { RETIRED_CATALOGUE } from "@/bench/retired-catalogue";
import { benchSeedKey } from "@/prisma/seed/shared/bench-constants";

/** A register goes back fifteen years before the reference date (when the collectivité adopted its tool). */
export const REGISTER_HISTORY_YEARS = 15;
/** Share of purchases that renewed earlier equipment; the others equipped something new. */
const RENEWAL_SHARE = 0.85;
/** Réformé generations are numbered from here in serial and inventory numbers; the equipment in use stays below. */
export const RETIRED_INDEX_OFFSET = 5_000;
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** What a purchase of a category replaced: the same kind of device, or the display it superseded. */
const PREDECESSOR: Partial<
  Record<EquipmentCategory, { category: EquipmentCategory; kind: DemoKind }>
> = {
  POSTE_FIXE: { category: "POSTE_FIXE", kind: "poste" },
  PORTABLE: { category: "PORTABLE", kind: "portable" },
  ULTRAPORTABLE: { category: "ULTRAPORTABLE", kind: "ultraportable" },
  TABLETTE: { category: "TABLETTE", kind: "tablette" },
  EIM: { category: "EIM", kind: "tablette" },
  CLASSE_MOBILE: { category: "CLASSE_MOBILE", kind: "chariot" },
  ENI: { category: "VPI", kind: "vpi" },
  VPI: { category: "TNI_TBI", kind: "tni" },
  TNI_TBI: { category: "VIDEOPROJECTEUR", kind: "videoprojecteur" },
  VIDEOPROJECTEUR: { category: "VIDEOPROJECTEUR", kind: "videoprojecteur" },
  IMPRIMANTE: { category: "IMPRIMANTE", kind: "imprimante" },
  SERVEUR: { category: "SERVEUR", kind: "serveur" },
  BORNE_WIFI: { category: "BORNE_WIFI", kind: "borne" },
  COMMUTATEUR: { category: "COMMUTATEUR", kind: "commutateur" },
  TELEPHONIE_IP: { category: "TELEPHONIE_IP", kind: "telephone" },
};

const RESERVE = "Réserve informatique";
const DEEE = "Sortie d'inventaire (filière DEEE)";

/**
 * The réformé generations a register keeps behind the equipment in use: each purchase of the
 * inventory most often (85 %) replaced as many devices bought one renewal age earlier (the
 * référentiel's, give or take a year), themselves possibly replacing older ones, back to the start
 * of the register. They are all réformé, so in-service ratios (ETIC indicators) do not move.
 * Serial and inventory numbers continue the collège's series from RETIRED_INDEX_OFFSET, unique
 * across collèges. Deterministic.
 */
export function generateRetiredGenerations(
  uai: string,
  current: readonly DemoEquipmentRow[],
  referenceDate: Date,
  seed: number,
): DemoEquipmentRow[] {
  if (current.length > RETIRED_INDEX_OFFSET) throw new Error(`Inventaire trop grand pour ${uai}`);
  const rng = prng(seededKey(`historique:${uai}`, benchSeedKey(seed)));
  const ref = Date.UTC(
    referenceDate.getUTCFullYear(),
    referenceDate.getUTCMonth(),
    referenceDate.getUTCDate(),
  );
  const historyStart = ref - REGISTER_HISTORY_YEARS * YEAR;

  // One batch per purchase: same category, model, date, funding and usage; réformé rows of it do not count.
  const batches = new Map<string, { row: DemoEquipmentRow; count: number }>();
  for (const row of current) {
    if (row.status === "REFORME") continue;
    const key = `${row.category}|${row.manufacturer}|${row.model}|${row.acquiredOn.getTime()}|${row.fundingSource}|${row.usage}`;
    const batch = batches.get(key);
    if (batch) batch.count += 1;
    else batches.set(key, { row, count: 1 });
  }

  const retired: DemoEquipmentRow[] = [];
  for (const { row, count } of batches.values()) {
    let successor = { category: row.category, acquiredAt: row.acquiredOn.getTime() };
    for (;;) {
      const predecessor = PREDECESSOR[successor.category];
      if (!predecessor) break;
      const life = DEFAULT_RULES[predecessor.category].renewalAgeYears + rng.between(-1, 1.5);
      let acquiredAt = Math.round((successor.acquiredAt - life * YEAR) / DAY) * DAY;
      if (acquiredAt < historyStart || !rng.chance(RENEWAL_SHARE)) break;
      const weekday = new Date(acquiredAt).getUTCDay();
      if (weekday === 0 || weekday === 6) acquiredAt += (weekday === 0 ? 1 : 2) * DAY;
      const acquiredOn = new Date(acquiredAt);
      const models = [
        ...(RETIRED_CATALOGUE[predecessor.kind] ?? []),
        ...DEMO_CATALOGUE[predecessor.kind],
      ];
      const model = pickDemoModel(rng, models, acquiredOn.getUTCFullYear());
      const warrantyEndsOn = new Date(acquiredOn);
      warrantyEndsOn.setUTCFullYear(warrantyEndsOn.getUTCFullYear() + rng.int(3, 5));
      const unitCents = Math.round(model[4] * rng.between(0.88, 1.15)) * 100;
      const location = ref - successor.acquiredAt < YEAR ? RESERVE : DEEE;
      for (let i = 0; i < count; i += 1) {
        retired.push({
          category: predecessor.category,
          manufacturer: model[0],
          model: model[1],
          serialNumber: "",
          inventoryNumber: "",
          acquiredOn,
          warrantyEndsOn,
          status: "REFORME",
          location,
          usage: row.usage,
          fundingSource: row.fundingSource,
          purchaseCostCents: unitCents,
        });
      }
      successor = { category: predecessor.category, acquiredAt };
    }
  }

  if (RETIRED_INDEX_OFFSET + retired.length >= 10_000)
    throw new Error(`Historique trop grand pour ${uai}`);
  const ordered = retired
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.acquiredOn.getTime() - b.row.acquiredOn.getTime() || a.i - b.i);
  const departement = uai.slice(0, 3).replace(/^0/, "");
  const number = uai.slice(3, 7);
  return ordered.map(({ row }, i) => {
    const index = RETIRED_INDEX_OFFSET + i;
    row.serialNumber = demoSerialOf(row.manufacturer, uai, index);
    row.inventoryNumber = `${departement}-${row.acquiredOn.getUTCFullYear()}-${number}-${index + 1}`;
    return row;
  });
}

/**
 * A collège's benchmark register on the reference date: the demo's inventory drawn from the seed
 * (ETIC ratios of the demo: 20–50 terminals per 100 pupils…), then its réformé generations.
 */
export function generateBenchInventory(
  college: DemoCollege,
  referenceDate: Date,
  seed: number,
): DemoEquipmentRow[] {
  const current = generateDemoInventory(college, referenceDate, benchSeedKey(seed));
  return [...current, ...generateRetiredGenerations(college.uai, current, referenceDate, seed)];
}
