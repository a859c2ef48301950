import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getDecoyHash, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";
import {
  claimAttempt,
  clearAttempts,
  lockIfExhausted,
  releaseAttempt,
  type AttemptLimit,
} from "@/lib/rate-limit/attempts";
import { claimClientIpAttempt, clientIpKey } from "@/lib/rate-limit/client-ip-limit";

/** After this many failures within the window, the e-mail is locked for LOCK_MINUTES. */
export const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
export const LOCK_MINUTES = 15;
const ACCOUNT_LIMIT: AttemptLimit = {
  max: MAX_FAILURES,
  windowMs: WINDOW_MS,
  lockMs: LOCK_MINUTES * 60_000,
};

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Checks an e-mail and password. Returns the user, null for wrong credentials, or throws
 * AppError RATE_LIMITED: with the minutes left as message while the e-mail is locked out, or
 * ClientIpLimitedError while the client's address (`ip`, when known) is. Failures are counted per
 * e-mail, existing or not, so the answer never reveals whether an account exists.
 *
 * Each attempt claims its slot atomically BEFORE the password is verified (lib/rate-limit): 40
 * guesses sent at once get 5 evaluations, not 40.
 */
export async function authenticateWithPassword(
  db: Db,
  input: unknown,
  now = new Date(),
  ip: string | null = null,
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message);
  const { email, password } = parsed.data;

  // The address first: a client over its limit cannot add failures to anyone's account.
  await claimClientIpAttempt(db, "sign-in", ip, now);
  const claim = await claimAttempt(db, email, ACCOUNT_LIMIT, now);
  if (!claim.allowed) throw new AppError("RATE_LIMITED", String(claim.retryMinutes));

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);
  if (!user || !user.passwordHash || user.disabledAt || !valid) {
    await lockIfExhausted(db, email, ACCOUNT_LIMIT, now);
    return null;
  }
  await clearAttempts(db, email);
  if (ip) await releaseAttempt(db, clientIpKey("sign-in", ip));
  await db.user.update({
    where: { id: user.id },
    data: { lastLoginAt: now },
    select: { id: true },
  });
  return { id: user.id, email: user.email, name: user.name };
}
