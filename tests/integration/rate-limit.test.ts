import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { claimAttempt, releaseAttempt } from "@/lib/rate-limit/attempts";
import {
  claimClientIpAttempt,
  CLIENT_IP_LIMITS,
  ClientIpLimitedError,
} from "@/lib/rate-limit/client-ip-limit";

describe("per-client-IP limits on the public forms", () => {
  for (const action of ["invitation", "verify"] as const) {
    it(`${action}: parallel requests from one address get exactly the limit, another address is untouched`, async () => {
      const now = new Date("2026-04-01T09:00:00Z");
      const { max, lockMs } = CLIENT_IP_LIMITS[action];
      const results = await Promise.allSettled(
        Array.from({ length: max + 15 }, () =>
          claimClientIpAttempt(db, action, "203.0.113.20", now),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled").length).toBe(max);
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(refused.length).toBe(15);
      expect(
        refused.every(
          (r) => r.reason instanceof ClientIpLimitedError && r.reason.code === "RATE_LIMITED",
        ),
      ).toBe(true);
      expect((refused[0]!.reason as Error).message).toMatch(
        /^Trop de tentatives depuis votre adresse réseau : réessayez dans \d+ minutes?\.$/,
      );
      await expect(claimClientIpAttempt(db, action, "198.51.100.20", now)).resolves.toBeUndefined();
      // The lock ends, then a fresh window starts.
      await expect(
        claimClientIpAttempt(db, action, "203.0.113.20", new Date(now.getTime() + lockMs + 1)),
      ).resolves.toBeUndefined();
    });
  }

  it("counts nothing without an address (a script, a process not behind scripts/serve.mjs)", async () => {
    const before = await db.loginThrottle.count();
    for (let i = 0; i < 50; i += 1) await claimClientIpAttempt(db, "invitation", null);
    expect(await db.loginThrottle.count()).toBe(before);
  });
});

describe("claimAttempt", () => {
  const limit = { max: 3, windowMs: 60_000, lockMs: 120_000 };

  it("refuses the claim over the limit, says how long, and gives a released slot back", async () => {
    const now = new Date("2026-04-02T09:00:00Z");
    for (let i = 0; i < 3; i += 1)
      expect(await claimAttempt(db, "k1", limit, now)).toEqual({ allowed: true });
    expect(await claimAttempt(db, "k1", limit, now)).toEqual({ allowed: false, retryMinutes: 2 });
    expect(await claimAttempt(db, "k1", limit, new Date(now.getTime() + 60_000))).toEqual({
      allowed: false,
      retryMinutes: 1,
    });
    expect(await claimAttempt(db, "k1", limit, new Date(now.getTime() + 120_000))).toEqual({
      allowed: true,
    });

    const later = new Date("2026-04-02T10:00:00Z");
    for (let i = 0; i < 3; i += 1) await claimAttempt(db, "k2", limit, later);
    await releaseAttempt(db, "k2");
    expect(await claimAttempt(db, "k2", limit, later)).toEqual({ allowed: true });
    expect(await claimAttempt(db, "k2", limit, later)).toMatchObject({ allowed: false });
  });
});
