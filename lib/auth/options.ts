import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { proConnectProvider } from "@/lib/auth/proconnect";

const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
      async authorize(credentials) {
        try {
          return await authenticateWithPassword(db, { email: credentials?.email, password: credentials?.password });
        } catch (error) {
          // The message becomes the `error` code the sign-in page translates (lib/auth/schemas.ts).
          if (isAppError(error) && error.code === "RATE_LIMITED") throw new Error(`RateLimited:${error.message}`);
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
      const known = await db.user.findFirst({ where: { email, disabledAt: null }, select: { id: true } });
      return known !== null;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === "proconnect" && user.email) {
        const known = await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { id: true, name: true } });
        if (known) {
          token.sub = known.id;
          token.name = known.name;
        }
      } else if (user) {
        token.sub = user.id;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
