import { describe, expect, it } from "vitest";
import {
  AGE_BANDS,
  AGE_COLUMNS,
  ageBandOf,
  EQUIPMENT_FAMILIES,
  familyOf,
} from "@/lib/dashboards/age-pyramid";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";

describe("ageBandOf", () => {
  it("puts whole years of age in their band, bounds included", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 25].map(ageBandOf)).toEqual([
      "moins1",
      "1a2",
      "1a2",
      "3a4",
      "3a4",
      "5a6",
      "5a6",
      "7a9",
      "7a9",
      "10plus",
      "10plus",
    ]);
  });

  it("counts an acquisition dated after today as new and an undated one apart", () => {
    expect(ageBandOf(-1)).toBe("moins1");
    expect(ageBandOf(null)).toBe("inconnu");
  });

  it("lists the dated bands in order, then the unknown age", () => {
    expect(AGE_BANDS.map((b) => b.fromYears)).toEqual([0, 1, 3, 5, 7, 10]);
    expect(AGE_COLUMNS.at(-1)!.key).toBe("inconnu");
  });
});

describe("EQUIPMENT_FAMILIES", () => {
  it("puts every category in exactly one family", () => {
    const listed = EQUIPMENT_FAMILIES.flatMap((f) => [...f.categories]);
    expect([...listed].sort()).toEqual([...EQUIPMENT_CATEGORIES].sort());
    expect(familyOf("EIM")).toBe("terminaux");
    expect(familyOf("VIDEOPROJECTEUR")).toBe("affichage");
    expect(familyOf("COMMUTATEUR")).toBe("reseau");
    expect(familyOf("CLASSE_MOBILE")).toBe("autres");
  });

  it("has no more families than the charts have patterns", () => {
    expect(EQUIPMENT_FAMILIES.length).toBeLessThanOrEqual(4);
  });
});
