import { describe, expect, it } from "vitest";
import { centsToInput, parseBudgetCents } from "@/lib/budgets/money";

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
  it("writes cents back for an input", () => {
    expect(centsToInput(123_456_789n)).toBe("1234567,89");
    expect(centsToInput(500n)).toBe("5");
    expect(centsToInput(null)).toBe("");
  });
});
