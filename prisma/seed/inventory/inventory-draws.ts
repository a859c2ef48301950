import type {
  EquipmentCategory,
  EquipmentStatus,
  EquipmentUsage,
  FundingSource,
} from "@/lib/generated/prisma/enums";
import {
  DEMO_CATALOGUE,
  DEMO_CATEGORY_OF,
  pickDemoModel,
  type DemoKind,
  type DemoModel,
} from "@/prisma/seed/demo-equipment-catalogue";
import type { Rng } from "@/prisma/seed/shared/demo-random";
import type { DemoEquipmentRow } from "@/prisma/seed/inventory/demo-equipment-row";

export const ADMIN_PLACES = [
  "Administration",
  "Secrétariat",
  "Intendance",
  "Bureau du principal",
  "Vie scolaire",
  "Infirmerie",
];
export const SPECIAL_ROOMS = [
  "Salle de technologie",
  "Salle de sciences",
  "Salle de physique-chimie",
  "Salle d'arts plastiques",
  "Salle de musique",
  "Salle polyvalente",
];
/** Where equipment out of use (réformé, en stock) is kept. */
export const RESERVE = "Réserve informatique";
const DAY = 86_400_000;

export interface Batch {
  category: EquipmentCategory;
  model: DemoModel;
  acquiredOn: Date;
  warrantyEndsOn: Date;
  ageYears: number;
  unitCents: number;
  fundingSource: FundingSource;
}

export type Funding = (year: number) => FundingSource;

const addYears = (date: Date, years: number) => {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
};

/**
 * The draws a collège's inventory is made of, on one generator and one reference day (`ref`, UTC
 * milliseconds): batches bought at a drawn age, rows added to `rows` in the order of the draws.
 * The order of the calls is the order of the draws: keep it, or every demo inventory changes.
 */
export function inventoryDraws(rng: Rng, ref: number, rows: DemoEquipmentRow[]) {
  const batch = (
    kind: DemoKind,
    minYears: number,
    maxYears: number,
    funding: Funding,
    category = DEMO_CATEGORY_OF[kind],
  ): Batch => {
    let days = Math.min(3640, Math.max(20, Math.round(rng.between(minYears, maxYears) * 365.25)));
    const weekday = new Date(ref - days * DAY).getUTCDay();
    if (weekday === 0 || weekday === 6) days += weekday === 0 ? 2 : 1; // deliveries on weekdays
    const acquiredOn = new Date(ref - days * DAY);
    const model = pickDemoModel(rng, DEMO_CATALOGUE[kind], acquiredOn.getUTCFullYear());
    return {
      category,
      model,
      acquiredOn,
      warrantyEndsOn: addYears(acquiredOn, rng.int(3, 5)),
      ageYears: days / 365.25,
      unitCents: Math.round(model[4] * rng.between(0.88, 1.15)) * 100 - (rng.chance(0.5) ? 10 : 0),
      fundingSource: funding(acquiredOn.getUTCFullYear()),
    };
  };
  const drawStatus = (age: number): EquipmentStatus => {
    const reforme = age >= 8 ? 0.2 : age >= 6 ? 0.1 : age >= 4 ? 0.035 : 0.008;
    const r = rng.next();
    return r < reforme
      ? "REFORME"
      : r < reforme + 0.03
        ? "EN_PANNE"
        : r < reforme + 0.06
          ? "EN_STOCK"
          : "EN_SERVICE";
  };
  /** `count` rows in use (en service, en panne or en stock) at the given places, plus the réformé ones. */
  const add = (
    b: Batch,
    count: number,
    places: readonly string[],
    usage: EquipmentUsage = "PEDAGOGIQUE",
    status = drawStatus,
  ) => {
    for (let active = 0; active < count;) {
      const s = status(b.ageYears);
      const location =
        s === "REFORME" || s === "EN_STOCK" ? RESERVE : places[active % places.length]!;
      rows.push({
        category: b.category,
        manufacturer: b.model[0],
        model: b.model[1],
        serialNumber: "",
        inventoryNumber: "",
        acquiredOn: b.acquiredOn,
        warrantyEndsOn: b.warrantyEndsOn,
        status: s,
        location,
        usage,
        fundingSource: b.fundingSource,
        purchaseCostCents: b.unitCents,
      });
      if (s !== "REFORME") active += 1;
    }
  };
  /** `count` rows bought in one to three batches, placed in order. */
  const addBatches = (
    kind: DemoKind,
    count: number,
    ages: [number, number],
    funding: Funding,
    places: readonly string[],
    usage?: EquipmentUsage,
  ) => {
    const batches = count >= 8 ? rng.int(1, 3) : 1;
    let offset = 0;
    for (let k = 0; k < batches; k += 1) {
      const size = k === batches - 1 ? count - offset : Math.round(count / batches);
      const own =
        places.length > 1
          ? [...places.slice(offset % places.length), ...places.slice(0, offset % places.length)]
          : places;
      if (size > 0) add(batch(kind, ages[0], ages[1], funding), size, own, usage);
      offset += size;
    }
  };
  const mostly =
    (source: FundingSource, p: number, other: FundingSource = "COLLECTIVITE"): Funding =>
    () =>
      rng.chance(p) ? source : other;
  const collectivite = mostly("ETABLISSEMENT", 0.08);
  const departemental: Funding = () => "COLLECTIVITE";
  return { batch, add, addBatches, mostly, collectivite, departemental };
}

export type InventoryDraws = ReturnType<typeof inventoryDraws>;
