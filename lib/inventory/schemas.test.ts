import { describe, expect, it } from "vitest";
import {
  effectifBasis,
  rentreeFilterSchema,
  schoolYearOf,
  toEffectifBasis,
} from "@/lib/inventory/schemas";

describe("rentreeFilterSchema", () => {
  it("reads a year as the rentrée, the first of repeated values", () => {
    expect(rentreeFilterSchema.parse("2021")).toBe(2021);
    expect(rentreeFilterSchema.parse(" 2024 ")).toBe(2024);
    expect(rentreeFilterSchema.parse(2025)).toBe(2025);
    expect(rentreeFilterSchema.parse(["2022", "2023"])).toBe(2022);
  });

  it("reads anything else as absent, so the latest effectif applies", () => {
    for (const bad of [
      undefined,
      null,
      "",
      "abc",
      "2021-2022",
      "2021.5",
      "1979",
      "2101",
      "-2021",
      {},
      [],
      true,
      "'; DROP",
    ]) {
      expect(rentreeFilterSchema.parse(bad)).toBeUndefined();
    }
  });
});

describe("labels of the rentrée", () => {
  it("names the school year and the pupils the ratios use", () => {
    expect(schoolYearOf(2021)).toBe("2021-2022");
    expect(effectifBasis(2021)).toBe("effectifs de la rentrée 2021-2022");
    expect(effectifBasis(null)).toBe("dernier effectif connu de chaque collège");
    expect(effectifBasis(undefined)).toBe("dernier effectif connu de chaque collège");
    expect(toEffectifBasis(2021)).toBe("aux effectifs de la rentrée 2021-2022");
    expect(toEffectifBasis(null)).toBe("au dernier effectif connu de chaque collège");
  });
});
