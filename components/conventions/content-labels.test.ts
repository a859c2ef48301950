import { describe, expect, it } from "vitest";
import { levelLabel, signingRanks } from "@/components/conventions/content-labels";

describe("signingRanks", () => {
  it("lists the ranks in order and groups parties that sign in parallel", () => {
    expect(
      signingRanks([
        { party: "COLLECTIVITE", order: 3 },
        { party: "EPLE", order: 1 },
        { party: "ETAT", order: 2 },
      ]),
    ).toEqual(["1. Établissement (EPLE)", "2. État (académie)", "3. Collectivité"]);
    expect(
      signingRanks([
        { party: "EPLE", order: 1 },
        { party: "ETAT", order: 3 },
        { party: "COLLECTIVITE", order: 3 },
      ]),
    ).toEqual(["1. Établissement (EPLE)", "2. État (académie) et Collectivité (en parallèle)"]);
  });

  it("names the empty maintenance level", () => {
    expect(levelLabel("")).toBe("Aucun");
    expect(levelLabel("N2")).toBe("N2");
  });
});
