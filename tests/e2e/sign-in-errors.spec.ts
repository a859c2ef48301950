import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

test("un formulaire vide ou une adresse mal formée reçoit des messages clairs en français", async ({
  page,
}) => {
  await page.goto("/connexion");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Saisissez votre adresse e-mail.")).toBeVisible();
  await expect(page.getByText("Saisissez votre mot de passe.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await page.getByLabel("Mot de passe").fill("x");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText(/Adresse e-mail invalide/)).toBeVisible();
});

test("un mauvais mot de passe est refusé sans dire si le compte existe", async ({ page }) => {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill("agent.22@demo.tripartite.fr");
  await page.getByLabel("Mot de passe").fill("mauvais-mot-de-passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("#contenu").getByRole("alert")).toHaveText(
    "Adresse e-mail ou mot de passe incorrect.",
  );
  await expect(page).toHaveURL(/\/connexion/);
});

test("après cinq échecs, l'adresse est bloquée quinze minutes", async ({ page }) => {
  await page.goto("/connexion");
  const email = `essai.${Date.now()}@exemple.fr`;
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(`faux-${attempt}`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.locator("#contenu").getByRole("alert")).toHaveText(
      "Adresse e-mail ou mot de passe incorrect.",
    );
  }
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("#contenu").getByRole("alert")).toContainText(
    "Trop de tentatives échouées : ce compte est bloqué pendant 15 minutes.",
  );
});

test("une page protégée renvoie vers la connexion puis y revient", async ({ page }) => {
  await page.goto("/c/35/etablissements");
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fc%2F35%2Fetablissements/);
  await page.getByLabel("Adresse e-mail").fill("agent.35@demo.tripartite.fr");
  await page.getByLabel("Mot de passe").fill("Demo2026!");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/c\/35\/etablissements$/);
});

test("un callbackUrl qui mènerait sur un autre site ramène sur l'application", async ({
  page,
  baseURL,
}) => {
  const appHost = new URL(baseURL!).host;
  // A tab (or a newline) that browsers drop: "/\t/127.0.0.1:3999" would become //127.0.0.1:3999.
  await page.goto("/connexion?callbackUrl=%2F%09%2F127.0.0.1:3999");
  await page.getByLabel("Adresse e-mail").fill("agent.35@demo.tripartite.fr");
  await page.getByLabel("Mot de passe").fill("Demo2026!");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
  expect(new URL(page.url()).host).toBe(appHost);
  // Already signed in, the page redirects at once: still on the application, never a 500.
  for (const target of [
    "%2F%09%2F127.0.0.1:3999",
    "%2F%0A%2F127.0.0.1:3999",
    "%2F%5C%09127.0.0.1:3999",
    "%2F.%2F%2F127.0.0.1:3999",
  ]) {
    const response = await page.goto(`/connexion?callbackUrl=${target}`);
    expect(response?.status(), target).toBeLessThan(500);
    expect(new URL(page.url()).host, target).toBe(appHost);
  }
});

test("un cookie de session copié avant la déconnexion n'ouvre plus rien", async ({
  page,
  browser,
}) => {
  await signIn(page, "agent.35@demo.tripartite.fr");
  await page.goto("/c/35");
  await expect(page).toHaveURL(/\/c\/35$/);
  const stolen = await page.context().cookies();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForURL(/\/connexion/);

  const attacker = await browser.newContext();
  await attacker.addCookies(stolen);
  const attackerPage = await attacker.newPage();
  await attackerPage.goto("/c/35");
  await expect(attackerPage).toHaveURL(/\/connexion\?callbackUrl=%2Fc%2F35/);
  await expect(attackerPage.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await attacker.close();
});
