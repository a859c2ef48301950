import { beforeAll, describe, expect, it } from "vitest";
import { csvLines, dashboardExportRoute, expectWorkbook } from "../support/exports";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { getEtablissementDashboard } from "@/lib/dashboards/etablissement-dashboard";
import { listConventionsToSign } from "@/lib/dashboards/etablissement-to-sign";
import { getEtablissementDashboardExport } from "@/lib/dashboards/etablissement-export";
import { GET } from "@/app/e/[uai]/tableau-de-bord/export/route";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, E } from "../support/access";
import {
  NOW,
  EUR,
  users,
  college,
  ids,
  exportUrl,
  as,
  AMENDED,
  seedDashboardEtablissement,
} from "./dashboard-etablissement.fixtures";

beforeAll(seedDashboardEtablissement);

describe("scope", () => {
  it("gives the chef of another collège no context here, and only its own figures there", async () => {
    signInAs(users.chefR!);
    await expect(requireAccessContext(E(UAI.gayeulles))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const ctx = await as("chefR", E(UAI.rennes35b));
    const dashboard = await getEtablissementDashboard(ctx, {}, NOW);
    expect(dashboard.toSign.map((c) => c.id)).toEqual([ids.rennesDraft]);
    expect(dashboard.campaigns!.open.map((c) => [c.id, c.needs])).toEqual([[ids.open, 3]]);
    expect(dashboard.campaigns!.decisions.map((d) => [d.id, d.needs, d.acceptedCents])).toEqual([
      [ids.arbitrated, 1, 6_000n * EUR],
    ]);
    expect(dashboard.convention!.inForce).toBeNull();
    expect(dashboard.allocations!.figures).toMatchObject({
      uai: UAI.rennes35b,
      totalCents: 30_000n * EUR,
    });
    expect(dashboard.inventory!.indicators!.college.uai).toBe(UAI.rennes35b);
    expect(dashboard.inventory!.summary.total).toBe(209);
    const shown = JSON.stringify(dashboard, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    for (const id of [ids.inForce, ids.avenantToSign, ids.renewal, college[UAI.gayeulles]!.id])
      expect(shown).not.toContain(id);
    expect(shown).not.toContain(ids.calvados);
  });

  it("refuses the dashboard to a collectivité's context", async () => {
    const ctx = await as("agent35", C35);
    await expect(getEtablissementDashboard(ctx, {}, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listConventionsToSign(ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("exports", () => {
  const route = dashboardExportRoute(NOW, getEtablissementDashboardExport);
  /** The export route's response for a query, in a collège's space. */
  const exported = (uai: string, query: string) =>
    route({ type: "ETABLISSEMENT", uai }, exportUrl(uai, query));

  it("serves each chart's table as CSV and XLSX", async () => {
    signInAs(users.chefG!);
    const equipements = await exported(UAI.gayeulles, "graphique=equipements");
    expect(equipements.headers.get("Content-Disposition")).toBe(
      `attachment; filename="tableau-de-bord-equipements-${UAI.gayeulles}.csv"`,
    );
    const name = (
      await db.collectivite.findUniqueOrThrow({ where: { code: "35" }, select: { name: true } })
    ).name;
    const csv = await csvLines(equipements);
    expect(csv[0]).toBe(
      `Équipement;Collège Les Gayeulles;Moyenne : ${name};Référence nationale;Année de la référence`,
    );
    expect(csv[1]).toBe("Terminaux;250;300;338;2018-2019");
    expect(csv[4]).toBe("Classes mobiles;2,5;1;;");

    const age = await csvLines(await exported(UAI.gayeulles, "graphique=anciennete"));
    expect(age[0]).toBe(
      "Série;Part des terminaux de plus de 5 ans (%);Terminaux datés;Terminaux de plus de 5 ans;Terminaux sans date (exclus)",
    );
    expect(age[1]).toBe("Collège Les Gayeulles;20;100;20;0");
    expect(age[3]).toBe("Référence nationale (2014);42;;;");

    const dotations = await exported(UAI.gayeulles, "graphique=dotations&exercice=2026");
    expect(dotations.headers.get("Content-Disposition")).toBe(
      `attachment; filename="tableau-de-bord-dotations-${UAI.gayeulles}-2026.csv"`,
    );
    expect(await csvLines(dotations)).toEqual([
      "Type d'attribution;Montant (€);Part du total (%)",
      "Dotation de fonctionnement;40000;88",
      "Équipement acquis pour le collège;5451;12",
      "Subvention d'équipement;0;0",
      "Total;45451;100",
    ]);

    const matrice = await csvLines(await exported(UAI.gayeulles, "graphique=matrice"));
    expect(matrice[0]).toBe("Responsable;Domaine;Niveau de maintenance;Précision");
    expect(matrice).toHaveLength(AMENDED.matrix.length + 1);

    const referentiel = await csvLines(await exported(UAI.gayeulles, "graphique=referentiel"));
    expect(referentiel[0]).toBe(
      "Équipement;Requis par le référentiel;En service;Manquants;Au-delà du référentiel;Coût unitaire (€);Coût estimé du manque (€)",
    );
    expect(referentiel[1]).toMatch(/^Terminaux;\d+;100;\d+;\d+;/);

    signInAs(users.chefG!);
    const xlsx = await exported(UAI.gayeulles, "graphique=referentiel&format=xlsx");
    await expectWorkbook(xlsx);
  });

  it("answers through the route handler, and refuses an unknown key, a chart the member may not read and another collège", async () => {
    signInAs(users.chefG!);
    const routed = await GET(new Request(exportUrl(UAI.gayeulles, "graphique=matrice")), {
      params: Promise.resolve({ uai: UAI.gayeulles }),
    });
    expect(routed.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    await expect(exported(UAI.gayeulles, "graphique=inconnu")).rejects.toThrow();
    await expect(exported(UAI.gayeulles, "format=csv")).rejects.toThrow();
    signInAs(users.refG!);
    await expect(exported(UAI.gayeulles, "graphique=dotations")).rejects.toThrow();
    signInAs(users.chefR!);
    await expect(exported(UAI.gayeulles, "graphique=equipements")).rejects.toThrow();
    await expect(exported(UAI.gayeulles, "graphique=dotations&exercice=2026")).rejects.toThrow();
    // Rennes has no convention in force but one in signature: its matrix is the one exported there.
    const own = await csvLines(await exported(UAI.rennes35b, "graphique=matrice"));
    expect(own).toHaveLength(DEFAULT_TRIPARTITE_CONTENT.matrix.length + 1);
  });
});
