/**
 * HTTP as a signed-in person: next-auth's credentials flow (CSRF token, then the callback the
 * sign-in page posts to), the session cookie kept per virtual user, and a page fetch timed to the
 * last byte of its body.
 */

export type CookieJar = Map<string, string>;

function absorb(jar: CookieJar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}

export function cookieHeader(jar: CookieJar): string {
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Signs in with e-mail and password as /connexion does; returns the cookies of the session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<CookieJar> {
  const jar: CookieJar = new Map();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  absorb(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({
      csrfToken,
      email,
      password,
      callbackUrl: `${baseUrl}/espaces`,
      json: "true",
    }),
  });
  absorb(jar, response);
  await response.arrayBuffer();
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(
      `Connexion refusée pour ${email} (HTTP ${response.status}, ${response.headers.get("location") ?? "sans redirection"})`,
    );
  }
  return jar;
}

/**
 * GETs a page with the session and reads its whole body: the time measured is the time to the
 * last byte, server rendering included. A redirect (to /connexion) or an error status throws.
 */
export async function fetchPage(baseUrl: string, path: string, jar: CookieJar): Promise<number> {
  const response = await fetch(`${baseUrl}${path}`, {
    redirect: "manual",
    headers: { cookie: cookieHeader(jar), accept: "text/html" },
  });
  const body = await response.arrayBuffer();
  if (response.status !== 200)
    throw new Error(
      `${path} : HTTP ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""}`,
    );
  return body.byteLength;
}

/** The HTML of a page, for the scripts it loads. */
export async function fetchHtml(baseUrl: string, path: string, jar: CookieJar): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`, {
    redirect: "manual",
    headers: { cookie: cookieHeader(jar), accept: "text/html" },
  });
  if (response.status !== 200) throw new Error(`${path} : HTTP ${response.status}`);
  return response.text();
}
