const PLACEHOLDER_ORIGIN = "http://tripartite.invalid";

/**
 * The path a URL leads to when it stays on `origin`, normalised by the WHATWG URL parser (the one
 * browsers use: it drops tabs and newlines, reads `\` as `/`, resolves `.` and `..`), or null
 * when it would leave the site. Checking the raw string is not enough: `/\t/evil.example` passes a
 * "starts with one slash" test and a browser then goes to //evil.example.
 */
export function sameOriginPath(raw: unknown, origin: string = PLACEHOLDER_ORIGIN): string | null {
  if (typeof raw !== "string" || raw.length > 2048) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//evil.example` normalises to `//evil.example`: a protocol-relative URL once sent back.
  return path.startsWith("/") && !path.startsWith("//") ? path : null;
}

/** Keeps a post-sign-in destination only when it is a path of this site (no open redirect). */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/")) return "/";
  const path = sameOriginPath(raw);
  if (!path) return "/";
  if (path === "/connexion" || /^\/connexion[/?#]/.test(path) || path.startsWith("/api/"))
    return "/";
  return path;
}
