import permissionsPolicy from "./permissions-policy.json";

/**
 * The headers that harden every response of the app (issue 13, §6). The Content-Security-Policy
 * carries a per-request nonce that Next.js puts on its own scripts (it reads the policy from the
 * request headers that proxy.ts sets): no inline script runs without it, and `unsafe-eval` is
 * allowed only by the development server, which needs it. Styles keep 'unsafe-inline' because
 * React and recharts write `style` attributes, which nonces cannot cover.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Features no page of the product uses, refused to the page and to anything it could embed. In a
 * JSON file because next.config.js (plain CommonJS) sends it on the static files too.
 */
export const PERMISSIONS_POLICY: string = permissionsPolicy.value;

/** HSTS only where the app is served over https (NEXTAUTH_URL says how people reach it). */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
