import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CADRE_CONTENT,
  DEFAULT_TRIPARTITE_CONTENT,
} from "@/lib/conventions/default-template";
import { NO_ASSISTANCE } from "@/lib/conventions/content";
import { ContentView } from "@/components/conventions/content-view";
import { ContentEditor } from "@/components/conventions/content-editor";

describe("ContentView", () => {
  it("numbers the articles, shows the variables as written, and gives its tables captions and header cells", () => {
    const html = renderToStaticMarkup(
      createElement(ContentView, { content: DEFAULT_TRIPARTITE_CONTENT, headingLevel: 3 }),
    );
    expect(html).toContain("<h4>Article 1 – Parties et visas</h4>");
    expect(html).toContain("{{etablissement.nom}}</span>");
    // Matrix, service levels, the parties' commitments, the routing.
    expect(html.match(/<caption/g)).toHaveLength(4);
    expect(html).toContain("Engagements des parties : valeur visée par indicateur");
    expect(html).toContain(
      '<th scope="row" class="px-3 py-2 align-top font-medium">Panne bloquante d&#x27;un poste d&#x27;une salle de cours</th>',
    );
    expect(html).toContain("1. Établissement (EPLE)");
  });

  it("shows the routing table, the measured commitments and the delays, and nothing of them when the document has none", () => {
    const html = renderToStaticMarkup(
      createElement(ContentView, { content: DEFAULT_TRIPARTITE_CONTENT }),
    );
    expect(html).toContain("Aiguillage des signalements et engagements mesurés</h2>");
    expect(html).toContain(
      '<th scope="row" class="px-3 py-2 align-top font-medium">Applications nationales</th><td class="px-3 py-2">Académie (État)</td><td class="px-3 py-2">N2</td>',
    );
    expect(html).toContain(
      "<li>N2 · Vidéoprojection et écrans interactifs : prise en charge sous 1 jour ouvré, résolution sous 3 jours ouvrés, hors vacances scolaires</li>",
    );
    expect(html).toContain("N1 · Tous les domaines : prise en charge sous 4 heures ouvrées");
    expect(html).toContain("de 8 h à 17 h 30");
    expect(html).toContain("possible pendant 15 jours après la clôture");
    const before = renderToStaticMarkup(
      createElement(ContentView, {
        content: { ...DEFAULT_TRIPARTITE_CONTENT, assistance: NO_ASSISTANCE, commitments: [] },
      }),
    );
    expect(before).not.toContain("Aiguillage");
    expect(before).not.toContain("Engagements des parties");
    expect(before.match(/<caption/g)).toHaveLength(2);
  });

  it("fills the variables when values are given", () => {
    const html = renderToStaticMarkup(
      createElement(ContentView, {
        content: DEFAULT_TRIPARTITE_CONTENT,
        values: {
          "etablissement.nom": "Collège Les Gayeulles",
          "collectivite.nom": "Département d'Ille-et-Vilaine",
        },
      }),
    );
    expect(html).toContain("Collège Les Gayeulles");
    expect(html).not.toContain("{{etablissement.nom}}");
    expect(html).toContain("[à compléter : référence de la convention-cadre]");
  });
});

describe("ContentEditor", () => {
  it("renders labelled fields and posts the document as JSON in a hidden input", () => {
    const html = renderToStaticMarkup(
      createElement(ContentEditor, {
        initial: DEFAULT_CADRE_CONTENT,
        kind: "CADRE",
        name: "document",
      }),
    );
    const hidden = /<input type="hidden" name="document" value="([^"]*)"/.exec(html)?.[1] ?? "";
    const posted: unknown = JSON.parse(
      hidden
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&"),
    );
    expect(posted).toEqual(DEFAULT_CADRE_CONTENT);
    expect(html).toContain('Monter<span class="sr-only"> l&#x27;article 3</span>');
    expect(html).toContain("Rang de signature : État (académie)");
    expect(html).toContain("Aiguillage des signalements et engagements mesurés</h3>");
    expect(html).toContain("Domaine d&#x27;assistance, ligne 13");
    expect(html).toContain("Suspendu pendant les vacances scolaires de la zone, ligne 6");
    expect(html).toContain("Délai de résolution, ligne 1");
    expect(html).toMatch(/<input[^>]*type="time"[^>]*value="08:00"/);
    // Every domain is routed once: each select offers its own domain only, no row can be added.
    expect(html).toMatch(/disabled=""[^>]*>Aiguiller un autre domaine/);
    expect(html).toContain("Chaque domaine d&#x27;assistance est déjà aiguillé.");
    expect(html).not.toContain("Rang de signature : Établissement");
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const labelled = new Set([...html.matchAll(/ for="([^"]+)"/g)].map((m) => m[1]));
    const fields = [
      ...html.matchAll(/<(input|select|textarea)(?![^>]*type="hidden")[^>]* id="([^"]+)"/g),
    ].map((m) => m[2]);
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.filter((id) => !labelled.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
