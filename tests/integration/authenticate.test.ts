import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticateWithPassword, LOCK_MINUTES, MAX_FAILURES } from "@/lib/auth/authenticate";
import { CLIENT_IP_LIMITS, ClientIpLimitedError } from "@/lib/rate-limit/client-ip-limit";
import { createUser } from "../support/fixtures";
import { unsafeSyncReferentials } from "@/lib/referentials/sync-referentials";

const PASSWORD = "Secret2026!";

beforeAll(async () => {
  await unsafeSyncReferentials(db);
  await createUser("agent@test.fr", [{ scopeType: "COLLECTIVITE", role: "AGENT", key: "35" }]);
  await createUser("gone@test.fr", [], { disabled: true });
  await createUser("lock@test.fr", []);
  await createUser("window@test.fr", []);
  await createUser("target@test.fr", []);
  await createUser("shared-ip@test.fr", []);
});

/** How many attempts were actually evaluated (not refused before the password was checked). */
function tally(results: PromiseSettledResult<unknown>[]) {
  const refused = results.filter(
    (r) => r.status === "rejected" && (r.reason as { code?: string }).code === "RATE_LIMITED",
  ).length;
  const signedIn = results.filter((r) => r.status === "fulfilled" && r.value !== null).length;
  const otherErrors = results.filter(
    (r) => r.status === "rejected" && (r.reason as { code?: string }).code !== "RATE_LIMITED",
  );
  return { refused, signedIn, evaluated: results.length - refused, otherErrors };
}

