import { describe, expect, it } from "vitest";
import { adjustableYears, adjustRenewalSchema } from "@/lib/inventory/adjust-renewal";

const now = new Date("2026-03-15T10:00:00Z");

describe("adjustRenewalSchema", () => {
  it("offers the current year to ten years ahead", () => {
    expect(adjustableYears(now)).toEqual([
      2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036,
    ]);
  });

  it("reads a target year, or « calcul » to go back to the computed year", () => {
    expect(
      adjustRenewalSchema(now).parse({ ids: ["a"], annee: "2030", motif: " Budget 2030 " }),
    ).toEqual({ ids: ["a"], annee: 2030, motif: "Budget 2030" });
    expect(adjustRenewalSchema(now).parse({ ids: ["a"], annee: "calcul" })).toEqual({
      ids: ["a"],
      annee: null,
      motif: null,
    });
  });

  it("refuses a year outside the range, in French", () => {
    for (const annee of ["2025", "2037", "", "deux mille"]) {
      const result = adjustRenewalSchema(now).safeParse({ ids: ["a"], annee });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        "Année de renouvellement : choisissez une année entre 2026 et 2036, ou « Revenir au calcul ».",
      );
    }
  });

  it("needs one to 500 equipment", () => {
    expect(
      adjustRenewalSchema(now).safeParse({ ids: [], annee: "2027" }).error?.issues[0]?.message,
    ).toBe("Cochez au moins un équipement.");
    const many = Array.from({ length: 501 }, (_, i) => `id${i}`);
    expect(
      adjustRenewalSchema(now).safeParse({ ids: many, annee: "2027" }).error?.issues[0]?.message,
    ).toBe("500 équipements au plus à la fois.");
  });

  it("limits the reason to 500 characters", () => {
    expect(
      adjustRenewalSchema(now).safeParse({ ids: ["a"], annee: "2027", motif: "x".repeat(501) })
        .success,
    ).toBe(false);
  });
});
