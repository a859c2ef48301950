/** Keeps a post-sign-in destination only when it is a path of this site (no open redirect). */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string") return "/";
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (raw.startsWith("/connexion") || raw.startsWith("/api/")) return "/";
  return raw;
}
