import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

test("chaque écriture apparaît au journal d'audit de l'espace, filtrable", async ({ page }) => {
  const email = `journal.${Date.now()}@exemple.fr`;
  await signIn(page, "admin.35@demo.tripartite.fr");
  await page.goto("/c/35/personnes");
  await page.getByLabel("Nom et prénom").fill("Dominique Journal");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();

  await page
    .getByRole("navigation", { name: "Modules de l'espace" })
    .getByRole("link", { name: "Journal d'audit" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Journal");
  const row = page
    .getByRole("row")
    .filter({ hasText: "Claire Le Goff" })
    .filter({ hasText: "Invitation" })
    .first();
  await expect(row).toBeVisible();
  // The object is named (the invited person), not shown as an internal id (issue 14, §8).
  await expect(row.getByText(`Dominique Journal <${email}>`)).toBeVisible();
  await row.getByText(/Détail|donnée/).click();
  await expect(row.getByText(email, { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("le journal d'un espace est introuvable pour un autre espace et pour un élu", async ({
  page,
}) => {
  await signIn(page, "agent.14@demo.tripartite.fr");
  expect((await page.goto("/c/35/journal"))?.status()).toBe(404);
  expect((await page.goto("/a/14/journal"))?.status()).toBe(404);
  await page.context().clearCookies();
  await signIn(page, "elu.35@demo.tripartite.fr");
  expect((await page.goto("/c/35/journal"))?.status()).toBe(404);
});

test("la plateforme lit les imports au journal", async ({ page }) => {
  await signIn(page, "admin@demo.tripartite.fr");
  await page.goto("/plateforme/journal");
  // Filtered: the journeys run before this one write enough events to push the demo's off page 1.
  await page.getByLabel("Action").selectOption({ label: "Import d'établissements" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await page.waitForURL(/action=/);
  await expect(
    page.getByRole("row").filter({ hasText: "chargement de la démonstration" }).first(),
  ).toBeVisible();
  await expectAccessible(page);
});
