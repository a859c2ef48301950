import { beforeAll, describe, expect, it } from "vitest";
import { getAcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { getConventionsToSign } from "@/lib/dashboards/academie-to-sign";
import { getAcademieDashboardExport } from "@/lib/dashboards/academie-export";
import { csvLines, dashboardExportRoute } from "../support/exports";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, A70, A14 } from "../support/access";
import { NOW, users, EXPORT, as, seedDashboardAcademie } from "./dashboard-academie.fixtures";

beforeAll(seedDashboardAcademie);

describe("cross-scope", () => {
  it("gives a member of académie 14 no context on académie 70, and other spaces FORBIDDEN", async () => {
    await expect(as("drane14", A70)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAcademieDashboard(await as("agent35", C35), {}, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      getAcademieDashboard(
        await as("chefG", { type: "ETABLISSEMENT", uai: UAI.gayeulles }),
        {},
        NOW,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getConventionsToSign(await as("agent35", C35), NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("keeps each académie's figures to itself", async () => {
    const d70 = await getAcademieDashboard(await as("drane70", A70), {}, NOW);
    expect(d70.departements.map((x) => x.code)).toEqual(["14", "27", "50", "61", "76"]);
    expect(d70.departements.find((x) => x.code === "14")).toMatchObject({
      coverage: { colleges: 2, inSignature: 1 },
      backlog: { inSignature: 1, awaitingAcademie: 1 },
      needsAwaitingOpinion: 1,
    });
    expect(d70.campaigns.map((c) => c.title)).toEqual(["Campagne Calvados"]);
    expect(d70.cadres).toEqual({ inSignature: 0, awaitingAcademie: 0 });
    expect((await getConventionsToSign(await as("drane70", A70), NOW))!.count).toBe(1);
    const d14 = await getAcademieDashboard(await as("drane14", A14), { departement: "35" }, NOW);
    expect(JSON.stringify(d14)).not.toMatch(/Calvados|0140041U|0140049C/);
    expect(d14.total.indicators.counts.terminaux).toBeLessThan(999);
  });
});

describe("export route", () => {
  const route = dashboardExportRoute(NOW, getAcademieDashboardExport);
  /** The export route's response for a query, in académie 14. */
  const exported = (query: string) => route(A14, `${EXPORT}?${query}`);

  it("serves each chart's table as CSV with its header, the filter applied", async () => {
    signInAs(users.drane14!);
    const coverage = await exported("graphique=couverture");
    expect(coverage.headers.get("Content-Type")).toMatch(/text\/csv/);
    expect(coverage.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-couverture.csv",
    );
    const lines = await csvLines(coverage, /\r?\n/);
    expect(lines[0]).toBe(
      "Département;Collèges publics ouverts;Convention en vigueur;Couverture (%);Convention en signature;Convention en brouillon",
    );
    expect(lines.slice(1).map((l) => l.split(";")[0])).toEqual([
      "Côtes-d'Armor (22)",
      "Finistère (29)",
      "Ille-et-Vilaine (35)",
      "Morbihan (56)",
      "Académie",
    ]);
    expect(lines[3]).toBe("Ille-et-Vilaine (35);3;1;33,3;2;0");

    const colleges = await csvLines(await exported("graphique=colleges&departement=35"), /\r?\n/);
    expect(colleges[0]!.startsWith("UAI;Collège;Commune;Élèves;Terminaux en service")).toBe(true);
    expect(colleges.length).toBe(4);
    expect(
      colleges.some(
        (l) =>
          l.startsWith(`${UAI.rennes35b};`) && l.includes("En signature, en attente de l'académie"),
      ),
    ).toBe(true);

    signInAs(users.lecteur14!);
    const summary = await csvLines(
      await exported("graphique=departements&departement=35"),
      /\r?\n/,
    );
    expect(summary[0]!.split(";").slice(0, 4)).toEqual([
      "Département",
      "Collèges publics ouverts",
      "Convention en vigueur",
      "Couverture (%)",
    ]);
    expect(
      summary.at(-1)!.startsWith("Référence nationale (enquête ETIC);;;;;;33,8 (2018-2019);"),
    ).toBe(true);
    const xlsx = await exported("graphique=terminaux&format=xlsx");
    expect(xlsx.headers.get("Content-Type")).toContain("spreadsheetml");
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
  });

  it("serves the tables of ratios over the rentrée asked, named after it", async () => {
    signInAs(users.drane14!);
    const terminaux = await exported("graphique=terminaux&rentree=2022");
    expect(terminaux.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-terminaux-rentree-2022.csv",
    );
    const lines = await csvLines(terminaux, /\r?\n/);
    expect(lines).toContain("Côtes-d'Armor (22);1;280;60;21,4;4,7");
    expect(lines).toContain("Ille-et-Vilaine (35);3;360;150;41,7;2,4");
    const colleges = await exported("graphique=colleges&departement=35&rentree=2022");
    expect(colleges.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-colleges-35-rentree-2022.csv",
    );
    const rows = await csvLines(colleges, /\r?\n/);
    expect(
      rows
        .find((l) => l.startsWith(`${UAI.gayeulles};`))!
        .split(";")
        .slice(3, 5),
    ).toEqual(["360", "150"]);
    expect(rows.find((l) => l.startsWith(`${UAI.rennes35b};`))!.split(";")[3]).toBe("");
    // A table without ratios per pupil keeps its name; a malformed rentrée is the latest.
    const coverage = await exported("graphique=couverture&rentree=2022");
    expect(coverage.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-couverture.csv",
    );
    const malformed = await exported("graphique=terminaux&rentree=deux");
    expect(malformed.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-terminaux.csv",
    );
    expect(await csvLines(malformed, /\r?\n/)).toContain("Ille-et-Vilaine (35);3;1500;240;16;6,3");
  });

  it("refuses an unknown key, the collèges without a département of the académie, and a foreign académie", async () => {
    signInAs(users.drane14!);
    const notFound = { digest: expect.stringContaining("404") };
    await expect(exported("graphique=inconnu")).rejects.toMatchObject(notFound);
    await expect(route(A14, EXPORT)).rejects.toMatchObject(notFound);
    await expect(exported("graphique=colleges")).rejects.toMatchObject(notFound);
    await expect(exported("graphique=colleges&departement=14")).rejects.toMatchObject(notFound);
    await expect(
      route(A70, "http://test/a/70/tableau-de-bord/export?graphique=couverture"),
    ).rejects.toMatchObject(notFound);
    signInAs(null);
    await expect(exported("graphique=couverture")).rejects.toMatchObject(notFound);
  });
});
