import { createHash, randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type {
  EducationPrioritaire,
  EquipmentCategory,
  EquipmentStatus,
  EquipmentUsage,
  FundingSource,
} from "@/lib/generated/prisma/enums";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { importAuditEvent } from "@/lib/imports/effectifs/import-effectifs";
import { bulkInsert, type BulkColumn } from "@/lib/db/bulk-insert";
import {
  DEMO_CATALOGUE,
  DEMO_CATEGORY_OF,
  demoSerialOf,
  pickDemoModel,
  type DemoKind,
  type DemoModel,
} from "@/lib/demo/demo-equipment-catalogue";
import { seededKey } from "@/lib/demo/demo-random";

/** The day the demo inventories describe: fixed, so every run writes the same equipment. */
export const DEMO_INVENTORY_REFERENCE_DATE = new Date("2026-09-01T00:00:00Z");
export const DEMO_IMPORT_FORMAT = "DEMO";
export const DEMO_IMPORT_FILE_NAME = "Inventaire de démonstration (données fictives)";
export const ESTIMATED_EFFECTIF_SOURCE = "Données fictives de démonstration (effectif estimé)";
/** The académie de Rennes and the Calvados get synthetic inventories. */
export const DEMO_INVENTORY_ACADEMIE = "14";
export const DEMO_INVENTORY_DEPARTEMENT = "14";

const DEMO_ACTOR = { id: null, label: "chargement de la démonstration" };
/** Changes the import's hash when the generator changes, so the description stays honest. */
const GENERATOR_VERSION = 1;

export interface DemoCollege {
  uai: string;
  effectif: number;
  educationPrioritaire?: EducationPrioritaire | null;
}

/** One generated piece of equipment, with the column names of the Equipment table. */
export interface DemoEquipmentRow {
  category: EquipmentCategory;
  manufacturer: string;
  model: string;
  serialNumber: string;
  inventoryNumber: string;
  acquiredOn: Date;
  warrantyEndsOn: Date;
  status: EquipmentStatus;
  location: string;
  usage: EquipmentUsage;
  fundingSource: FundingSource;
  purchaseCostCents: number;
}

// ─── Deterministic randomness ────────────────────────────────────────────────

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for plausible figures; never Math.random. */
function prng(seed: string) {
  let state = hash32(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (min: number, max: number) => min + (max - min) * next(),
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Rng = ReturnType<typeof prng>;

/**
 * A plausible number of pupils for a collège the open data gives none for: 220–560 in a commune
 * with one collège, 380–850 where there are several.
 */
export function estimateDemoEffectif(uai: string, rural: boolean, seed?: string): number {
  const rng = prng(seededKey(`effectif:${uai}`, seed));
  const [min, max] = rural ? [220, 560] : [380, 850];
  return Math.round(min + ((max - min) * (rng.next() + rng.next())) / 2);
}

// ─── Generator ───────────────────────────────────────────────────────────────

const ADMIN_PLACES = [
  "Administration",
  "Secrétariat",
  "Intendance",
  "Bureau du principal",
  "Vie scolaire",
  "Infirmerie",
];
const SPECIAL_ROOMS = [
  "Salle de technologie",
  "Salle de sciences",
  "Salle de physique-chimie",
  "Salle d'arts plastiques",
  "Salle de musique",
  "Salle polyvalente",
];
const RESERVE = "Réserve informatique";
const DAY = 86_400_000;

interface Batch {
  category: EquipmentCategory;
  model: DemoModel;
  acquiredOn: Date;
  warrantyEndsOn: Date;
  ageYears: number;
  unitCents: number;
  fundingSource: FundingSource;
}

type Funding = (year: number) => FundingSource;

const addYears = (date: Date, years: number) => {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
};

/**
 * The synthetic inventory of one collège on a reference date: terminals for 20 to 50 pupils per
 * 100 (postes in salles informatiques, CDI and administration, 1–3 classes mobiles, EIM when the
 * ratio leaves some), interactive displays for 0.6–1.2 per classroom of 25, network, printers,
 * servers, telephony and spares, bought in batches over the ten years before the reference date.
 * Réformé rows come on top of the equipment in use. Deterministic: the same collège and date give
 * the same rows, whose serial and inventory numbers are unique across collèges. A `seed` (the
 * benchmark's) draws another inventory of the same shape.
 */
export function generateDemoInventory(
  college: DemoCollege,
  referenceDate: Date,
  seed?: string,
): DemoEquipmentRow[] {
  if (!/^\d{7}[A-Z]$/.test(college.uai)) throw new Error(`UAI invalide : ${college.uai}`);
  const rng = prng(seededKey(`inventaire:${college.uai}`, seed));
  const ref = Date.UTC(
    referenceDate.getUTCFullYear(),
    referenceDate.getUTCMonth(),
    referenceDate.getUTCDate(),
  );
  const effectif = Math.max(1, Math.round(college.effectif));
  const prioritaire = Boolean(college.educationPrioritaire);
  const rows: DemoEquipmentRow[] = [];

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

  // Rooms: one classroom per 25 pupils, on floors of twelve, and the specialised rooms.
  const salles = Math.max(6, Math.round(effectif / 25));
  const classrooms = Array.from(
    { length: salles },
    (_, i) => `Salle ${1 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, "0")}`,
  );
  const rooms = [...classrooms, ...SPECIAL_ROOMS];
  const shuffled = [...rooms];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }

  // Interactive displays: older TNI/TBI, VPI, recent ENI; plain vidéoprojecteurs in part of the other rooms.
  const displays = Math.round(salles * rng.between(0.6, 1.2));
  const tni = Math.round(displays * rng.between(0.1, 0.35));
  const eni = Math.min(displays - tni, Math.round(displays * rng.between(0.15, 0.6)));
  const displayRooms = Array.from({ length: displays }, (_, i) => shuffled[i % shuffled.length]!);
  addBatches("tni", tni, [6, 10], collectivite, displayRooms.slice(0, tni));
  addBatches(
    "vpi",
    displays - tni - eni,
    [3, 9],
    collectivite,
    displayRooms.slice(tni, displays - eni),
  );
  addBatches("eni", eni, [0.3, 5], mostly("ETAT", 0.15), displayRooms.slice(displays - eni));
  const projectorRooms = shuffled.slice(displays).filter(() => rng.chance(0.5));
  const mobileProjectors = rng.int(1, 2);
  addBatches(
    "videoprojecteur",
    projectorRooms.length + mobileProjectors,
    [2, 10],
    mostly("ETABLISSEMENT", 0.2),
    [...projectorRooms, "Vie scolaire", "Salle de réunion"],
  );
  const equippedRooms = [...new Set([...displayRooms, ...projectorRooms])];

  // Terminals: a ratio drawn between 20 and 50 per 100 pupils, spent block by block.
  const rate = Math.min(50, 20 + 30 * ((rng.next() + rng.next()) / 2) + (prioritaire ? 4 : 0));
  let left = Math.round((effectif * rate) / 100);
  const take = (desired: number, min = 0) => {
    const n = Math.max(min, Math.min(desired, left));
    left -= n;
    return n;
  };
  addBatches(
    "poste",
    take(3 + Math.round(effectif / 90) + rng.int(0, 2)),
    [1, 9.5],
    departemental,
    ADMIN_PLACES,
    "ADMINISTRATIF",
  );
  add(
    batch("portable", 0.5, 6, departemental),
    take(rng.int(2, 3)),
    ["Bureau du principal", "Vie scolaire", "Intendance"],
    "ADMINISTRATIF",
  );
  add(batch("poste", 1, 9, collectivite), take(rng.int(4, 10)), ["CDI"]);
  const mobileCarts = Math.min(3, 1 + (effectif > 400 ? 1 : 0) + (rng.chance(0.45) ? 1 : 0));
  const addCart = (index: number) => {
    const kind = rng.pick([
      "portable",
      "portable",
      "ultraportable",
      "tablette",
      "tablette",
    ] as const);
    // The first classe mobile is always there, the others only while terminals are left.
    if (index > 0 && left < 12) return;
    const size = take(
      kind === "tablette" ? rng.pick([15, 16, 30]) : rng.int(24, 32),
      index === 0 ? 10 : 12,
    );
    const plan: Funding = (year) =>
      kind === "tablette" && (year <= 2018 || year === 2021 || year === 2022) && rng.chance(0.7)
        ? "ETAT"
        : collectivite(year);
    const devices = batch(kind, 0.3, kind === "tablette" ? 8 : 7, plan);
    const carts = DEMO_CATALOGUE.chariot.filter((m) => size <= 16 === /15|16/.test(m[1]));
    const cart = pickDemoModel(rng, carts, devices.acquiredOn.getUTCFullYear());
    const where = rng.pick(["CDI", "Salle de sciences", RESERVE, ...classrooms.slice(0, 4)]);
    add(
      {
        ...devices,
        category: "CLASSE_MOBILE",
        model: cart,
        unitCents: Math.round(cart[4] * rng.between(0.9, 1.12)) * 100,
      },
      1,
      [where],
    );
    add(devices, size, [`Classe mobile ${index + 1}`]);
  };
  addCart(0);
  add(batch("poste", 1, 9, collectivite), take(rng.int(3, 6)), ["Salle des professeurs"]);
  const teacherPosts = take(equippedRooms.length);
  const laptops = Math.round(teacherPosts * rng.between(0, 0.5));
  addBatches("poste", teacherPosts - laptops, [0.5, 9], collectivite, equippedRooms.slice(laptops));
  addBatches("portable", laptops, [0.5, 6], collectivite, equippedRooms);
  add(batch("poste", 1, 9, collectivite), take(rng.int(8, 14)), ["Salle de technologie"]);
  const computerRooms: string[] = [];
  const salleInfoCount = Math.min(3, 1 + (effectif > 350 ? 1 : 0) + (rng.chance(0.5) ? 1 : 0));
  for (let k = 0; k < 3; k += 1) {
    if (k < salleInfoCount) {
      const size = take(rng.int(18, 32));
      if (size > 0) {
        computerRooms.push(`Salle informatique ${k + 1}`);
        add(batch("poste", 0.5, 9.5, collectivite), size, [`Salle informatique ${k + 1}`]);
      }
    }
    if (k + 1 < mobileCarts) addCart(k + 1);
  }
  // What is left: individual devices (a level, or the ULIS) when it is much, else a language lab.
  if (left > 60 || (left >= 10 && rng.chance(0.4))) {
    const place =
      left > 40 ? `Dotation individuelle des élèves de ${rng.pick(["5e", "4e", "3e"])}` : "ULIS";
    add(batch("tablette", 0.3, 4, mostly("ETAT", 0.5), "EIM"), take(left), [place]);
  }
  if (left >= 10)
    add(batch(rng.pick(["portable", "ultraportable"] as const), 0.5, 7, collectivite), take(left), [
      "Salle de langues",
    ]);
  if (left > 0) add(batch("poste", 0.5, 5, collectivite), take(left), ["Salle de technologie"]);

  // Printers, servers, network, telephony, spares.
  const officePrinters = [
    "Secrétariat",
    "Intendance",
    ...(rng.chance(0.5) ? ["Vie scolaire"] : []),
  ];
  add(
    batch("imprimante", 1, 9, departemental),
    officePrinters.length,
    officePrinters,
    "ADMINISTRATIF",
  );
  const printers = ["CDI", "Salle des professeurs", ...computerRooms];
  addBatches("imprimante", printers.length, [1, 9], mostly("ETABLISSEMENT", 0.4), printers);
  if (rng.chance(0.4))
    add(batch("imprimante3d", 1, 7, mostly("ETABLISSEMENT", 0.6)), 1, ["Salle de technologie"]);
  add(batch("serveur", 1, 7, collectivite), 1, ["Local technique"]);
  if (rng.chance(0.5))
    add(batch("serveur", 1, 7, departemental), 1, ["Local technique"], "ADMINISTRATIF");
  const bornes = Math.max(2, Math.round(salles * rng.between(0.3, 0.7)));
  addBatches("borne", bornes, [1, 8], departemental, [
    "CDI",
    "Salle des professeurs",
    "Vie scolaire",
    ...shuffled,
  ]);
  add(batch("coeur", 2, 10, departemental), 1, ["Local technique"]);
  addBatches("commutateur", 1 + Math.ceil(salles / 10) + rng.int(0, 1), [2, 10], departemental, [
    "Baie de brassage A",
    "Baie de brassage B",
    "Baie de brassage C",
    "Local technique",
  ]);
  add(
    batch("telephone", 2, 9, departemental),
    rng.int(4, 10),
    [...ADMIN_PLACES, "Accueil", "Salle des professeurs"],
    "ADMINISTRATIF",
  );
  add(
    batch("rechange", 0.3, 5, mostly("ETABLISSEMENT", 0.5)),
    rng.int(2, 6),
    [RESERVE],
    "PEDAGOGIQUE",
    () => (rng.chance(0.85) ? "EN_STOCK" : "EN_SERVICE"),
  );

  if (rows.length >= 10_000)
    throw new Error(`Inventaire de démonstration trop grand pour ${college.uai}`);
  // Inventory numbers follow the order of acquisition, as a register would.
  const ordered = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.acquiredOn.getTime() - b.row.acquiredOn.getTime() || a.i - b.i);
  const departement = college.uai.slice(0, 3).replace(/^0/, "");
  const number = college.uai.slice(3, 7);
  return ordered.map(({ row }, index) => {
    row.serialNumber = demoSerialOf(row.manufacturer, college.uai, index);
    row.inventoryNumber = `${departement}-${row.acquiredOn.getUTCFullYear()}-${number}-${String(index + 1).padStart(4, "0")}`;
    return row;
  });
}

// ─── Seed ────────────────────────────────────────────────────────────────────

export interface DemoInventoryReport {
  /** Collectivités given an inventory by this run (0 when they all have one already). */
  collectivites: number;
  equipment: number;
  /** Collèges without any pupils in the open data, given an estimated effectif by this run. */
  effectifsEstimes: number;
}

export interface DemoInventoryOptions {
  /** The rentrée of the estimated effectifs: the latest of the real file. */
  rentree: number;
  referenceDate?: Date;
  now?: Date;
}

/** The Equipment columns a generated row fills, for bulkInsert (the demo's and the benchmark's). */
export const EQUIPMENT_COLUMNS: BulkColumn[] = [
  ...[
    "id",
    "collectiviteId",
    "etablissementId",
    "manufacturer",
    "model",
    "serialNumber",
    "inventoryNumber",
    "location",
    "importId",
  ].map((name) => ({ name, type: "text" })),
  { name: "category", type: '"EquipmentCategory"' },
  { name: "status", type: '"EquipmentStatus"' },
  { name: "usage", type: '"EquipmentUsage"' },
  { name: "fundingSource", type: '"FundingSource"' },
  { name: "acquiredOn", type: "date" },
  { name: "warrantyEndsOn", type: "date" },
  { name: "purchaseCostCents", type: "integer" },
  { name: "updatedAt", type: "timestamp(3)" },
];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Gives every public open collège of the académie de Rennes and of the Calvados a synthetic
 * inventory, recorded per collectivité as one import of format « DEMO » that pages name « données
 * fictives », and an estimated effectif to the collèges the open data has no pupils for (the
 * indicators need them). Idempotent: a collectivité that has its demo import is left as it is, an
 * existing effectif is never touched. Bypasses the access context: run by the demo seed only.
 */
export async function unsafeSeedDemoInventory(
  db: Db,
  options: DemoInventoryOptions,
): Promise<DemoInventoryReport> {
  if (!Number.isInteger(options.rentree))
    throw new Error("Inventaire de démonstration : rentrée des effectifs inconnue");
  const referenceDate = options.referenceDate ?? DEMO_INVENTORY_REFERENCE_DATE;
  const now = options.now ?? new Date();
  const report: DemoInventoryReport = { collectivites: 0, equipment: 0, effectifsEstimes: 0 };
  const colleges = await db.etablissement.findMany({
    where: {
      secteur: "PUBLIC",
      etat: "OUVERT",
      OR: [
        { academieCode: DEMO_INVENTORY_ACADEMIE },
        { departementCode: DEMO_INVENTORY_DEPARTEMENT },
      ],
    },
    select: {
      id: true,
      uai: true,
      collectiviteId: true,
      communeCode: true,
      educationPrioritaire: true,
      effectifs: { select: { total: true }, orderBy: { rentree: "desc" }, take: 1 },
    },
    orderBy: { uai: "asc" },
  });
  if (colleges.length === 0) return report;

  // Estimated pupils where the open data has none: smaller where the commune has a single collège.
  const missing = colleges.filter((c) => c.effectifs.length === 0);
  const effectifOf = new Map(
    colleges.flatMap((c) => (c.effectifs[0] ? [[c.id, c.effectifs[0].total] as const] : [])),
  );
  if (missing.length > 0) {
    const communes = [...new Set(missing.flatMap((c) => (c.communeCode ? [c.communeCode] : [])))];
    const perCommune = await db.etablissement.groupBy({
      by: ["communeCode"],
      where: { etat: "OUVERT", communeCode: { in: communes } },
      _count: { _all: true },
    });
    const several = new Set(perCommune.filter((g) => g._count._all > 1).map((g) => g.communeCode));
    const estimates = missing.map((c) => ({
      etablissementId: c.id,
      rentree: options.rentree,
      total: estimateDemoEffectif(c.uai, !several.has(c.communeCode)),
      source: ESTIMATED_EFFECTIF_SOURCE,
      importedAt: now,
    }));
    await db.$transaction(async (tx) => {
      await tx.effectif.createMany({ data: estimates, skipDuplicates: true });
      const counts = {
        total: estimates.length,
        rentrees: [options.rentree],
        created: estimates.length,
        updated: 0,
        unchanged: 0,
        unknown: 0,
        duplicates: 0,
      };
      await appendAuditEvent(
        tx,
        importAuditEvent(
          "effectifs.import",
          "Effectif",
          { ...counts, errors: [], dryRun: false, written: true },
          { source: ESTIMATED_EFFECTIF_SOURCE, actor: DEMO_ACTOR },
          now,
        ),
      );
    });
    for (const e of estimates) effectifOf.set(e.etablissementId, e.total);
    report.effectifsEstimes = estimates.length;
  }

  const collectiviteIds = [...new Set(colleges.map((c) => c.collectiviteId))];
  const [collectivites, seeded] = await Promise.all([
    db.collectivite.findMany({
      where: { id: { in: collectiviteIds } },
      select: { id: true, code: true },
      orderBy: { code: "asc" },
    }),
    db.equipmentImport.findMany({
      where: { format: DEMO_IMPORT_FORMAT, collectiviteId: { in: collectiviteIds } },
      select: { collectiviteId: true },
    }),
  ]);
  const done = new Set(seeded.map((s) => s.collectiviteId));
  for (const collectivite of collectivites) {
    if (done.has(collectivite.id)) continue;
    const members = colleges.filter((c) => c.collectiviteId === collectivite.id);
    const perCollege = members.map((c) => ({
      college: c,
      rows: generateDemoInventory(
        {
          uai: c.uai,
          effectif: effectifOf.get(c.id) ?? 0,
          educationPrioritaire: c.educationPrioritaire,
        },
        referenceDate,
      ),
    }));
    const rows = perCollege.flatMap(({ college, rows }) =>
      rows.map((r) => ({
        ...r,
        id: randomUUID(),
        collectiviteId: collectivite.id,
        etablissementId: college.id,
        acquiredOn: isoDay(r.acquiredOn),
        warrantyEndsOn: isoDay(r.warrantyEndsOn),
        updatedAt: now,
      })),
    );
    const categories: Record<string, number> = {};
    for (const r of rows) categories[r.category] = (categories[r.category] ?? 0) + 1;
    const description = [
      `${DEMO_IMPORT_FILE_NAME}, générateur v${GENERATOR_VERSION}, collectivité ${collectivite.code}, date de référence ${isoDay(referenceDate)}`,
      ...perCollege.map(
        ({ college, rows }) => `${college.uai};${effectifOf.get(college.id) ?? 0};${rows.length}`,
      ),
    ].join("\n");
    const summary = {
      created: rows.length,
      updated: 0,
      unchanged: 0,
      errors: [],
      etablissements: perCollege.map(({ college, rows }) => ({
        uai: college.uai,
        created: rows.length,
        updated: 0,
        unchanged: 0,
      })),
      categories,
      donneesFictives: true,
      dateReference: isoDay(referenceDate),
    };
    await db.$transaction(
      async (tx) => {
        const imported = await tx.equipmentImport.create({
          data: {
            collectiviteId: collectivite.id,
            status: "ENREGISTRE",
            fileName: DEMO_IMPORT_FILE_NAME,
            format: DEMO_IMPORT_FORMAT,
            sha256: createHash("sha256").update(description).digest("hex"),
            mapping: {},
            rowCount: rows.length,
            summary,
            actorLabel: DEMO_ACTOR.label,
            committedAt: now,
          },
          select: { id: true },
        });
        await bulkInsert(
          tx,
          "Equipment",
          EQUIPMENT_COLUMNS,
          rows.map((r) => ({ ...r, importId: imported.id })),
        );
        await appendAuditEvent(tx, {
          actor: DEMO_ACTOR,
          scope: { scopeType: "COLLECTIVITE", collectiviteId: collectivite.id },
          action: "equipment.import",
          entityType: "EquipmentImport",
          entityId: imported.id,
          occurredAt: now,
          after: {
            fichier: DEMO_IMPORT_FILE_NAME,
            format: DEMO_IMPORT_FORMAT,
            lignes: rows.length,
            etablissements: members.length,
            created: rows.length,
          },
        });
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    report.collectivites += 1;
    report.equipment += rows.length;
  }
  return report;
}
