import { describe, expect, it } from "vitest";
import { normalizeAcademieCode, normalizeCommuneCode, normalizeDepartementCode } from "./insee";

describe("INSEE code normalisation", () => {
  it("drops the ministry's padding on metropolitan départements", () => {
    expect(normalizeDepartementCode("007")).toBe("07");
    expect(normalizeDepartementCode("035")).toBe("35");
    expect(normalizeDepartementCode("02A")).toBe("2A");
    expect(normalizeDepartementCode("02b")).toBe("2B");
    expect(normalizeDepartementCode("35")).toBe("35");
  });

  it("keeps overseas codes on three digits", () => {
    expect(normalizeDepartementCode("971")).toBe("971");
    expect(normalizeDepartementCode("988")).toBe("988");
  });

  it("rejects what is not a département", () => {
    expect(normalizeDepartementCode("")).toBeNull();
    expect(normalizeDepartementCode("96")).toBeNull();
    expect(normalizeDepartementCode("00")).toBeNull();
    expect(normalizeDepartementCode("2C")).toBeNull();
  });

  it("validates commune and académie codes", () => {
    expect(normalizeCommuneCode("35238")).toBe("35238");
    expect(normalizeCommuneCode("2A004")).toBe("2A004");
    expect(normalizeCommuneCode("3523")).toBeNull();
    expect(normalizeAcademieCode("2")).toBe("02");
    expect(normalizeAcademieCode("14")).toBe("14");
    expect(normalizeAcademieCode("X1")).toBeNull();
  });
});
