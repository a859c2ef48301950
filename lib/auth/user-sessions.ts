import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** As long as the JWT itself (lib/auth/options.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * Opens a server-side session for a user who just signed in; its id goes into the JWT. The
 * user's expired sessions are swept at the same time.
 */
export async function createUserSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.userSession.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    db.userSession.create({
      data: {
        id,
        userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      },
      select: { id: true },
    }),
  ]);
  return id;
}

/**
 * Whether the session named by a JWT still stands: its row exists, belongs to that user, has not
 * expired, and the account is not disabled. A JWT without a session id (issued before sessions
 * were stored) is not valid.
 */
export async function isUserSessionActive(
  db: Db,
  token: { sid?: unknown; sub?: unknown } | null | undefined,
  now = new Date(),
): Promise<boolean> {
  if (!token || typeof token.sid !== "string" || typeof token.sub !== "string") return false;
  const session = await db.userSession.findFirst({
    where: { id: token.sid, userId: token.sub, expiresAt: { gt: now }, user: { disabledAt: null } },
    select: { id: true },
  });
  return session !== null;
}

/** Sign-out: ends the one session the JWT names. */
export async function endUserSession(
  db: Db,
  token: { sid?: unknown } | null | undefined,
): Promise<void> {
  if (!token || typeof token.sid !== "string") return;
  await db.userSession.deleteMany({ where: { id: token.sid } });
}

/**
 * Ends every session of a user: password change, account disabled, membership removed. Takes the
 * caller's transaction so the sessions end iff the change commits.
 */
export async function endAllUserSessions(
  tx: Prisma.TransactionClient | Db,
  userId: string,
): Promise<number> {
  const { count } = await tx.userSession.deleteMany({ where: { userId } });
  return count;
}
