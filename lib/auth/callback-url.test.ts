import { describe, expect, it } from "vitest";
import { safeCallbackPath, sameOriginPath } from "./callback-url";

const ORIGIN = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it.for(["/c/35", "/e/0350027P?x=1", "/c/35/etablissements#liste"])(
    "keeps %s, a path of this site",
    (path) => {
      expect(safeCallbackPath(path)).toBe(path);
    },
  );

  it.for<unknown>([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "/connexion",
    "/connexion?callbackUrl=%2Fc%2F35",
    "/api/auth/signout",
    undefined,
    ["/c/35"],
  ])("refuses other sites, protocol-relative URLs and loops: %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it.for([
    // /connexion?callbackUrl=%2F%09%2F127.0.0.1:3999 — the query value as Next.js decodes it.
    decodeURIComponent("%2F%09%2F127.0.0.1:3999"),
    "/\t/127.0.0.1:3999",
    "/\n/127.0.0.1:3999",
    "/\r\n/evil.example/x",
    "/\t\\evil.example",
    "/.//evil.example",
    "/..//evil.example",
  ])(
    "refuses what browsers read as another host once tabs, newlines and dots are dropped: %j",
    (path) => {
      expect(safeCallbackPath(path)).toBe("/");
    },
  );

  it("keeps an encoded slash as written: it is a path of this site", () => {
    expect(safeCallbackPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it("returns a path that is safe in a Location header (no control characters: no 500)", () => {
    const path = safeCallbackPath("/c/35\n?x=\r1");
    expect(path).toBe("/c/35?x=1");
    expect(/[\u0000-\u001f\u007f]/.test(safeCallbackPath("/c/35?q=a\u0001b"))).toBe(false);
  });
});

describe("sameOriginPath", () => {
  it("keeps absolute URLs of the site", () => {
    expect(sameOriginPath("http://localhost:3000/connexion", ORIGIN)).toBe("/connexion");
  });

  it.for(["/\t/127.0.0.1:3999", "http://localhost:3999/", "javascript:alert(1)"])(
    "refuses %j, of another origin",
    (url) => {
      expect(sameOriginPath(url, ORIGIN)).toBeNull();
    },
  );
});
