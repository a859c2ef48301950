import { describe, expect, it } from "vitest";
import { safeCallbackPath, sameOriginPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths of this site", () => {
    expect(safeCallbackPath("/c/35")).toBe("/c/35");
    expect(safeCallbackPath("/e/0350027P?x=1")).toBe("/e/0350027P?x=1");
    expect(safeCallbackPath("/c/35/etablissements#liste")).toBe("/c/35/etablissements#liste");
  });

  it("refuses other sites, protocol-relative URLs and loops", () => {
    expect(safeCallbackPath("https://evil.example")).toBe("/");
    expect(safeCallbackPath("//evil.example")).toBe("/");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath("/connexion")).toBe("/");
    expect(safeCallbackPath("/connexion?callbackUrl=%2Fc%2F35")).toBe("/");
    expect(safeCallbackPath("/api/auth/signout")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/c/35"])).toBe("/");
  });

  it("refuses what browsers read as another host once tabs, newlines and dots are dropped", () => {
    // /connexion?callbackUrl=%2F%09%2F127.0.0.1:3999 — the query value as Next.js decodes it.
    expect(safeCallbackPath(decodeURIComponent("%2F%09%2F127.0.0.1:3999"))).toBe("/");
    expect(safeCallbackPath("/\t/127.0.0.1:3999")).toBe("/");
    expect(safeCallbackPath("/\n/127.0.0.1:3999")).toBe("/");
    expect(safeCallbackPath("/\r\n/evil.example/x")).toBe("/");
    expect(safeCallbackPath("/\t\\evil.example")).toBe("/");
    expect(safeCallbackPath("/.//evil.example")).toBe("/");
    expect(safeCallbackPath("/..//evil.example")).toBe("/");
    expect(safeCallbackPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it("returns a path that is safe in a Location header (no control characters: no 500)", () => {
    const path = safeCallbackPath("/c/35\n?x=\r1");
    expect(path).toBe("/c/35?x=1");
    expect(/[\u0000-\u001f\u007f]/.test(safeCallbackPath("/c/35?q=a\u0001b"))).toBe(false);
  });
});

describe("sameOriginPath", () => {
  it("keeps absolute URLs of the site and refuses other origins", () => {
    expect(sameOriginPath("http://localhost:3000/connexion", "http://localhost:3000")).toBe(
      "/connexion",
    );
    expect(sameOriginPath("/\t/127.0.0.1:3999", "http://localhost:3000")).toBeNull();
    expect(sameOriginPath("http://localhost:3999/", "http://localhost:3000")).toBeNull();
    expect(sameOriginPath("javascript:alert(1)", "http://localhost:3000")).toBeNull();
  });
});
