import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { ClientIpLimitedError } from "@/lib/rate-limit/client-ip-limit";
import { requestClientIp } from "@/lib/http/request-ip";

/**
 * Re-authentication before a signature: the signer types their password again. Failures count
 * towards the same lock-outs as the sign-in page, per e-mail and per client address, so a
 * left-open session cannot be used to guess.
 */
export async function verifySignerPassword(
  ctx: AccessContext,
  password: string,
  refused = "Mot de passe incorrect : la signature n'a pas été enregistrée.",
): Promise<void> {
  let user;
  try {
    user = await authenticateWithPassword(
      db,
      { email: ctx.user.email, password },
      new Date(),
      await requestClientIp(),
    );
  } catch (error) {
    // The per-address limit speaks for itself; the per-account one carries only its minutes.
    if (error instanceof ClientIpLimitedError) throw error;
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      throw new AppError(
        "RATE_LIMITED",
        `Trop d'essais de mot de passe : réessayez dans ${error.message} minute(s).`,
      );
    }
    throw error;
  }
  if (!user || user.id !== ctx.user.id) {
    throw new AppError("INVALID_INPUT", refused, { password: "Mot de passe incorrect." });
  }
}
