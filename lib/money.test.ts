import { describe, expect, it } from "vitest";
import { parseBudgetCents, parseEuroCents } from "@/lib/money";

describe("parseBudgetCents", () => {
  it("reads amounts beyond what an int4 of cents holds", () => {
    expect(parseBudgetCents("45 451 €")).toBe(4_545_100n);
    expect(parseBudgetCents("30 000 000,50")).toBe(3_000_000_050n);
    expect(parseBudgetCents("1.234.567,89")).toBe(123_456_789n);
  });
  it("refuses negative, malformed or absurd amounts", () => {
    for (const raw of ["", "-5", "1,234", "abc", "99999999999999"])
      expect(parseBudgetCents(raw)).toBeNull();
  });
  it("stops at 10 G€", () => {
    expect(parseBudgetCents("10 000 000 000")).toBe(1_000_000_000_000n);
    expect(parseBudgetCents("10 000 000 000,01")).toBeNull();
  });
});

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

  it("stops at 20 M€, where the two parsers read the same text alike below", () => {
    expect(parseEuroCents("20 000 000")).toBe(2_000_000_000);
    expect(parseEuroCents("20 000 000,01")).toBeNull();
    for (const raw of ["1 234,56 €", "12,5", "1.234.567,89", "0,07 EUR"])
      expect(BigInt(parseEuroCents(raw)!)).toBe(parseBudgetCents(raw));
  });
});
