import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths of this site", () => {
    expect(safeCallbackPath("/c/35")).toBe("/c/35");
    expect(safeCallbackPath("/e/0350027P?x=1")).toBe("/e/0350027P?x=1");
  });

  it("refuses other sites, protocol-relative URLs and loops", () => {
    expect(safeCallbackPath("https://evil.example")).toBe("/");
    expect(safeCallbackPath("//evil.example")).toBe("/");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath("/connexion")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
