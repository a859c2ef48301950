import { describe, expect, it } from "vitest";
import { NO_ASSISTANCE, type ConventionContent } from "@/lib/conventions/content";
import { diffContent } from "@/lib/conventions/diff-content";

const base: ConventionContent = {
  articles: [
    { title: "Objet", body: "A" },
    { title: "Durée", body: "Trois ans" },
    { title: "Litiges", body: "TA" },
  ],
  matrix: [
    { domain: "Wi-Fi", holder: "COLLECTIVITE", level: "N2", detail: "" },
    { domain: "ENT", holder: "ETAT", level: "", detail: "" },
  ],
  serviceLevels: [],
  assistance: NO_ASSISTANCE,
  annexes: { inventory: true, serviceLevels: true },
  signingOrder: [
    { party: "EPLE", order: 1 },
    { party: "ETAT", order: 2 },
    { party: "COLLECTIVITE", order: 3 },
  ],
  referents: { numerique: "", technique: "", collectivite: "" },
  notApplicable: [],
};

describe("diffContent", () => {
  it("is empty for identical content", () => {
    expect(diffContent(base, structuredClone(base)).empty).toBe(true);
  });

  it("names added, removed and modified articles and matrix rows", () => {
    const next = structuredClone(base);
    next.articles[1]!.body = "Quatre ans";
    next.articles.splice(2, 1);
    next.articles.push({ title: "Annexes", body: "Inventaire" });
    next.matrix[0]!.holder = "PARTAGE";
    next.matrix.push({ domain: "Filtrage", holder: "ETAT", level: "", detail: "" });
    const diff = diffContent(base, next);
    expect(diff.articles).toEqual([
      { change: "modified", title: "Durée", before: "Trois ans", after: "Quatre ans" },
      { change: "added", title: "Annexes", before: null, after: "Inventaire" },
      { change: "removed", title: "Litiges", before: "TA", after: null },
    ]);
    expect(diff.matrix.map((m) => [m.change, m.domain])).toEqual([
      ["modified", "Wi-Fi"],
      ["added", "Filtrage"],
    ]);
    expect(diff.empty).toBe(false);
  });
});
