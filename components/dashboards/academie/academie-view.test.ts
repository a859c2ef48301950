import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { aggregateIndicators } from "@/lib/inventory/indicator-math";
import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";
import type { AcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { AcademieDashboardView } from "@/components/dashboards/academie/academie-dashboard-view";

/*
 * The dashboard's markup, rendered on the server as the page is: what a screen reader relies on
 * (one h1, tables with captions and header scopes, links named for where they lead).
 */

const agg = aggregateIndicators([
  {
    terminaux: 150,
    terminauxDates: 100,
    terminauxPlus5Ans: 25,
    affichages: 12,
    videoprojecteurs: 3,
    classesMobiles: 0,
    bornesWifi: 0,
    effectif: { total: 1000 },
  },
]);

function dashboard(overrides: Partial<AcademieDashboard> = {}): AcademieDashboard {
  return {
    academie: { code: "14", name: "Rennes" },
    departements: [
      {
        code: "35",
        name: "Ille-et-Vilaine",
        coverage: { colleges: 3, inForce: 2, inSignature: 1, drafts: 0 },
        backlog: { inSignature: 1, awaitingAcademie: 1 },
        indicators: agg,
        needsAwaitingOpinion: 2,
      },
      {
        code: "56",
        name: "Morbihan",
        coverage: { colleges: 0, inForce: 0, inSignature: 0, drafts: 0 },
        backlog: { inSignature: 0, awaitingAcademie: 0 },
        indicators: null,
        needsAwaitingOpinion: 0,
      },
    ],
    total: {
      coverage: { colleges: 3, inForce: 2, inSignature: 1, drafts: 0 },
      backlog: { inSignature: 2, awaitingAcademie: 2 },
      indicators: agg,
      needsAwaitingOpinion: 2,
    },
    cadres: { inSignature: 1, awaitingAcademie: 1 },
    campaigns: [
      {
        id: "c1",
        title: "Campagne 35",
        collectivite: "Ille-et-Vilaine",
        phase: "OUVERTE",
        closesOn: new Date("2026-04-30"),
        needs: 4,
        awaitingOpinion: 2,
      },
    ],
    references: NATIONAL_REFERENCES,
    rentree: null,
    rentrees: [2025, 2024],
    filter: { kind: "departement", code: "35", name: "Ille-et-Vilaine" },
    drill: {
      code: "35",
      name: "Ille-et-Vilaine",
      collegeCount: 1,
      colleges: [
        {
          uai: "0350027P",
          name: "Collège Les Gayeulles",
          communeName: "Rennes",
          eleves: 400,
          terminaux: 150,
          indicators: agg.indicators,
          convention: "EN_VIGUEUR",
          needsAwaitingOpinion: 1,
        },
      ],
    },
    ...overrides,
  };
}

const TO_SIGN = {
  count: 7,
  items: [
    {
      id: "x",
      reference: "CT-35-2026-0001",
      title: "T",
      etablissement: { uai: "0350913C", name: "Collège Clotilde Vautier", communeName: "Rennes" },
    },
  ],
};

function render(d: AcademieDashboard, toSign: typeof TO_SIGN | null = TO_SIGN) {
  return renderToStaticMarkup(
    createElement(AcademieDashboardView, {
      dashboard: d,
      toSign,
      base: "/a/14",
      signer: toSign !== null,
    }),
  );
}

const decode = (text: string) =>
  text
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;|\u00a0/g, " ");
const textOf = (markup: string) =>
  decode(markup.replace(/<span aria-hidden="true"[^>]*>.*?<\/span>/g, "").replace(/<[^>]+>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

function linksOf(html: string): { href: string; name: string }[] {
  return [...html.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map(([, attributes, inner]) => ({
    href: decode(/href="([^"]*)"/.exec(attributes!)?.[1] ?? ""),
    name: decode(/aria-label="([^"]*)"/.exec(attributes!)?.[1] ?? textOf(inner!)),
  }));
}

/** Each [name, href] is among the links. */
function expectLinks(links: { href: string; name: string }[], expected: [string, string][]) {
  for (const [name, href] of expected) expect(links).toContainEqual({ name, href });
}

describe("the académie dashboard's markup", () => {
  it("has one h1, the conventions to sign before the départements, and every section under an h2", () => {
    const html = render(dashboard());
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(textOf(/<h1[^>]*>(.*?)<\/h1>/.exec(html)![1]!)).toBe("Tableau de bord");
    expect(html.indexOf("Conventions à signer")).toBeLessThan(
      html.indexOf("Les départements côte à côte"),
    );
    expect(
      [...html.matchAll(/<section [^>]*aria-labelledby="([^"]+)"/g)].every(([, id]) =>
        html.includes(`<h2 id="${id}"`),
      ),
    ).toBe(true);
  });

  it("gives every table a caption and every header cell a scope", () => {
    const html = render(dashboard());
    const tables = html.match(/<table[\s\S]*?<\/table>/g)!;
    expect(tables.length).toBeGreaterThanOrEqual(9);
    for (const table of tables) {
      expect(table).toMatch(/<caption[^>]*>[^<]+/);
      expect(table.match(/<th(?=[ >])[^>]*>/g)!.every((th) => /scope="(col|row)"/.test(th))).toBe(
        true,
      );
    }
  });

  it("names every link, and never gives one name to two destinations", () => {
    const links = linksOf(render(dashboard()));
    const byName = new Map<string, Set<string>>();
    for (const { name, href } of links) {
      expect(name.length, href).toBeGreaterThan(2);
      byName.set(name, (byName.get(name) ?? new Set()).add(href));
    }
    for (const [name, hrefs] of byName) expect([...hrefs], name).toHaveLength(1);
    expectLinks(links, [
      ["Voir les 7 conventions à signer", "/a/14/conventions?tab=a-signer"],
      [
        "1 convention à signer par l'académie, en Ille-et-Vilaine (35)",
        "/a/14/conventions?tab=a-signer&departement=35",
      ],
      ["Collège Les Gayeulles, Rennes, 0350027P", "/a/14/etablissements/0350027P"],
      ["Tous les départements", "/a/14"],
      [
        "Exporter les collèges, Ille-et-Vilaine (35) au format CSV",
        "/a/14/tableau-de-bord/export?graphique=colleges&departement=35&format=csv",
      ],
    ]);
  });

  it("keeps the rentrée of the effectifs in the dashboard's links, exports and indicator links, and says which it is", () => {
    const html = render(dashboard({ rentree: 2024 }));
    const links = linksOf(html);
    expectLinks(links, [
      ["Tous les départements", "/a/14?rentree=2024"],
      [
        "Exporter les collèges, Ille-et-Vilaine (35) au format CSV",
        "/a/14/tableau-de-bord/export?graphique=colleges&departement=35&rentree=2024&format=csv",
      ],
      [
        "Indicateurs des collèges, Ille-et-Vilaine (35)",
        "/a/14/inventaire/indicateurs?departement=35&rentree=2024",
      ],
    ]);
    expect(
      links
        .filter((l) => l.href.includes("/tableau-de-bord/export"))
        .every((l) => l.href.includes("rentree=2024")),
    ).toBe(true);
    // The GET form posts to the bare dashboard (a query in its action would be dropped), the rentrée selected.
    expect(html).toContain('action="/a/14"');
    expect(html).toMatch(
      /<select id="rentree"[^>]*name="rentree"[^>]*>.*?<option value="2024" selected="">2024-2025<\/option>/,
    );
    expect(textOf(html)).toContain("rapportés aux effectifs de la rentrée 2024-2025");
    expect(textOf(render(dashboard()))).toContain(
      "rapportés au dernier effectif connu de chaque collège",
    );
    expect(render(dashboard())).toContain('<option value="" selected="">Dernière connue</option>');
  });

  it("says in French what is missing, and shows a foreign filter's message instead of a drill-down", () => {
    const html = render(
      dashboard({
        campaigns: [],
        filter: {
          kind: "unknown",
          message:
            "Le département « 14 » ne fait pas partie de l'académie : les chiffres ci-dessous portent sur tous ses départements.",
        },
        drill: null,
      }),
      null,
    );
    expect(decode(html)).toContain(
      "Aucune campagne de recensement des besoins n'est ouverte aux avis de l'académie.",
    );
    expect(decode(html)).toContain("Le département « 14 » ne fait pas partie de l'académie");
    expect(html).not.toContain("Conventions à signer");
    expect(html).not.toContain("departement-titre");
    expect(linksOf(html).some((l) => l.href.includes("departement=14"))).toBe(false);
  });
});
