import type { Db } from "@/lib/db/client";

/** At most `max` attempts per `windowMs`; one more locks the key for `lockMs`. */
export interface AttemptLimit {
  max: number;
  windowMs: number;
  lockMs: number;
}

export type AttemptClaim = { allowed: true } | { allowed: false; retryMinutes: number };

/**
 * Claims one attempt for `key` before the attempt is evaluated, in a single atomic statement
 * (INSERT … ON CONFLICT … DO UPDATE … RETURNING, identical on PGlite and PostgreSQL): parallel
 * requests and several app instances each get their own slot, so once `max` attempts are pending
 * or failed in the window, nothing more is evaluated. The claim that goes over the limit starts
 * the lock; while locked, claims change nothing. A lock that has run out, or a window that has
 * passed, starts a fresh window.
 *
 * We keep our own table rather than rate-limiter-flexible's Postgres store: that store needs a
 * `pg` pool of its own (none with embedded PGlite) and creates its table outside our migrations.
 */
export async function claimAttempt(
  db: Db,
  key: string,
  limit: AttemptLimit,
  now = new Date(),
): Promise<AttemptClaim> {
  const windowFloor = new Date(now.getTime() - limit.windowMs);
  const lockUntil = new Date(now.getTime() + limit.lockMs);
  const rows = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${now}::timestamp(3), NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE
        WHEN "LoginThrottle"."lockedUntil" > ${now}::timestamp(3) THEN "LoginThrottle"."failures"
        WHEN "LoginThrottle"."lockedUntil" IS NOT NULL OR "LoginThrottle"."windowStart" <= ${windowFloor}::timestamp(3) THEN 1
        ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE
        WHEN "LoginThrottle"."lockedUntil" > ${now}::timestamp(3) THEN "LoginThrottle"."windowStart"
        WHEN "LoginThrottle"."lockedUntil" IS NOT NULL OR "LoginThrottle"."windowStart" <= ${windowFloor}::timestamp(3) THEN ${now}::timestamp(3)
        ELSE "LoginThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN "LoginThrottle"."lockedUntil" > ${now}::timestamp(3) THEN "LoginThrottle"."lockedUntil"
        WHEN "LoginThrottle"."lockedUntil" IS NULL AND "LoginThrottle"."windowStart" > ${windowFloor}::timestamp(3)
          AND "LoginThrottle"."failures" + 1 > ${limit.max} THEN ${lockUntil}::timestamp(3)
        ELSE NULL END
    RETURNING "failures", "lockedUntil"`;
  const lockedUntil = rows[0]?.lockedUntil ? new Date(rows[0].lockedUntil) : null;
  if (lockedUntil && lockedUntil > now) {
    return {
      allowed: false,
      retryMinutes: Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000)),
    };
  }
  return { allowed: true };
}

/**
 * After a claimed attempt failed: once `max` failures stand in the window, the lock starts now
 * (not at the next attempt), so the person is told the lock's true end.
 */
export async function lockIfExhausted(
  db: Db,
  key: string,
  limit: AttemptLimit,
  now = new Date(),
): Promise<void> {
  await db.loginThrottle.updateMany({
    where: { key, failures: { gte: limit.max }, lockedUntil: null },
    data: { lockedUntil: new Date(now.getTime() + limit.lockMs) },
  });
}

/** A success on this key: its failures are forgotten (the sign-in lock-out of an e-mail). */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

/** A success that must not wipe other people's failures (a shared IP): gives its slot back. */
export async function releaseAttempt(db: Db, key: string): Promise<void> {
  await db.loginThrottle.updateMany({
    where: { key, lockedUntil: null, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}
