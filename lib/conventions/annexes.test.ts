import { describe, expect, it } from "vitest";
import { annexListText, numberAnnexes } from "@/lib/conventions/annexes";
import {
  DEFAULT_CADRE_CONTENT,
  DEFAULT_TRIPARTITE_CONTENT,
} from "@/lib/conventions/default-template";
import { fillVariables, unfilledVariables } from "@/lib/conventions/vocabulary";

describe("annex numbering", () => {
  it("numbers the inventory 1 and the service levels 2, and renumbers when one is left out", () => {
    expect(
      numberAnnexes({ inventory: true, serviceLevels: true }).map((a) => [a.number, a.key]),
    ).toEqual([
      [1, "inventory"],
      [2, "serviceLevels"],
    ]);
    expect(
      numberAnnexes({ inventory: false, serviceLevels: true }).map((a) => [a.number, a.key]),
    ).toEqual([[1, "serviceLevels"]]);
    expect(annexListText({ inventory: false, serviceLevels: true })).toBe(
      "– l'annexe 1 : le tableau des niveaux de service",
    );
  });

  it("lets the default « Annexes » articles take their numbers from the same source, never written by hand", () => {
    for (const content of [DEFAULT_TRIPARTITE_CONTENT, DEFAULT_CADRE_CONTENT]) {
      const annexes = content.articles.find((a) => a.title === "Annexes")!;
      expect(annexes.body).toContain("{{annexes.liste}}");
      expect(annexes.body).not.toMatch(/annexe \d/);
    }
    const article = DEFAULT_TRIPARTITE_CONTENT.articles.find((a) => a.title === "Annexes")!;
    expect(
      fillVariables(article.body, {
        "annexes.liste": annexListText(DEFAULT_TRIPARTITE_CONTENT.annexes),
      }),
    ).toContain(
      "– l'annexe 1 : l'inventaire des équipements numériques de l'établissement à la date où la convention est figée ;\n– l'annexe 2 : le tableau des niveaux de service.",
    );
  });
});

describe("unfilled variables", () => {
  it("lists each variable without value once, in order, and forgets those marked « sans objet »", () => {
    const texts = [
      "{{referent.technique}} et {{collectivite.nom}}",
      "{{referent.technique}}, {{convention_cadre.reference}}",
    ];
    expect(
      unfilledVariables(texts, { "collectivite.nom": "Département", "referent.technique": "  " }),
    ).toEqual(["referent.technique", "convention_cadre.reference"]);
    expect(
      unfilledVariables(texts, { "collectivite.nom": "Département" }, [
        "referent.technique",
        "convention_cadre.reference",
      ]),
    ).toEqual([]);
    expect(
      fillVariables("Cadre : {{convention_cadre.reference}}.", {}, ["convention_cadre.reference"]),
    ).toBe("Cadre : sans objet.");
  });
});
