import { describe, expect, it } from "vitest";
import { parseEuroCents } from "@/lib/imports/amounts";

describe("parseEuroCents", () => {
  it("reads French and plain amounts", () => {
    expect(parseEuroCents("1 234,56 €")).toBe(123_456);
    expect(parseEuroCents("1\u202f234,5")).toBe(123_450);
    expect(parseEuroCents("1234.56")).toBe(123_456);
    expect(parseEuroCents("1.234,56")).toBe(123_456);
    expect(parseEuroCents("850")).toBe(85_000);
    expect(parseEuroCents("0")).toBe(0);
  });

  it("refuses what is not an amount", () => {
    for (const raw of ["", "abc", "-12", "12,345", "1,2,3", "12 € 50", "1.234.56"])
      expect(parseEuroCents(raw)).toBeNull();
  });
});
