import { DEMO_CATALOGUE, pickDemoModel } from "@/prisma/seed/demo-equipment-catalogue";
import type { Rng } from "@/prisma/seed/shared/demo-random";
import {
  ADMIN_PLACES,
  RESERVE,
  type Funding,
  type InventoryDraws,
} from "@/prisma/seed/inventory/inventory-draws";

interface TerminalFrame {
  effectif: number;
  prioritaire: boolean;
  classrooms: readonly string[];
  /** Rooms with a display: each gets a teacher's computer. */
  equippedRooms: readonly string[];
}

/**
 * The terminals of a collège: a ratio drawn between 20 and 50 per 100 pupils, spent block by block
 * (administration, CDI, classes mobiles, teachers, salles informatiques, then what is left).
 * Returns the salles informatiques, which get printers.
 */
export function drawTerminals(rng: Rng, d: InventoryDraws, frame: TerminalFrame): string[] {
  const { batch, add, addBatches, mostly, collectivite, departemental } = d;
  const { effectif, prioritaire, classrooms, equippedRooms } = frame;
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
  return computerRooms;
}
