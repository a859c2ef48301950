import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

/**
 * Sends signed-out visitors of a space to the sign-in page with the full path to come back to.
 * A convenience only: every page and action checks access itself through the access context.
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token?.sub) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/connexion";
  url.search = `?callbackUrl=${encodeURIComponent(`${request.nextUrl.pathname}${request.nextUrl.search}`)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/c/:path*", "/a/:path*", "/e/:path*", "/espaces", "/plateforme/:path*"],
};
