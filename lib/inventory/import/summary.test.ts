import { describe, expect, it } from "vitest";
import { readImportSummary, UNREADABLE_IMPORT_MESSAGE } from "./summary";

describe("readImportSummary never hands the page something it cannot render", () => {
  it("drops a stored header of a million columns and says why", () => {
    const summary = readImportSummary({
      header: Array.from({ length: 1_000_000 }, (_, i) => `c${i}`),
      rowCount: 1,
      errors: [],
      errorCount: 0,
    });
    expect(summary.header).toEqual([]);
    expect(summary.problem).toBe(UNREADABLE_IMPORT_MESSAGE);
  });

  it("cuts stored lists to what the import code writes, and keeps a normal summary as it is", () => {
    const summary = readImportSummary({
      header: ["UAI"],
      errors: Array.from({ length: 5_000 }, (_, i) => `e${i}`),
      errorCount: 5_000,
      unknownCategories: ["Écran", 3],
    });
    expect(summary.errors).toHaveLength(200);
    expect(summary.errorCount).toBe(5_000);
    expect(summary.unknownCategories).toEqual(["Écran"]);
    expect(summary.problem).toBeUndefined();
    expect(summary.encoding).toBeNull();
  });
});
