import { beforeAll, describe, expect, it, vi } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getAgentDashboard, getEluDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { AgentDashboardView } from "@/components/dashboards/collectivite/agent-dashboard";
import { EluDashboardView } from "@/components/dashboards/collectivite/elu-dashboard";
import { SyntheseView } from "@/components/dashboards/collectivite/synthese";
import { UAI } from "../support/fixtures";
import { C35 } from "../support/access";
import { NOW, as, seedDashboardCollectivite } from "./dashboard-collectivite.fixtures";

// An async server component: static rendering cannot await it, and the demo notice is tested with the budgets.
vi.mock("@/components/budgets/demo-budget-notice", () => ({ DemoBudgetNotice: () => null }));

beforeAll(seedDashboardCollectivite);

describe("what a screen reader reads", () => {
  const decode = (html: string) =>
    html
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&nbsp;|\u00a0|\u202f/g, " ");
  const textOf = (html: string) =>
    decode(html.replace(/<span aria-hidden="true"[^>]*>.*?<\/span>/g, "").replace(/<[^>]+>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
  const linkNames = (html: string) =>
    [...html.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map(([, attributes, inner]) =>
      decode(/aria-label="([^"]*)"/.exec(attributes!)?.[1] ?? textOf(inner!)),
    );

  type AgentProps = ComponentProps<typeof AgentDashboardView>;
  type EluProps = ComponentProps<typeof EluDashboardView>;
  /** The agent's dashboard of 35 as the page renders it. */
  const renderAgent = (
    ctx: AgentProps["ctx"],
    data: AgentProps["data"],
    registry: AgentProps["registry"] = null,
  ) => renderToStaticMarkup(createElement(AgentDashboardView, { ctx, code: "35", data, registry }));
  /** The élu's dashboard of 35, or its printable synthèse, as the page renders it. */
  const renderElu = (
    View: typeof EluDashboardView | typeof SyntheseView,
    ctx: EluProps["ctx"],
    data: EluProps["data"],
  ) =>
    renderToStaticMarkup(
      createElement(View, { ctx, code: "35", collectivite: "Ille-et-Vilaine", data }),
    );

  function checkMarkup(html: string) {
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    const tables = html.match(/<table[ >]/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    expect(html.match(/<caption[ >]/g)).toHaveLength(tables.length);
    expect(html).not.toMatch(/<th(?=[ >])(?![^>]*scope=)[^>]*>/);
    const names = linkNames(html);
    expect(new Set(names).size).toBe(names.length);
    for (const [, id] of html.matchAll(/<section [^>]*aria-labelledby="([^"]+)"/g))
      expect(html).toContain(`id="${id}"`);
    for (const foreign of [UAI.calvados14, "Campagne Calvados", "CT-14-"])
      expect(html).not.toContain(foreign);
  }

  it("renders the agent's dashboard with one h1, captioned tables, distinct link names and every chart's export", async () => {
    const ctx = await as("sign35", C35);
    const data = await getAgentDashboard(ctx, {}, NOW);
    const html = renderAgent(ctx, data, { total: 4, public: 3, prive: 1 });
    checkMarkup(html);
    expect(textOf(/<h1[^>]*>(.*?)<\/h1>/.exec(html)![1]!)).toBe("Tableau de bord");
    // What waits for the signataire comes first.
    expect(html).toContain(">1 convention attend la signature de la collectivité</a>");
    expect(html.indexOf("a-traiter-titre")).toBeLessThan(html.indexOf("parc-titre"));
    for (const key of [
      "indicateurs",
      "pyramide",
      "pyramide-categories",
      "ecarts",
      "renouvellement",
      "conventions",
      "campagne",
      "execution",
    ]) {
      expect(html).toContain(`/c/35/tableau-de-bord/export?graphique=${key}&amp;`);
    }
    expect(html).toContain('href="/c/35/conventions?tab=expirant"');
    expect(html).toContain('href="/c/35/inventaire?status=EN_SERVICE"');
    expect(html).toContain('href="/c/35/budgets?exercice=2026"');
  });

  it("keeps the rentrée in the form, the exports of ratios, the indicator link and the summary link, and says which it is", async () => {
    const ctx = await as("agent35", C35);
    const html = renderAgent(ctx, await getAgentDashboard(ctx, { rentree: "2023" }, NOW));
    checkMarkup(html);
    expect(textOf(html)).toContain("équipement rapporté aux effectifs de la rentrée 2023-2024");
    expect(textOf(html)).toContain("Ratios rapportés aux effectifs de la rentrée 2023-2024");
    expect(html).toMatch(
      /<form[^>]*action="\/c\/35"[^>]*>.*<select id="exercice"[^>]*name="exercice".*<select id="rentree"[^>]*name="rentree"[^>]*>.*?<option value="2023" selected="">2023-2024<\/option>/,
    );
    expect(html).toContain(
      'href="/c/35/tableau-de-bord/export?graphique=indicateurs&amp;rentree=2023&amp;format=csv"',
    );
    expect(html).toContain('href="/c/35/inventaire/indicateurs?rentree=2023"');
    expect(html).toContain('href="/c/35/synthese?exercice=2026&amp;rentree=2023"');
    const latest = renderAgent(ctx, await getAgentDashboard(ctx, {}, NOW));
    expect(textOf(latest)).toContain(
      "équipement rapporté au dernier effectif connu de chaque collège",
    );
    expect(latest).toContain('<option value="" selected="">Dernière connue</option>');
    expect(latest).toContain('href="/c/35/inventaire/indicateurs"');
    const elu = await as("elu35", C35);
    const eluHtml = renderElu(
      EluDashboardView,
      elu,
      await getEluDashboard(elu, { rentree: "2023" }, NOW),
    );
    checkMarkup(eluHtml);
    for (const key of ["equite", "carte"])
      expect(eluHtml).toContain(`graphique=${key}&amp;rentree=2023&amp;format=csv`);
    const synthese = renderElu(
      SyntheseView,
      elu,
      await getEluDashboard(elu, { rentree: "2023" }, NOW),
    );
    expect(textOf(synthese)).toContain("équipement rapporté aux effectifs de la rentrée 2023-2024");
    expect(synthese).toContain('href="/c/35?exercice=2026&amp;rentree=2023"');
  });

  it("renders the élu's dashboard, budget first, with the map and its table, and the printable summary", async () => {
    const ctx = await as("elu35", C35);
    const data = await getEluDashboard(ctx, { exercice: "2026" }, NOW);
    const html = renderElu(EluDashboardView, ctx, data);
    checkMarkup(html);
    expect(html.indexOf('id="budget-titre"')).toBeLessThan(html.indexOf('id="equite-titre"'));
    expect(html).toMatch(/<svg role="img" aria-label="Carte de 3 collèges publics/);
    expect(html).toContain("Collèges de la carte : rang, terminaux pour 100 élèves et classe");
    for (const key of ["budget-categories", "eleve", "equite", "carte"])
      expect(html).toContain(`graphique=${key}`);
    expect(html).toContain('href="/c/35/synthese?exercice=2026"');
    const synthese = renderElu(SyntheseView, ctx, data);
    checkMarkup(synthese);
    expect(textOf(synthese)).toContain("Chiffres au 15 mars 2026");
    expect(synthese).toContain("print:hidden");
  });
});
