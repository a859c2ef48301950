import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

test("un formulaire vide ou une adresse mal formée reçoit des messages clairs en français", async ({ page }) => {
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
  await expect(page.locator("#contenu").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  await expect(page).toHaveURL(/\/connexion/);
});

test("après cinq échecs, l'adresse est bloquée quinze minutes", async ({ page }) => {
  await page.goto("/connexion");
  const email = `essai.${Date.now()}@exemple.fr`;
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(`faux-${attempt}`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.locator("#contenu").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  }
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("#contenu").getByRole("alert")).toContainText("Trop de tentatives échouées : ce compte est bloqué pendant 15 minutes.");
});

test("une page protégée renvoie vers la connexion puis y revient", async ({ page }) => {
  await page.goto("/c/35/etablissements");
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fc%2F35%2Fetablissements/);
  await page.getByLabel("Adresse e-mail").fill("agent.35@demo.tripartite.fr");
  await page.getByLabel("Mot de passe").fill("Demo2026!");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/c\/35\/etablissements$/);
});
