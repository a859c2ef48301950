import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticateWithPassword, LOCK_MINUTES, MAX_FAILURES } from "@/lib/auth/authenticate";
import { createUser } from "../support/fixtures";
import { unsafeSyncReferentials } from "@/lib/referentials/sync-referentials";

const PASSWORD = "Secret2026!";

beforeAll(async () => {
  await unsafeSyncReferentials(db);
  await createUser("agent@test.fr", [{ scopeType: "COLLECTIVITE", role: "AGENT", key: "35" }]);
  await createUser("gone@test.fr", [], { disabled: true });
  await createUser("lock@test.fr", []);
  await createUser("window@test.fr", []);
});

describe("authenticateWithPassword", () => {
  it("signs in with the right password, whatever the e-mail's case, and records the time", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const user = await authenticateWithPassword(db, { email: " Agent@Test.fr ", password: PASSWORD }, now);
    expect(user).toMatchObject({ email: "agent@test.fr" });
    const row = await db.user.findUniqueOrThrow({ where: { email: "agent@test.fr" }, select: { lastLoginAt: true } });
    expect(row.lastLoginAt?.toISOString()).toBe(now.toISOString());
  });

  it("never returns the password hash", async () => {
    const user = await authenticateWithPassword(db, { email: "agent@test.fr", password: PASSWORD });
    expect(Object.keys(user ?? {}).sort()).toEqual(["email", "id", "name"]);
    const row = await db.user.findUniqueOrThrow({ where: { email: "agent@test.fr" } });
    expect("passwordHash" in row).toBe(false);
  });

  it("refuses a wrong password, an unknown e-mail and a disabled account the same way", async () => {
    expect(await authenticateWithPassword(db, { email: "agent@test.fr", password: "nope" })).toBeNull();
    expect(await authenticateWithPassword(db, { email: "nobody@test.fr", password: PASSWORD })).toBeNull();
    expect(await authenticateWithPassword(db, { email: "gone@test.fr", password: PASSWORD })).toBeNull();
  });

  it("refuses malformed input with a French message", async () => {
    await expect(authenticateWithPassword(db, { email: "", password: "x" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Saisissez votre adresse e-mail.",
    });
    await expect(authenticateWithPassword(db, { email: "x@y.fr" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it(`locks an e-mail for ${LOCK_MINUTES} minutes after ${MAX_FAILURES} failures, even with the right password`, async () => {
    const start = new Date("2026-03-02T09:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect(await authenticateWithPassword(db, { email: "lock@test.fr", password: `bad-${i}` }, at(i))).toBeNull();
    }
    await expect(authenticateWithPassword(db, { email: "lock@test.fr", password: PASSWORD }, at(5))).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: String(LOCK_MINUTES - 1),
    });
    const user = await authenticateWithPassword(db, { email: "lock@test.fr", password: PASSWORD }, at(MAX_FAILURES + LOCK_MINUTES));
    expect(user?.email).toBe("lock@test.fr");
    expect(await db.loginThrottle.count({ where: { key: "lock@test.fr" } })).toBe(0);
  });

  it("locks unknown e-mails too, so a lock does not reveal an account", async () => {
    const start = new Date("2026-03-03T09:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i += 1) await authenticateWithPassword(db, { email: "ghost@test.fr", password: "x" }, start);
    await expect(authenticateWithPassword(db, { email: "ghost@test.fr", password: "x" }, start)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("forgets failures older than the window", async () => {
    const start = new Date("2026-03-04T09:00:00Z");
    for (let i = 0; i < MAX_FAILURES - 1; i += 1) await authenticateWithPassword(db, { email: "window@test.fr", password: "x" }, start);
    const later = new Date(start.getTime() + 16 * 60_000);
    expect(await authenticateWithPassword(db, { email: "window@test.fr", password: "x" }, later)).toBeNull();
    const throttle = await db.loginThrottle.findUniqueOrThrow({ where: { key: "window@test.fr" } });
    expect(throttle).toMatchObject({ failures: 1, lockedUntil: null });
  });
});
