import { demoSerialOf } from "@/prisma/seed/demo-equipment-catalogue";
import { prng, seededKey } from "@/prisma/seed/shared/demo-random";
import type { DemoCollege, DemoEquipmentRow } from "@/prisma/seed/inventory/demo-equipment-row";
import { inventoryDraws, SPECIAL_ROOMS } from "@/prisma/seed/inventory/inventory-draws";
import { drawTerminals } from "@/prisma/seed/inventory/demo-terminals";
import { drawInfrastructure } from "@/prisma/seed/inventory/demo-infrastructure";

/**
 * A plausible number of pupils for a collège the open data gives none for: 220–560 in a commune
 * with one collège, 380–850 where there are several.
 */
export function estimateDemoEffectif(uai: string, rural: boolean, seed?: string): number {
  const rng = prng(seededKey(`effectif:${uai}`, seed));
  const [min, max] = rural ? [220, 560] : [380, 850];
  return Math.round(min + ((max - min) * (rng.next() + rng.next())) / 2);
}

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
  const d = inventoryDraws(rng, ref, rows);
  const { addBatches, mostly, collectivite } = d;

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

  const computerRooms = drawTerminals(rng, d, { effectif, prioritaire, classrooms, equippedRooms });
  drawInfrastructure(rng, d, { salles, shuffled, computerRooms });

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
