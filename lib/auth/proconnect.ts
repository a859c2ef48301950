import type { Provider } from "next-auth/providers/index";

/**
 * ProConnect (the State's OIDC identity federation), off unless PROCONNECT_ISSUER,
 * PROCONNECT_CLIENT_ID and PROCONNECT_CLIENT_SECRET are set. Only people who already hold a
 * Tripartite account (same e-mail) get in: see the signIn callback in lib/auth/options.ts.
 */
export function proConnectProvider(env: NodeJS.ProcessEnv = process.env): Provider[] {
  const issuer = env.PROCONNECT_ISSUER?.replace(/\/$/, "");
  const clientId = env.PROCONNECT_CLIENT_ID;
  const clientSecret = env.PROCONNECT_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "proconnect",
      name: "ProConnect",
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      clientId,
      clientSecret,
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email given_name usual_name" } },
      profile(profile: { sub: string; email: string; given_name?: string; usual_name?: string }) {
        return {
          id: profile.sub,
          email: profile.email,
          name: [profile.given_name, profile.usual_name].filter(Boolean).join(" ") || profile.email,
        };
      },
    },
  ];
}

export function isProConnectEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return proConnectProvider(env).length > 0;
}
