import { beforeAll, describe, expect, it } from "vitest";
import { requireAccessContext } from "@/lib/access/context";
import {
  exportInventoryIndicators,
  getEtablissementIndicators,
  getInventoryIndicators,
} from "@/lib/inventory/indicators";
import { exportGaps, getEtablissementGaps, listGaps } from "@/lib/inventory/gaps";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, C14, A70, A14, E } from "../support/access";
import { users, NOW, as, seedInventoryIndicators } from "./inventory-indicators.fixtures";

beforeAll(seedInventoryIndicators);

describe("a collège's page", () => {
  it("gives the chef the collège's figures and its collectivité's average", async () => {
    const data = await getEtablissementIndicators(
      await as("chefG", E(UAI.gayeulles)),
      UAI.gayeulles,
      NOW,
    );
    expect(data.college.uai).toBe(UAI.gayeulles);
    expect(data.college.indicators.terminauxPour100).toBe(10);
    expect(data.collectivite.code).toBe("35");
    expect(data.collectivite.aggregate).toMatchObject({
      colleges: 2,
      collegesAvecEffectif: 1,
      eleves: 400,
    });
    const viaAcademie = await getEtablissementIndicators(
      await as("drane14", A14),
      UAI.bourbriac22,
      NOW,
    );
    expect(viaAcademie.college.indicators.elevesParTerminal).toBe(4);
    expect(viaAcademie.collectivite.code).toBe("22");
  });
});

describe("gap analysis with the default référentiel", () => {
  it("measures each collège and puts the costliest gap first", async () => {
    const data = await listGaps(await as("drane14", A14), {}, NOW);
    expect(data.rows.map((r) => r.uai)).toEqual([UAI.gayeulles, UAI.bourbriac22, UAI.rennes35b]);
    const g = data.rows[0]!.gaps!;
    // 400 pupils: 16 classrooms, 134 terminals, 16 displays, 2 classes mobiles, 8 bornes.
    expect(g.salles).toBe(16);
    expect(g.lines.terminaux).toMatchObject({ required: 134, actual: 40, missing: 94 });
    expect(g.lines.affichages).toMatchObject({ required: 16, actual: 8, missing: 8 });
    expect(g.lines.classesMobiles).toMatchObject({ required: 2, actual: 2, missing: 0, excess: 0 });
    expect(g.lines.bornesWifi).toMatchObject({ required: 8, actual: 4, missing: 4 });
    expect(g.missingCostCents).toBe(94 * 80_000 + 8 * 350_000 + 4 * 35_000);
    expect(data.rows[2]!.gaps).toBeNull();
    expect(data.totals).toMatchObject({ colleges: 3, nonCalculables: 1, enEcart: 2 });
    expect(data.nonCalculablesPerimetre).toBe(1);
    const onlyGaps = await listGaps(
      await as("drane14", A14),
      { ecart: "1", departement: "35" },
      NOW,
    );
    expect(onlyGaps.rows.map((r) => r.uai)).toEqual([UAI.gayeulles]);
    const exported = await exportGaps(await as("agent35", C35), {}, NOW);
    expect(exported.rows.map((r) => r[0])).toEqual([UAI.gayeulles, UAI.rennes35b]);
    expect(exported.rows[0]!.at(-1)).toBe((94 * 80_000 + 8 * 350_000 + 4 * 35_000) / 100);
  });

  it("gives a collège its own gaps", async () => {
    const { row, collectivite } = await getEtablissementGaps(
      await as("chefG", E(UAI.gayeulles)),
      UAI.gayeulles,
      NOW,
    );
    expect(collectivite.code).toBe("35");
    expect(row.gaps!.lines.terminaux.missing).toBe(94);
  });
});

describe("perimeters", () => {
  it("shows an académie none of another académie's collèges", async () => {
    const normandie = await getInventoryIndicators(await as("drane70", A70), {}, NOW);
    expect(normandie.rows.map((r) => r.uai)).toEqual([UAI.calvados14]);
    expect(normandie.total.eleves).toBe(500);
    expect((await listGaps(await as("drane70", A70), {}, NOW)).rows.map((r) => r.uai)).toEqual([
      UAI.calvados14,
    ]);
    const rennes = await getInventoryIndicators(await as("drane14", A14), {}, NOW);
    expect(rennes.rows.map((r) => r.uai)).not.toContain(UAI.calvados14);
    await expect(
      getEtablissementIndicators(await as("drane70", A70), UAI.gayeulles, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers not found for a collège of another collectivité or another collège", async () => {
    await expect(
      getEtablissementIndicators(await as("agent14", C14), UAI.gayeulles, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getEtablissementGaps(await as("agent14", C14), UAI.gayeulles, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getEtablissementIndicators(await as("agent35", C35), UAI.bourbriac22, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getEtablissementIndicators(await as("chefG", E(UAI.gayeulles)), UAI.rennes35b, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getEtablissementGaps(await as("chefG", E(UAI.gayeulles)), UAI.rennes35b, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await getEtablissementIndicators(
      await as("chefR", E(UAI.rennes35b)),
      UAI.rennes35b,
      NOW,
    );
    expect(own.college.uai).toBe(UAI.rennes35b);
    const c14 = await getInventoryIndicators(await as("agent14", C14), {}, NOW);
    expect(c14.rows.map((r) => r.uai)).toEqual([UAI.calvados14]);
    expect(
      (await exportInventoryIndicators(await as("agent14", C14), { q: UAI.gayeulles }, NOW)).rows,
    ).toEqual([]);
  });

  it("refuses a member of a collectivité scope to reach another one's context", async () => {
    signInAs(users.agent14!);
    await expect(requireAccessContext(C35)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
