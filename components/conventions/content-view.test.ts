import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CADRE_CONTENT,
  DEFAULT_TRIPARTITE_CONTENT,
} from "@/lib/conventions/default-template";
import { ContentView } from "@/components/conventions/content-view";
import { ContentEditor } from "@/components/conventions/content-editor";

describe("ContentView", () => {
  it("numbers the articles, shows the variables as written, and gives its tables captions and header cells", () => {
    const html = renderToStaticMarkup(
      createElement(ContentView, { content: DEFAULT_TRIPARTITE_CONTENT, headingLevel: 3 }),
    );
    expect(html).toContain("<h4>Article 1 – Parties et visas</h4>");
    expect(html).toContain("{{etablissement.nom}}</span>");
    expect(html.match(/<caption/g)).toHaveLength(2);
    expect(html).toContain(
      '<th scope="row" class="px-3 py-2 align-top font-medium">Panne bloquante d&#x27;un poste d&#x27;une salle de cours</th>',
    );
    expect(html).toContain("1. Établissement (EPLE)");
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
