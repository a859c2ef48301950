import { describe, expect, it } from "vitest";
import { NO_ASSISTANCE, type ConventionContent } from "@/lib/conventions/content";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
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
  commitments: [],
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

  it("names the routing rows and measured commitments changed, and the working day", () => {
    const withAssistance = { ...base, assistance: DEFAULT_TRIPARTITE_CONTENT.assistance };
    expect(diffContent(withAssistance, structuredClone(withAssistance)).empty).toBe(true);
    const next = structuredClone(withAssistance);
    next.assistance.routing = next.assistance.routing.filter((r) => r.domain !== "TELEPHONIE");
    next.assistance.routing.find((r) => r.domain === "ENT")!.party = "ETAT";
    next.assistance.serviceLevels[0]!.takeCharge = 2;
    next.assistance.serviceLevels.push({
      level: "N3",
      domain: "IMPRESSION",
      takeCharge: 2,
      takeChargeUnit: "JOURS_OUVRES",
      resolve: 15,
      resolveUnit: "JOURS_OUVRES",
      schoolHolidays: false,
    });
    next.assistance.workdayEnd = "18:00";
    const diff = diffContent(withAssistance, next);
    expect(diff.routing).toEqual([
      {
        change: "modified",
        key: "ENT",
        before: { domain: "ENT", party: "COLLECTIVITE", level: "N1" },
        after: { domain: "ENT", party: "ETAT", level: "N1" },
      },
      {
        change: "removed",
        key: "TELEPHONIE",
        before: { domain: "TELEPHONIE", party: "COLLECTIVITE", level: "N2" },
        after: null,
      },
    ]);
    expect(diff.measured.map((m) => [m.change, m.key])).toEqual([
      ["modified", "N1/"],
      ["added", "N3/IMPRESSION"],
    ]);
    expect(diff.settings).toEqual([
      { term: "Journée ouvrée", before: "de 8 h à 17 h 30", after: "de 8 h à 18 h" },
    ]);
    expect(diff.matrix).toEqual([]);
    expect(diff.empty).toBe(false);
  });
});