describe("authenticateWithPassword", () => {
  it("signs in with the right password, whatever the e-mail's case, and records the time", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const user = await authenticateWithPassword(
      db,
      { email: " Agent@Test.fr ", password: PASSWORD },
      now,
    );
    expect(user).toMatchObject({ email: "agent@test.fr" });
    const row = await db.user.findUniqueOrThrow({
      where: { email: "agent@test.fr" },
      select: { lastLoginAt: true },
    });
    expect(row.lastLoginAt?.toISOString()).toBe(now.toISOString());
  });

  it("never returns the password hash", async () => {
    const user = await authenticateWithPassword(db, { email: "agent@test.fr", password: PASSWORD });
    expect(Object.keys(user ?? {}).sort()).toEqual(["email", "id", "name"]);
    const row = await db.user.findUniqueOrThrow({ where: { email: "agent@test.fr" } });
    expect("passwordHash" in row).toBe(false);
  });

  it("refuses a wrong password, an unknown e-mail and a disabled account the same way", async () => {
    expect(
      await authenticateWithPassword(db, { email: "agent@test.fr", password: "nope" }),
    ).toBeNull();
    expect(
      await authenticateWithPassword(db, { email: "nobody@test.fr", password: PASSWORD }),
    ).toBeNull();
    expect(
      await authenticateWithPassword(db, { email: "gone@test.fr", password: PASSWORD }),
    ).toBeNull();
  });

  it("refuses malformed input with a French message", async () => {
    await expect(authenticateWithPassword(db, { email: "", password: "x" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Saisissez votre adresse e-mail.",
    });
    await expect(authenticateWithPassword(db, { email: "x@y.fr" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it(`locks an e-mail for ${LOCK_MINUTES} minutes after ${MAX_FAILURES} failures, even with the right password`, async () => {
    const start = new Date("2026-03-02T09:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect(
        await authenticateWithPassword(db, { email: "lock@test.fr", password: `bad-${i}` }, at(i)),
      ).toBeNull();
    }
    await expect(
      authenticateWithPassword(db, { email: "lock@test.fr", password: PASSWORD }, at(5)),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: String(LOCK_MINUTES - 1),
    });
    const user = await authenticateWithPassword(
      db,
      { email: "lock@test.fr", password: PASSWORD },
      at(MAX_FAILURES + LOCK_MINUTES),
    );
    expect(user?.email).toBe("lock@test.fr");
    expect(await db.loginThrottle.count({ where: { key: "lock@test.fr" } })).toBe(0);
  });

  it("locks unknown e-mails too, so a lock does not reveal an account", async () => {
    const start = new Date("2026-03-03T09:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i += 1)
      await authenticateWithPassword(db, { email: "ghost@test.fr", password: "x" }, start);
    await expect(
      authenticateWithPassword(db, { email: "ghost@test.fr", password: "x" }, start),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("forgets failures older than the window", async () => {
    const start = new Date("2026-03-04T09:00:00Z");
    for (let i = 0; i < MAX_FAILURES - 1; i += 1)
      await authenticateWithPassword(db, { email: "window@test.fr", password: "x" }, start);
    const later = new Date(start.getTime() + 16 * 60_000);
    expect(
      await authenticateWithPassword(db, { email: "window@test.fr", password: "x" }, later),
    ).toBeNull();
    const throttle = await db.loginThrottle.findUniqueOrThrow({ where: { key: "window@test.fr" } });
    expect(throttle).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("counts parallel guesses atomically: 40 at once, the right one last, only 5 are evaluated", async () => {
    const now = new Date("2026-03-05T09:00:00Z");
    const guesses = [...Array.from({ length: 39 }, (_, i) => `wrong-${i}`), PASSWORD];
    const results = await Promise.allSettled(
      guesses.map((password) =>
        authenticateWithPassword(db, { email: "target@test.fr", password }, now),
      ),
    );
    const { refused, evaluated, otherErrors } = tally(results);
    expect(otherErrors).toEqual([]);
    expect(evaluated).toBeLessThanOrEqual(MAX_FAILURES);
    expect(refused).toBeGreaterThanOrEqual(40 - MAX_FAILURES);
    // Unless the right password happened to be among the 5 evaluated, the account is now locked.
    const rightOne = results.at(-1);
    if (rightOne?.status === "rejected") {
      await expect(
        authenticateWithPassword(db, { email: "target@test.fr", password: PASSWORD }, now),
      ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    }
  });

  it("limits one client address across many e-mails, in parallel, without touching other addresses", async () => {
    const now = new Date("2026-03-06T09:00:00Z");
    const { max } = CLIENT_IP_LIMITS["sign-in"];
    const emails = Array.from({ length: 40 }, (_, i) => `victim-${i}@test.fr`);
    const results = await Promise.allSettled(
      emails.map((email) =>
        authenticateWithPassword(db, { email, password: "guess" }, now, "203.0.113.7"),
      ),
    );
    const { refused, evaluated, otherErrors } = tally(results);
    expect(otherErrors).toEqual([]);
    expect(evaluated).toBe(max);
    expect(refused).toBe(40 - max);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => r.reason instanceof ClientIpLimitedError),
    ).toBe(true);
    // No account was locked by this client: each e-mail holds one failure at most.
    const counters = await db.loginThrottle.findMany({
      where: { key: { in: emails } },
      select: { failures: true, lockedUntil: true },
    });
    expect(counters.length).toBe(max);
    expect(counters.every((c) => c.failures === 1 && c.lockedUntil === null)).toBe(true);
    const sharedAccountFrom = (ip: string, at: Date) =>
      authenticateWithPassword(db, { email: "shared-ip@test.fr", password: PASSWORD }, at, ip);
    // The right password from that address is refused too, until the lock ends…
    await expect(sharedAccountFrom("203.0.113.7", now)).rejects.toBeInstanceOf(
      ClientIpLimitedError,
    );
    // …while another address signs in normally.
    expect(await sharedAccountFrom("198.51.100.4", now)).not.toBeNull();
    const later = new Date(now.getTime() + CLIENT_IP_LIMITS["sign-in"].lockMs + 60_000);
    expect(await sharedAccountFrom("203.0.113.7", later)).not.toBeNull();
  });

  it("does not count successful sign-ins against the shared address", async () => {
    const now = new Date("2026-03-07T09:00:00Z");
    for (let i = 0; i < CLIENT_IP_LIMITS["sign-in"].max + 5; i += 1) {
      expect(
        await authenticateWithPassword(
          db,
          { email: "agent@test.fr", password: PASSWORD },
          now,
          "192.0.2.50",
        ),
      ).not.toBeNull();
    }
  });
});
