import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getDecoyHash, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";

/** After this many failures within the window, the e-mail is locked for LOCK_MINUTES. */
export const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
export const LOCK_MINUTES = 15;

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Checks an e-mail and password. Returns the user, null for wrong credentials, or throws
 * AppError RATE_LIMITED (with the minutes left) while the e-mail is locked out. Failures are
 * counted per e-mail, existing or not, so the answer never reveals whether an account exists.
 */
export async function authenticateWithPassword(db: Db, input: unknown, now = new Date()): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message);
  const { email, password } = parsed.data;

  const throttle = await db.loginThrottle.findUnique({ where: { key: email } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    throw new AppError("RATE_LIMITED", String(Math.ceil((throttle.lockedUntil.getTime() - now.getTime()) / 60_000)));
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);
  if (!user || !user.passwordHash || user.disabledAt || !valid) {
    await recordFailure(db, email, throttle, now);
    return null;
  }
  await db.$transaction([
    db.loginThrottle.deleteMany({ where: { key: email } }),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } }),
  ]);
  return { id: user.id, email: user.email, name: user.name };
}

async function recordFailure(
  db: Db,
  key: string,
  throttle: { failures: number; windowStart: Date } | null,
  now: Date,
): Promise<void> {
  const fresh = !throttle || now.getTime() - throttle.windowStart.getTime() > WINDOW_MS;
  const failures = fresh ? 1 : throttle.failures + 1;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
  const data = { failures: lockedUntil ? 0 : failures, windowStart: fresh || lockedUntil ? now : throttle.windowStart, lockedUntil };
  await db.loginThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
}
