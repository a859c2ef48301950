import { describe, expect, it } from "vitest";
import { collectiviteCodeFor, listCollectiviteDefinitions } from "./collectivites";
import { DEPARTEMENTS } from "./data";

describe("collectivité de rattachement", () => {
  it("gives a collège of the Métropole de Lyon to the Métropole, not the Département du Rhône", () => {
    expect(collectiviteCodeFor("69", "69266")).toBe("69M"); // Villeurbanne
    expect(collectiviteCodeFor("69", "69383")).toBe("69M"); // Lyon 3e
    expect(collectiviteCodeFor("69", "69091")).toBe("69M"); // Givors
    expect(collectiviteCodeFor("69", "69264")).toBe("69"); // Villefranche-sur-Saône
    expect(collectiviteCodeFor("69", "69277")).toBe("69"); // Genas
  });

  it("gives Paris, Corse, Alsace, Martinique and Guyane to their own collectivité", () => {
    expect(collectiviteCodeFor("75", "75115")).toBe("75C");
    expect(collectiviteCodeFor("2A", "2A004")).toBe("20R");
    expect(collectiviteCodeFor("2B", "2B033")).toBe("20R");
    expect(collectiviteCodeFor("67", "67482")).toBe("6AE");
    expect(collectiviteCodeFor("68", "68224")).toBe("6AE");
    expect(collectiviteCodeFor("972", "97209")).toBe("972");
    expect(collectiviteCodeFor("973", "97302")).toBe("973");
  });

  it("keeps the Département elsewhere", () => {
    expect(collectiviteCodeFor("35", "35238")).toBe("35");
    expect(collectiviteCodeFor("14", "14118")).toBe("14");
    expect(collectiviteCodeFor("976", "97611")).toBe("976");
  });

  it("lists each collectivité once, with a type and a Département name with its article", () => {
    const list = listCollectiviteDefinitions();
    expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
    const byCode = new Map(list.map((c) => [c.code, c]));
    expect(byCode.get("35")?.name).toBe("Département d'Ille-et-Vilaine");
    expect(byCode.get("14")?.name).toBe("Département du Calvados");
    expect(byCode.get("22")?.name).toBe("Département des Côtes-d'Armor");
    expect(byCode.get("69")?.type).toBe("DEPARTEMENT");
    expect(byCode.get("69M")?.type).toBe("METROPOLE");
    expect(byCode.has("67")).toBe(false);
    // Every département is covered by at least one collectivité.
    for (const d of DEPARTEMENTS) {
      expect(list.some((c) => c.departementCodes.includes(d.code))).toBe(true);
    }
  });
});
