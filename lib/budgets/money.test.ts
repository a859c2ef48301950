import { describe, expect, it } from "vitest";
import { centsToInput } from "@/lib/budgets/money";

describe("centsToInput", () => {
  it("writes cents back for an input", () => {
    expect(centsToInput(123_456_789n)).toBe("1234567,89");
    expect(centsToInput(500n)).toBe("5");
    expect(centsToInput(null)).toBe("");
  });
});
