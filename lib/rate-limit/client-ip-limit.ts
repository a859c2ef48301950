import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimAttempt, type AttemptLimit } from "@/lib/rate-limit/attempts";

/**
 * Per-client-IP limits on the public doors. They are looser than the per-account lock-out (a
 * collège's staff share one address) but stop one client from locking every account with five
 * guesses each, or from hammering the public forms.
 */
export const CLIENT_IP_LIMITS = {
  /** Failed (or pending) sign-ins and signature password checks from one address. */
  "sign-in": { max: 20, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
  /** Public verification of a signed convention (/verifier): every request counts. */
  verify: { max: 30, windowMs: 10 * 60_000, lockMs: 10 * 60_000 },
  /** Invitation acceptance: every attempt counts (a wrong token, a refused password). */
  invitation: { max: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const satisfies Record<string, AttemptLimit>;

export type ClientIpAction = keyof typeof CLIENT_IP_LIMITS;

export function clientIpKey(action: ClientIpAction, ip: string): string {
  return `ip:${action}:${ip}`;
}

/** The client's address made too many attempts: retry in `retryMinutes`. */
export class ClientIpLimitedError extends AppError {
  readonly retryMinutes: number;
  constructor(retryMinutes: number) {
    super(
      "RATE_LIMITED",
      `Trop de tentatives depuis votre adresse réseau : réessayez dans ${retryMinutes} minute${retryMinutes > 1 ? "s" : ""}.`,
    );
    this.retryMinutes = retryMinutes;
  }
}

/**
 * Claims one attempt for the client's address, or throws ClientIpLimitedError. Without an address
 * (a process not behind scripts/serve.mjs, a script) there is nothing to count per address.
 */
export async function claimClientIpAttempt(
  db: Db,
  action: ClientIpAction,
  ip: string | null,
  now = new Date(),
): Promise<void> {
  if (!ip) return;
  const claim = await claimAttempt(db, clientIpKey(action, ip), CLIENT_IP_LIMITS[action], now);
  if (!claim.allowed) throw new ClientIpLimitedError(claim.retryMinutes);
}
