/**
 * The client's IP address, for signature evidence and rate limits. The production server
 * (scripts/serve.mjs) appends the connection's peer to X-Forwarded-For, so the last entry is
 * always the socket's address; each of the TRUSTED_PROXY_HOPS reverse proxies in front of the app
 * appended one more entry before it. Entries further left are whatever the client wrote and are
 * never trusted.
 */
export function clientIpFrom(
  forwardedFor: string | null | undefined,
  trustedHops = trustedProxyHops(),
): string | null {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length === 0) return null;
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return normaliseIp(chain[index] ?? "");
}

/** How many reverse proxies in front of the app append to X-Forwarded-For (0 by default). */
export function trustedProxyHops(): number {
  const value = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(value) && value >= 0 && value <= 10 ? value : 0;
}

function normaliseIp(value: string): string | null {
  const ip = value.startsWith("::ffff:") ? value.slice(7) : value;
  return /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip : null;
}
