import { beforeAll, describe, expect, it } from "vitest";
import { csvAttachmentLines, dashboardExportRoute, expectWorkbook } from "../support/exports";
import { getCollectiviteDashboardExport } from "@/lib/dashboards/collectivite-export";
import { getAcademieDashboardExport } from "@/lib/dashboards/academie-export";
import { getEtablissementDashboardExport } from "@/lib/dashboards/etablissement-export";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, A14, E } from "../support/access";
import { NOW, users, exportUrl, seedAssistanceMeasures } from "./assistance-measures.fixtures";

beforeAll(seedAssistanceMeasures);

const collectivite = dashboardExportRoute(NOW, getCollectiviteDashboardExport);
const academie = dashboardExportRoute(NOW, getAcademieDashboardExport);
const etablissement = dashboardExportRoute(NOW, getEtablissementDashboardExport);
const c35 = (query: string) => collectivite(C35, exportUrl("c/35", query));

describe("assistance exports", () => {
  it("serves the collectivité's tables as CSV and XLSX, with the panel's filters", async () => {
    signInAs(users.agent35!);
    const volume = await csvAttachmentLines(
      await c35("graphique=assistance-volume"),
      "tableau-de-bord-assistance-volume-35-2025-04-2026-03.csv",
    );
    expect(volume[0]).toBe(
      "Mois;Réseau et Wi-Fi;Postes et périphériques;Vidéoprojection et écrans interactifs;Applications nationales;Total",
    );
    expect(volume.slice(9)).toEqual([
      "décembre 2025;0;1;0;0;1",
      "janvier 2026;1;0;1;0;2",
      "février 2026;0;1;0;0;1",
      "mars 2026;0;2;0;1;3",
      "Ensemble de la période;1;4;1;1;7",
    ]);
    const delays = await csvAttachmentLines(
      await c35("graphique=assistance-delais&partie=COLLECTIVITE&du=2026-01&au=2026-03"),
      "tableau-de-bord-assistance-delais-35-2026-01-2026-03.csv",
    );
    // Taken after 30, 60, 180 minutes (2 of 3 within 2 h); resolved after 240 and 600 (1 of 2 within 8 h).
    expect(delays.slice(1)).toEqual([
      "Collectivité;4;3;1;2,6;3;66,7;2;7;9,4;2;50",
      "Toutes les files;4;3;1;2,6;3;66,7;2;7;9,4;2;50",
    ]);
    const stock = await csvAttachmentLines(
      await c35("graphique=assistance-stock"),
      "tableau-de-bord-assistance-stock-35.csv",
    );
    expect(stock.slice(1)).toEqual([
      "Collectivité;1;0;0;0;2;3;1",
      "Académie (État);0;0;1;0;0;1;0",
      "Établissement;0;1;0;0;0;1;1",
      "Toutes les files;1;1;1;0;2;5;2",
    ]);
    const rates = await csvAttachmentLines(
      await c35("graphique=assistance-equipements"),
      "tableau-de-bord-assistance-equipements-35-2025-04-2026-03.csv",
    );
    expect(rates.slice(1)).toEqual([
      "Catégorie;Vidéoprojecteur;5;1;1;20",
      "Catégorie;Ordinateur portable;18;3;2;16,7",
      "Âge;Moins d'un an;3;0;0;0",
      "Âge;1 à 2 ans;15;3;2;20",
      "Âge;7 à 9 ans;5;1;1;20",
      "Ensemble;Tous les équipements;23;4;3;17,4",
    ]);
    const models = await csvAttachmentLines(
      await c35("graphique=assistance-modeles"),
      "tableau-de-bord-assistance-modeles-35-2025-04-2026-03.csv",
    );
    expect(models.slice(1)).toEqual([
      "Dell;Latitude 3340;Ordinateur portable;15;3;2;20",
      "Epson;EB-X51;Vidéoprojecteur;5;1;1;20",
    ]);
    await expectWorkbook(await c35("graphique=assistance-delais&format=xlsx"));
  });

  it("serves the académie and the collège their own incidents only", async () => {
    signInAs(users.drane14!);
    const rennes = await csvAttachmentLines(
      await academie(A14, exportUrl("a/14", "graphique=assistance-volume")),
      "tableau-de-bord-assistance-volume-academie-14-2025-04-2026-03.csv",
    );
    expect(rennes.at(-1)).toBe("Ensemble de la période;1;5;1;1;8");
    signInAs(users.chefB!);
    const bourbriac = await csvAttachmentLines(
      await etablissement(
        E(UAI.bourbriac22),
        exportUrl(`e/${UAI.bourbriac22}`, "graphique=assistance-stock"),
      ),
      `tableau-de-bord-assistance-stock-${UAI.bourbriac22}.csv`,
    );
    expect(bourbriac.slice(1)).toEqual(["Toutes les files;0;0;0;0;0;0;0"]);
  });

  it("refuses another space, a member without incident.read and an unknown key", async () => {
    signInAs(users.chefB!);
    await expect(
      etablissement(
        E(UAI.gayeulles),
        exportUrl(`e/${UAI.gayeulles}`, "graphique=assistance-volume"),
      ),
    ).rejects.toThrow();
    signInAs(users.agent14!);
    await expect(c35("graphique=assistance-volume")).rejects.toThrow();
    signInAs(users.elu35!);
    await expect(c35("graphique=assistance-volume")).rejects.toThrow();
    signInAs(users.agent35!);
    await expect(c35("graphique=assistance-inconnu")).rejects.toThrow();
  });
});
