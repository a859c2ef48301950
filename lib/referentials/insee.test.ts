import { describe, expect, it } from "vitest";
import { normalizeAcademieCode, normalizeCommuneCode, normalizeDepartementCode } from "./insee";

describe("INSEE code normalisation", () => {
  it.for([
    ["007", "07"],
    ["035", "35"],
    ["02A", "2A"],
    ["02b", "2B"],
    ["35", "35"],
  ])("drops the ministry's padding on metropolitan départements: %s → %s", ([raw, code]) => {
    expect(normalizeDepartementCode(raw!)).toBe(code);
  });

  it.for(["971", "988"])("keeps overseas code %s on three digits", (code) => {
    expect(normalizeDepartementCode(code)).toBe(code);
  });

  it.for(["", "96", "00", "2C"])("rejects %j, not a département", (raw) => {
    expect(normalizeDepartementCode(raw)).toBeNull();
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
