import { describe, expect, it } from "vitest";
import {
  eurosPerPupil,
  executionRate,
  figuresOf,
  formatRate,
  rangePositionOf,
} from "@/lib/budgets/figures";

describe("budget figures", () => {
  it("computes voted and the execution rate from mandats", () => {
    const f = figuresOf({
      bp: 10_000_000n,
      dm: -1_000_000n,
      engaged: 6_000_000n,
      mandated: 4_500_000n,
    });
    expect(f.voted).toBe(9_000_000n);
    expect(f.executionRate).toBe(0.5);
    expect(formatRate(f.executionRate)).toBe("50,0 %");
    expect(executionRate(1n, 0n)).toBeNull();
    expect(formatRate(null)).toBe("—");
    expect(executionRate(1n, 3n)).toBe(0.3333);
  });

  it("places € per pupil in the 75–125 € range", () => {
    expect(eurosPerPupil(4_545_100n, 400)).toBe(113.63);
    expect(eurosPerPupil(100n, 0)).toBeNull();
    expect(rangePositionOf(74.99)).toBe("SOUS");
    expect(rangePositionOf(75)).toBe("DANS");
    expect(rangePositionOf(125)).toBe("DANS");
    expect(rangePositionOf(125.01)).toBe("AU_DESSUS");
  });
});
