import { describe, expect, it } from "vitest";
import { permissionsOf } from "@/lib/access/permissions";
import { dashboardVariantOf } from "@/lib/dashboards/collectivite-dashboard";
import { equityClassOf, projectEquirectangular } from "@/lib/dashboards/equity-map";

const place = (key: string, latitude: number | null, longitude: number | null) => ({
  key,
  latitude,
  longitude,
});

describe("projectEquirectangular", () => {
  // Rennes, Saint-Malo, Redon, Fougères: Ille-et-Vilaine's corners.
  const points = [
    place("rennes", 48.1173, -1.6778),
    place("saint-malo", 48.6493, -2.0257),
    place("redon", 47.6514, -2.0843),
    place("fougeres", 48.3524, -1.1986),
  ];

  it("fits every point inside the box, north up and east right", () => {
    const map = projectEquirectangular(points, 640, 28);
    const at = (key: string) => map.points.find((p) => p.key === key)!;
    for (const p of map.points) {
      expect(p.x).toBeGreaterThanOrEqual(28 - 0.1);
      expect(p.x).toBeLessThanOrEqual(640 - 28 + 0.1);
      expect(p.y).toBeGreaterThanOrEqual(28 - 0.1);
      expect(p.y).toBeLessThanOrEqual(map.height - 28 + 0.1);
    }
    expect(at("saint-malo").y).toBeLessThan(at("rennes").y);
    expect(at("redon").y).toBeGreaterThan(at("rennes").y);
    expect(at("fougeres").x).toBeGreaterThan(at("rennes").x);
    expect(at("redon").x).toBeLessThan(at("rennes").x);
    // The extreme points touch the frame on the constraining axis.
    expect(Math.min(...map.points.map((p) => p.y))).toBeCloseTo(28, 0);
    expect(Math.max(...map.points.map((p) => p.y))).toBeCloseTo(map.height - 28, 0);
  });

  it("keeps distances in proportion: longitudes shrink by the cosine of the latitude", () => {
    const map = projectEquirectangular(
      [place("a", 48, -2), place("b", 48, -1), place("c", 49, -2)],
      640,
      20,
    );
    const [a, b, c] = ["a", "b", "c"].map((k) => map.points.find((p) => p.key === k)!);
    const east = b!.x - a!.x;
    const north = a!.y - c!.y;
    expect(east / north).toBeCloseTo(Math.cos((48.5 * Math.PI) / 180), 2);
  });

  it("gives a scale bar whose length matches the distance it names", () => {
    const map = projectEquirectangular(points, 640, 28);
    const a = map.points.find((p) => p.key === "redon")!;
    const b = map.points.find((p) => p.key === "saint-malo")!;
    const unitsPerKm = map.scaleBar!.length / map.scaleBar!.km;
    const km = Math.hypot(a.x - b.x, a.y - b.y) / unitsPerKm;
    expect(km).toBeGreaterThan(105);
    expect(km).toBeLessThan(115);
    expect(map.scaleBar!.length).toBeLessThanOrEqual((640 - 56) / 4);
  });

  it("lists points without coordinates apart, centres a single place and draws nothing without any", () => {
    const map = projectEquirectangular(
      [place("seul", 48.1, -1.6), place("sans", null, null), place("demi", 48, null)],
      400,
      20,
    );
    expect(map.points.map((p) => p.key)).toEqual(["seul"]);
    expect(map.missing.map((p) => p.key)).toEqual(["sans", "demi"]);
    expect(map.points[0]).toMatchObject({ x: 200, y: map.height / 2 });
    expect(map.scaleBar).toBeNull();
    expect(projectEquirectangular([place("sans", null, null)])).toMatchObject({
      height: 0,
      points: [],
      scaleBar: null,
    });
  });
});

describe("equityClassOf", () => {
  it("classes terminaux pour 100 élèves by the national levels of 2014 (22) and 2018-2019 (33,8)", () => {
    expect([40, 33.8, 33.79, 22, 21.9, 0].map(equityClassOf)).toEqual([
      "HAUT",
      "HAUT",
      "MOYEN",
      "MOYEN",
      "BAS",
      "BAS",
    ]);
    expect(equityClassOf(null)).toBe("INCONNU");
  });
});

describe("dashboardVariantOf", () => {
  it("gives élus the élu dashboard and every member who acts the operational one", () => {
    const variant = (...roles: Parameters<typeof permissionsOf>[1]) =>
      dashboardVariantOf({ permissions: permissionsOf("COLLECTIVITE", roles) });
    expect(variant("ELU")).toBe("ELU");
    expect(variant("AGENT")).toBe("AGENT");
    expect(variant("ADMIN")).toBe("AGENT");
    expect(variant("SIGNATAIRE")).toBe("AGENT");
    expect(variant("ELU", "SIGNATAIRE")).toBe("AGENT");
  });
});
