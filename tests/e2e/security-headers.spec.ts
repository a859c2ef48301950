import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 13, §6: every kind of route carries the hardening headers, and the pages still work under
// the Content-Security-Policy (no violation reported, client components hydrated).

function expectHardened(headers: Record<string, string>, where: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp, where).not.toContain("unsafe-eval");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  // Served over http here: no HSTS (it is sent when NEXTAUTH_URL is https, see the unit test).
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

async function watchPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return violations;
}

test("en-têtes de sécurité sur une page, une redirection, l'API, un export et un fichier statique", async ({
  page,
  request,
}) => {
  const connexion = await request.get("/connexion");
  expectHardened(connexion.headers(), "/connexion");
  const html = await connexion.text();
  const nonce = /'nonce-([^']+)'/.exec(connexion.headers()["content-security-policy"]!)![1]!;
  // Every script Next.js wrote in the page carries this response's nonce.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A second response gets another nonce.
  const again = await request.get("/connexion");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  const redirect = await request.get("/c/35", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectHardened(redirect.headers(), "/c/35 (redirection)");
  expectHardened((await request.get("/api/health")).headers(), "/api/health");

  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
  const staticFile = await request.get(asset);
  expect(staticFile.status()).toBe(200);
  expect(staticFile.headers()["x-content-type-options"]).toBe("nosniff");

  await signIn(page, "agent.35@demo.tripartite.fr");
  const exported = await page.request.get("/c/35/etablissements/export");
  expect(exported.status()).toBe(200);
  expectHardened(exported.headers(), "export CSV");
});

test("les pages fonctionnent sous la politique de sécurité : aucune violation, composants interactifs hydratés", async ({
  page,
}) => {
  const violations = await watchPolicyViolations(page);
  await page.goto("/connexion");
  await signIn(page, "agent.35@demo.tripartite.fr");
  await page.goto("/c/35");
  // The charts are drawn on the client after the page: they appear only if the scripts ran.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.goto("/c/35/conventions");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("une requête plus grosse que toute limite d'envoi est refusée en français avant d'être lue", async ({
  request,
}) => {
  const body = Buffer.alloc(23 * 1024 * 1024, 0x61);
  const response = await request.post("/c/35/inventaire/import", {
    data: body,
    headers: { "Content-Type": "application/octet-stream" },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain(
    "Un fichier envoyé à Tripartite fait 20 Mo au plus. Rien n'a été enregistré.",
  );
  // The server still answers.
  expect((await request.get("/api/health")).status()).toBe(200);
});
