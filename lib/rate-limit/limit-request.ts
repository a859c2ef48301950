import "server-only";
import { db } from "@/lib/db/client";
import { requestClientIp } from "@/lib/http/request-ip";
import { claimClientIpAttempt, type ClientIpAction } from "@/lib/rate-limit/client-ip-limit";

/**
 * For public server actions: counts this request against its client address's limit, or throws
 * AppError RATE_LIMITED (ClientIpLimitedError) with a French message. State is in the database,
 * so the limit holds across app instances.
 */
export async function limitRequestByClientIp(action: ClientIpAction): Promise<void> {
  await claimClientIpAttempt(db, action, await requestClientIp());
}
