import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import {
  contentSecurityPolicy,
  createNonce,
  PERMISSIONS_POLICY,
  strictTransportSecurity,
} from "@/lib/http/security-headers";

const SPACE_PATH = /^\/(c|a|e|plateforme)(\/|$)|^\/espaces(\/|$)/;

/**
 * Runs before every page and route (not the static files): sets the hardening headers with a fresh
 * CSP nonce, and sends signed-out visitors of a space to the sign-in page with the full path to
 * come back to. The redirect is a convenience only: every page and action checks access itself
 * through the access context.
 */
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });

  let response: NextResponse;
  if (
    SPACE_PATH.test(request.nextUrl.pathname) &&
    !(await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }))?.sub
  ) {
    const url = request.nextUrl.clone();
    url.pathname = "/connexion";
    url.search = `?callbackUrl=${encodeURIComponent(`${request.nextUrl.pathname}${request.nextUrl.search}`)}`;
    response = NextResponse.redirect(url);
  } else {
    // Next.js reads the policy from the request to put the nonce on the scripts it renders.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Everything but the build's static files and the favicon, and not prefetches (no HTML rendered).
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
