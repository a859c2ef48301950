import { beforeAll, describe, expect, it, vi } from "vitest";
import { csvAttachmentLines, csvLines, dashboardExportRoute } from "../support/exports";
import { requireAccessContext } from "@/lib/access/context";
import { getConventionsOverview } from "@/lib/dashboards/collectivite-conventions";
import { getAgentDashboard, getEluDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { getCollectiviteDashboardExport } from "@/lib/dashboards/collectivite-export";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, C14, A14 } from "../support/access";
import {
  NOW,
  MORE,
  users,
  ids,
  EUR,
  as,
  text,
  seedDashboardCollectivite,
} from "./dashboard-collectivite.fixtures";

// An async server component: static rendering cannot await it, and the demo notice is tested with the budgets.
vi.mock("@/components/budgets/demo-budget-notice", () => ({ DemoBudgetNotice: () => null }));

beforeAll(seedDashboardCollectivite);

describe("scope", () => {
  it("gives a Calvados agent no context in 35 and none of 35's figures in 14", async () => {
    signInAs(users.agent14!);
    await expect(requireAccessContext(C35)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ctx = await as("agent14", C14);
    const dashboard = await getAgentDashboard(ctx, {}, NOW);
    expect(dashboard.pyramid!.total).toBe(77);
    expect(dashboard.fleet!.colleges.map((c) => c.uai)).toEqual([UAI.calvados14]);
    expect(dashboard.conventions!.counts.toutes).toBe(2);
    expect(dashboard.campaigns!.map((c) => c.id)).toEqual([ids.open14]);
    expect(dashboard.budget!.totals.voted).toBe(999_999n * EUR);
    const seen = text(dashboard);
    for (const foreign of [UAI.gayeulles, UAI.rennes35b, MORE.ormeaux35, "Campagne 2027", "CT-35-"])
      expect(seen).not.toContain(foreign);
  });

  it("never shows Calvados in 35's dashboards", async () => {
    for (const user of ["agent35", "sign35"]) {
      const dashboard = await getAgentDashboard(await as(user, C35), {}, NOW);
      const seen = text(dashboard);
      for (const foreign of [UAI.calvados14, "Campagne Calvados", "CT-14-", "99999900"])
        expect(seen).not.toContain(foreign);
      expect(dashboard.pyramid!.total).toBe(52);
    }
    const elu = text(await getEluDashboard(await as("elu35", C35), {}, NOW));
    for (const foreign of [UAI.calvados14, "Campagne Calvados", "CT-14-", "99999900"])
      expect(elu).not.toContain(foreign);
  });

  it("refuses the académie, whose dashboard is another", async () => {
    const ctx = await as("drane14", A14);
    await expect(getAgentDashboard(ctx, {}, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getEluDashboard(ctx, {}, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getConventionsOverview(ctx, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("exports", () => {
  /** The export route's response for a query, in 35 (or the collectivité given). */
  const route = dashboardExportRoute(NOW, getCollectiviteDashboardExport);
  const exported = (query: string, code = "35") =>
    route({ type: "COLLECTIVITE", code }, `http://test/c/${code}/tableau-de-bord/export?${query}`);
  const exportedLines = async (query: string, code?: string) =>
    csvLines(await exported(query, code));

  it("serves the age pyramid's table as CSV, figure for figure", async () => {
    signInAs(users.agent35!);
    const pyramid = await exported("graphique=pyramide");
    expect(await csvAttachmentLines(pyramid, "tableau-de-bord-pyramide-35.csv")).toEqual([
      "Tranche d'âge;Terminaux;Affichage et projection;Réseau et serveurs;Autres équipements;Ensemble",
      "Moins d'un an;10;0;0;0;10",
      "1 à 2 ans;0;0;2;1;3",
      "3 à 4 ans;20;2;0;0;22",
      "5 à 6 ans;6;0;1;0;7",
      "7 à 9 ans;5;0;0;0;5",
      "10 ans et plus;0;4;0;0;4",
      "Date d'acquisition inconnue;0;0;1;0;1",
      "Total;41;6;4;1;52",
    ]);
  });

  it("serves conventions, campaigns and the budget of the exercice asked, as CSV or XLSX", async () => {
    signInAs(users.agent35!);
    const conventions = await exportedLines("graphique=conventions");
    expect(conventions[0]).toBe("Statut;Conventions");
    expect(conventions).toContain("En signature;2");
    expect(conventions).toContain("dont expirant sous 90 jours;1");
    const campaigns = await exportedLines("graphique=campagne");
    expect(campaigns[1]).toBe(
      "Campagne 2027;Ouverte aux dépôts;30 avril 2026;2;3;66,7;3;9600;100000;0",
    );
    const execution = await exported("graphique=execution&exercice=2025");
    expect(await csvAttachmentLines(execution, "tableau-de-bord-execution-35-2025.csv")).toEqual([
      "Section;Voté (€);Engagé (€);Mandaté (€);Taux d'exécution (%)",
      "Investissement;50000;45000;45000;90",
      "Total;50000;45000;45000;90",
    ]);
    signInAs(users.elu35!);
    const map = await exported("graphique=carte&format=xlsx");
    expect(map.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const equity = await exportedLines("graphique=equite");
    expect(equity[0]).toBe(
      "Rang;UAI;Collège;Commune;Élèves;Terminaux en service;Terminaux pour 100 élèves;Classe",
    );
    expect(equity[1]).toMatch(
      new RegExp(`^1;${UAI.rennes35b};.*;600;26;4,3;Moins de 22 terminaux pour 100 élèves`),
    );
  });

  it("serves the tables of ratios over the rentrée asked, named after it, and the latest for a malformed one", async () => {
    signInAs(users.agent35!);
    const indicators = await exported("graphique=indicateurs&rentree=2023");
    const lines = await csvAttachmentLines(
      indicators,
      "tableau-de-bord-indicateurs-35-rentree-2023.csv",
    );
    expect(lines[0]).toBe("Indicateur;Collectivité;Référence nationale");
    expect(lines).toContain("Collèges dont l'effectif est connu;2;");
    expect(lines).toContain("Élèves de ces collèges;870;");
    const latest = await exportedLines("graphique=indicateurs");
    expect(latest).toContain("Élèves de ces collèges;1500;");
    const malformed = await exported("graphique=indicateurs&rentree=2023-2024");
    expect(await csvAttachmentLines(malformed, "tableau-de-bord-indicateurs-35.csv")).toEqual(
      latest,
    );
    signInAs(users.elu35!);
    const equity = await exportedLines("graphique=equite&rentree=2023");
    expect(equity[1]).toMatch(new RegExp(`^1;${UAI.rennes35b};.*;520;26;5(,0)?;`));
    expect(equity.find((l) => l.includes(MORE.ormeaux35))).toMatch(
      /^;0350033W;.*;;0;;Non calculable/,
    );
    // The Calvados agent asking 35's rentrée gets Calvados only, without an effectif that year.
    signInAs(users.agent14!);
    const own = await exportedLines("graphique=indicateurs&rentree=2023", "14");
    expect(own).toContain("Collèges dont l'effectif est connu;0;");
  });

  it("refuses an unknown key, a foreign collectivité and a visitor", async () => {
    signInAs(users.agent35!);
    await expect(exported("graphique=inconnu")).rejects.toThrow();
    await expect(exported("")).rejects.toThrow();
    signInAs(users.agent14!);
    await expect(exported("graphique=pyramide")).rejects.toThrow();
    signInAs(null);
    await expect(exported("graphique=pyramide")).rejects.toThrow();
    // The Calvados agent's own export holds Calvados only.
    signInAs(users.agent14!);
    const own = await exportedLines("graphique=pyramide", "14");
    expect(own.at(-1)).toBe("Total;77;0;0;0;77");
  });
});
