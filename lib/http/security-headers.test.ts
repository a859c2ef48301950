import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  strictTransportSecurity,
} from "@/lib/http/security-headers";

describe("security headers", () => {
  it("allows scripts only with the nonce, never eval in production, and no framing", () => {
    const csp = contentSecurityPolicy("abc123", { development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy("x", { development: true })).toContain("'unsafe-eval'");
  });
  it("sends HSTS only over https", () => {
    expect(strictTransportSecurity("https://tripartite.example.fr")).toMatch(/^max-age=\d+/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
  it("makes a new nonce each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});
