import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { proConnectProvider } from "@/lib/auth/proconnect";
import { sameOriginPath } from "@/lib/auth/callback-url";
import {
  createUserSession,
  endUserSession,
  isUserSessionActive,
  SESSION_MAX_AGE_SECONDS,
} from "@/lib/auth/user-sessions";
import { clientIpFrom } from "@/lib/http/client-ip";
import { ClientIpLimitedError } from "@/lib/rate-limit/client-ip-limit";

const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The JWT carries the id of a server-side session (UserSession): it is honoured only while that
  // row stands, so sign-out, a password change, a removed membership or a disabled account end it.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies,
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Adresse e-mail et mot de passe",
      credentials: {
        email: { label: "Adresse e-mail", type: "email" },
        password: { label: "Mot de passe", type: "password" },
      },
      async authorize(credentials, req) {
        try {
          const forwardedFor: unknown = req?.headers?.["x-forwarded-for"];
          const ip = clientIpFrom(typeof forwardedFor === "string" ? forwardedFor : null);
          return await authenticateWithPassword(
            db,
            { email: credentials?.email, password: credentials?.password },
            new Date(),
            ip,
          );
        } catch (error) {
          // The message becomes the `error` code the sign-in page translates (lib/auth/schemas.ts).
          if (error instanceof ClientIpLimitedError)
            throw new Error(`RateLimitedIp:${error.retryMinutes}`);
          if (isAppError(error) && error.code === "RATE_LIMITED")
            throw new Error(`RateLimited:${error.message}`);
          if (isAppError(error) && error.code === "INVALID_INPUT") throw new Error("InvalidInput");
          throw error;
        }
      },
    }),
    ...proConnectProvider(),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "proconnect") return true;
      // ProConnect proves an identity; access still requires an active Tripartite account.
      const email = user.email?.toLowerCase();
      if (!email) return false;
      const known = await db.user.findFirst({
        where: { email, disabledAt: null },
        select: { id: true },
      });
      return known !== null;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === "proconnect" && user.email) {
        const known = await db.user.findUnique({
          where: { email: user.email.toLowerCase() },
          select: { id: true, name: true },
        });
        if (known) {
          token.sub = known.id;
          token.name = known.name;
        }
      } else if (user) {
        token.sub = user.id;
      }
      if (user && token.sub) token.sid = await createUserSession(db, token.sub);
      return token;
    },
    /** Where every session read passes (getServerSession, /api/auth/session): a revoked one is no session. */
    async session({ session, token }) {
      if (!token.sub || !(await isUserSessionActive(db, token)))
        return { expires: session.expires };
      if (session.user) session.user.id = token.sub;
      return session;
    },
    /** next-auth's own redirects (after sign-in or sign-out) stay on this site. */
    redirect({ url, baseUrl }) {
      const path = sameOriginPath(url, baseUrl);
      return path ? `${baseUrl}${path}` : baseUrl;
    },
  },
  events: {
    async signOut({ token }) {
      await endUserSession(db, token);
    },
  },
};
