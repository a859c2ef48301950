/** A collège as the secteur plan reads it. */
export interface PlannedCollege {
  uai: string;
  communeName: string;
  latitude: number | null;
  longitude: number | null;
}

export interface PlannedSector {
  name: string;
  uais: string[];
}

/** Collèges this close to the main town (km) are its urban area: « Rennes Nord », « Caen Sud »… */
const URBAN_RADIUS_KM = 9;
const DIRECTIONS = [
  "Nord",
  "Nord-Est",
  "Est",
  "Sud-Est",
  "Sud",
  "Sud-Ouest",
  "Ouest",
  "Nord-Ouest",
];

type Located = PlannedCollege & { km: number; bearing: number };

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Distance (km) and bearing (degrees from north, clockwise) from the centre, flat-earth at this scale. */
function locate(college: PlannedCollege, lat0: number, lon0: number): Located {
  const dy = ((college.latitude ?? lat0) - lat0) * 111.2;
  const dx = ((college.longitude ?? lon0) - lon0) * 111.2 * Math.cos((lat0 * Math.PI) / 180);
  const bearing = ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
  return { ...college, km: Math.hypot(dx, dy), bearing };
}

/**
 * Sorted around the centre, starting after the widest empty angle, then cut into `count` runs of
 * near-equal size: neighbours in direction stay together.
 */
function aroundAndCut(colleges: Located[], count: number): Located[][] {
  const sorted = [...colleges].sort((a, b) => a.bearing - b.bearing || a.uai.localeCompare(b.uai));
  let start = 0;
  let widest = -1;
  sorted.forEach((c, i) => {
    const previous = sorted[(i - 1 + sorted.length) % sorted.length]!;
    const gap = (c.bearing - previous.bearing + 360) % 360 || (sorted.length === 1 ? 360 : 0);
    if (gap > widest) [widest, start] = [gap, i];
  });
  const ring = [...sorted.slice(start), ...sorted.slice(0, start)];
  return Array.from({ length: count }, (_, i) =>
    ring.slice(Math.floor((i * ring.length) / count), Math.floor(((i + 1) * ring.length) / count)),
  ).filter((run) => run.length > 0);
}

const directionOf = (run: Located[]) => {
  const x = mean(run.map((c) => Math.sin((c.bearing * Math.PI) / 180)));
  const y = mean(run.map((c) => Math.cos((c.bearing * Math.PI) / 180)));
  const bearing = ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
  return DIRECTIONS[Math.round(bearing / 45) % 8]!;
};

const countByCommune = (colleges: readonly PlannedCollege[]) => {
  const counts = new Map<string, number>();
  for (const c of colleges) counts.set(c.communeName, (counts.get(c.communeName) ?? 0) + 1);
  return counts;
};

/**
 * The commune naming a run: the most collèges in the run, then in the whole département, then
 * alphabetical; one not already naming another run when there is one.
 */
function mainCommune(
  run: readonly PlannedCollege[],
  all: ReadonlyMap<string, number> = countByCommune(run),
  taken: ReadonlySet<string> = new Set(),
): string {
  const ranked = [...countByCommune(run)].sort(
    (a, b) =>
      b[1] - a[1] || (all.get(b[0]) ?? 0) - (all.get(a[0]) ?? 0) || a[0].localeCompare(b[0]),
  );
  return (ranked.find(([name]) => !taken.has(name)) ?? ranked[0]!)[0];
}

/** « de Fougères », « d'Avranches ». */
const ofCommune = (name: string) => (/^[AEIOUYÉÈÂÎ]/i.test(name) ? `d'${name}` : `de ${name}`);

/**
 * Secteurs of about `size` collèges for a département's demo: the main town and the collèges
 * within URBAN_RADIUS_KM split by direction (« Rennes Nord »), the others cut around it by
 * direction and named after their main commune (« Pays de Fougères »). Deterministic: the same
 * collèges give the same plan.
 */
export function planSectors(colleges: readonly PlannedCollege[], size = 10): PlannedSector[] {
  if (colleges.length === 0) return [];
  const town = mainCommune(colleges);
  const inTown = colleges.filter((c) => c.communeName === town && c.latitude !== null);
  const lat0 = mean(inTown.map((c) => c.latitude!));
  const lon0 = mean(inTown.map((c) => c.longitude!));
  const located = colleges.map((c) => locate(c, lat0, lon0));
  const urban = located.filter((c) => c.communeName === town || c.km <= URBAN_RADIUS_KM);
  const rural = located.filter((c) => !urban.includes(c));
  const sectors: PlannedSector[] = [];
  const urbanRuns = aroundAndCut(urban, Math.max(1, Math.round(urban.length / size)));
  for (const run of urbanRuns)
    sectors.push({
      name: urbanRuns.length === 1 ? town : `${town} ${directionOf(run)}`,
      uais: run.map((c) => c.uai).sort(),
    });
  const all = countByCommune(colleges);
  const taken = new Set([town]);
  if (rural.length > 0)
    for (const run of aroundAndCut(rural, Math.max(1, Math.round(rural.length / size)))) {
      const commune = mainCommune(run, all, taken);
      taken.add(commune);
      sectors.push({ name: `Pays ${ofCommune(commune)}`, uais: run.map((c) => c.uai).sort() });
    }
  // Two urban runs could share a direction: the later ones take a number.
  const seen = new Set<string>();
  for (const [i, sector] of sectors.entries()) {
    if (seen.has(sector.name)) sectors[i] = { ...sector, name: `${sector.name} (${i + 1})` };
    seen.add(sectors[i]!.name);
  }
  return sectors;
}
