import type { Rng } from "@/prisma/seed/shared/demo-random";
import {
  ADMIN_PLACES,
  RESERVE,
  type InventoryDraws,
} from "@/prisma/seed/inventory/inventory-draws";

/** Printers, servers, network, telephony and spares, sized on the rooms of the collège. */
export function drawInfrastructure(
  rng: Rng,
  d: InventoryDraws,
  frame: { salles: number; shuffled: readonly string[]; computerRooms: readonly string[] },
): void {
  const { batch, add, addBatches, mostly, collectivite, departemental } = d;
  const { salles, shuffled, computerRooms } = frame;
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
}
