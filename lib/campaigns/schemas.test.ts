import { describe, expect, it } from "vitest";
import {
  campaignFieldsSchema,
  decisionSchema,
  needFieldsSchema,
  needListQuerySchema,
} from "@/lib/campaigns/schemas";

const valid = {
  title: "Campagne 2027",
  exercice: "2027",
  opensOn: "2026-03-02",
  closesOn: "31/03/2026",
  envelope: "150 000,00 €",
  categories: ["PORTABLE", "ENI"],
};

function errors(input: unknown) {
  const result = campaignFieldsSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("campaign fields", () => {
  it("parses dates, the envelope in cents and the categories in taxonomy order", () => {
    const parsed = campaignFieldsSchema.parse({ ...valid, categories: ["ENI", "PORTABLE"] });
    expect(parsed.envelope).toBe(15_000_000n);
    expect(parsed.closesOn.toISOString()).toBe("2026-03-31T00:00:00.000Z");
    expect(parsed.categories).toEqual(["PORTABLE", "ENI"]);
    expect(campaignFieldsSchema.parse({ ...valid, categories: "TABLETTE" }).categories).toEqual([
      "TABLETTE",
    ]);
  });

  it("refuses in French: deadline before opening, zero envelope, no category, impossible date", () => {
    expect(errors({ ...valid, closesOn: "2026-03-01" }).closesOn).toMatch(
      /précéder la date d'ouverture/,
    );
    expect(errors({ ...valid, envelope: "0" }).envelope).toMatch(/supérieur à zéro/);
    expect(errors({ ...valid, envelope: "-5" }).envelope).toMatch(/Enveloppe/);
    expect(errors({ ...valid, categories: [] }).categories).toMatch(/au moins une catégorie/);
    expect(errors({ ...valid, categories: "" }).categories).toMatch(/au moins une catégorie/);
    expect(errors({ ...valid, opensOn: "2026-02-30" }).opensOn).toMatch(/date invalide/);
    expect(errors({ ...valid, categories: ["BICYCLETTE"] }).categories).toMatch(/inconnue/);
  });
});

describe("need fields", () => {
  const need = {
    category: "PORTABLE",
    quantity: "12",
    justification: "Classe de 6e",
    projetEtablissement: "Axe 2 : numérique",
    priority: "1",
  };
  it("bounds quantity and priority, requires justification and axis", () => {
    expect(needFieldsSchema.parse(need)).toMatchObject({ quantity: 12, priority: 1 });
    for (const bad of [
      { quantity: "0" },
      { quantity: "1001" },
      { quantity: "2,5" },
      { priority: "4" },
      { justification: " " },
      { projetEtablissement: "" },
      { justification: "x".repeat(2001) },
      { projetEtablissement: "x".repeat(301) },
    ]) {
      expect(needFieldsSchema.safeParse({ ...need, ...bad }).success).toBe(false);
    }
  });

  it("reads a decision's quantity and keeps an empty reason as none", () => {
    expect(
      decisionSchema.parse({
        needId: "n1",
        decision: "PARTIEL",
        acceptedQuantity: "3",
        reason: "",
      }),
    ).toEqual({ needId: "n1", decision: "PARTIEL", acceptedQuantity: 3, reason: null });
    expect(decisionSchema.parse({ needId: "n1", decision: "ACCEPTE" }).acceptedQuantity).toBeNull();
  });

  it("ignores wrong list filters", () => {
    expect(
      needListQuerySchema.parse({ uai: "x", category: "NOPE", status: "ACCEPTE", page: "-3" }),
    ).toMatchObject({
      uai: undefined,
      category: undefined,
      status: "ACCEPTE",
      page: 1,
      sort: "college",
    });
  });
});
