import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";
import { type IndicatorRow } from "@/lib/inventory/indicator-math";
import { sortRows } from "@/lib/inventory/indicator-math";

/*
 * Equipment equity across a collectivité's collèges: each collège's class against the national
 * levels of terminaux pour 100 élèves, its rank, and a map projected from its coordinates (an
 * equirectangular projection fitted to the collèges, drawn without external tiles). Pure.
 */

const decimalOf = (text: string) => Number(text.replace(",", "."));
const LEVEL_NOW = NATIONAL_REFERENCES.terminauxPour100;
const LEVEL_2014 = LEVEL_NOW.history!.find((h) => h.year === "2014")!;
export type EquityClass = "HAUT" | "MOYEN" | "BAS" | "INCONNU";

/** Classes of terminaux pour 100 élèves, bounded by the national levels of 2014 and 2018-2019 (ETIC). */
export const EQUITY_CLASSES: readonly { key: EquityClass; label: string; from: number | null }[] = [
  {
    key: "HAUT",
    label: `${LEVEL_NOW.value} terminaux pour 100 élèves ou plus (niveau national ${LEVEL_NOW.year})`,
    from: decimalOf(LEVEL_NOW.value),
  },
  {
    key: "MOYEN",
    label: `De ${LEVEL_2014.value} à moins de ${LEVEL_NOW.value} terminaux pour 100 élèves`,
    from: decimalOf(LEVEL_2014.value),
  },
  {
    key: "BAS",
    label: `Moins de ${LEVEL_2014.value} terminaux pour 100 élèves (niveau national ${LEVEL_2014.year})`,
    from: 0,
  },
  { key: "INCONNU", label: "Non calculable : effectif inconnu", from: null },
];

export function equityClassOf(terminauxPour100: number | null): EquityClass {
  if (terminauxPour100 === null) return "INCONNU";
  return EQUITY_CLASSES.find((c) => c.from !== null && terminauxPour100 >= c.from)?.key ?? "BAS";
}

export interface EquityCollege {
  etablissementId: string;
  uai: string;
  name: string;
  communeName: string;
  eleves: number | null;
  terminaux: number;
  terminauxPour100: number | null;
  /** 1 for the best equipped; null when the indicator cannot be computed. */
  rank: number | null;
  equityClass: EquityClass;
  latitude: number | null;
  longitude: number | null;
}

export interface ProjectedMap<T> {
  width: number;
  height: number;
  points: (T & { x: number; y: number })[];
  /** Items without coordinates: listed, not drawn. */
  missing: T[];
  /** A round distance and its length in map units; null with fewer than two distinct places. */
  scaleBar: { km: number; length: number } | null;
}

const KM_PER_DEGREE = 111.2;
const SCALE_STEPS_KM = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
const round1 = (value: number) => Math.round(value * 10) / 10;
const located = <T extends { latitude: number | null; longitude: number | null }>(
  p: T,
): p is T & { latitude: number; longitude: number } =>
  p.latitude !== null &&
  p.longitude !== null &&
  Number.isFinite(p.latitude) &&
  Number.isFinite(p.longitude);

/**
 * Places points on a map of `width` units without tiles: an equirectangular projection (longitudes
 * shrunk by the cosine of the mean latitude, so a département keeps its shape) fitted to the
 * points' bounding box, north up, centred, with `padding` around.
 */
export function projectEquirectangular<
  T extends { latitude: number | null; longitude: number | null },
>(items: readonly T[], width = 640, padding = 28): ProjectedMap<T> {
  const placed = items.filter(located);
  const missing = items.filter((p) => !located(p));
  const inner = width - 2 * padding;
  if (placed.length === 0) return { width, height: 0, points: [], missing, scaleBar: null };
  const lats = placed.map((p) => p.latitude);
  const lons = placed.map((p) => p.longitude);
  const [latMin, latMax, lonMin, lonMax] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lons),
    Math.max(...lons),
  ];
  const shrink = Math.cos((((latMin + latMax) / 2) * Math.PI) / 180);
  const spanX = (lonMax - lonMin) * shrink;
  const spanY = latMax - latMin;
  const innerHeight =
    spanX > 0
      ? Math.min(Math.max((inner * spanY) / spanX, 160), inner * 1.25)
      : spanY > 0
        ? inner
        : 160;
  const scale = Math.min(
    spanX > 0 ? inner / spanX : Infinity,
    spanY > 0 ? innerHeight / spanY : Infinity,
  );
  const unit = Number.isFinite(scale) ? scale : 0;
  const offsetX = padding + (inner - spanX * unit) / 2;
  const offsetY = padding + (innerHeight - spanY * unit) / 2;
  const points = placed.map((p) => ({
    ...p,
    x: round1(offsetX + (p.longitude - lonMin) * shrink * unit),
    y: round1(offsetY + (latMax - p.latitude) * unit),
  }));
  const kmPerUnit = unit > 0 ? KM_PER_DEGREE / unit : null;
  const km =
    kmPerUnit === null
      ? undefined
      : [...SCALE_STEPS_KM].reverse().find((step) => step / kmPerUnit <= inner / 4);
  return {
    width,
    height: Math.round(innerHeight + 2 * padding),
    points,
    missing,
    scaleBar:
      kmPerUnit === null || km === undefined ? null : { km, length: round1(km / kmPerUnit) },
  };
}

export interface Equity {
  /** Every collège, best equipped first, those without an effectif last. */
  ranked: EquityCollege[];
  map: ProjectedMap<EquityCollege>;
}

/** The collèges ranked by terminaux pour 100 élèves and placed on a map from their coordinates. */
export function equityOf(
  colleges: readonly IndicatorRow[],
  coordinates: readonly { id: string; latitude: number | null; longitude: number | null }[],
): Equity {
  const where = new Map(coordinates.map((c) => [c.id, c]));
  const sorted = sortRows(colleges, (c) => c.indicators.terminauxPour100, "desc");
  const ranked = sorted.map((c, i): EquityCollege => {
    const value = c.indicators.terminauxPour100;
    return {
      etablissementId: c.etablissementId,
      uai: c.uai,
      name: c.name,
      communeName: c.communeName,
      eleves: c.effectif?.total ?? null,
      terminaux: c.terminaux,
      terminauxPour100: value,
      rank: value === null ? null : i + 1,
      equityClass: equityClassOf(value),
      latitude: where.get(c.etablissementId)?.latitude ?? null,
      longitude: where.get(c.etablissementId)?.longitude ?? null,
    };
  });
  return { ranked, map: projectEquirectangular(ranked) };
}
