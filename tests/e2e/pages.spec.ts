import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

test("santé : l'application répond une fois les migrations appliquées, et dit sur quel moteur", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const engine = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")
    ? "postgresql"
    : "pglite";
  expect(await response.json()).toEqual({ status: "ok", database: engine });
});

test("pages publiques accessibles", async ({ page }) => {
  for (const path of ["/connexion", "/accessibilite", "/sources", "/page-qui-n-existe-pas"]) {
    await page.goto(path);
    await expect(page.locator("main#contenu")).toBeVisible();
    await expectAccessible(page);
  }
});

test("registre de la collectivité : 117 collèges en Ille-et-Vilaine dont 62 publics, recherche et fiche", async ({
  page,
}) => {
  await signIn(page, "agent.35@demo.tripartite.fr");
  await expect(page.getByText("117 collèges ouverts : 62 publics, 55 privés.")).toBeVisible();
  await page.getByRole("link", { name: "Consulter le registre des établissements" }).click();
  await expect(page.getByText(/117 établissements — page 1 sur 3/)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Rechercher (nom, commune, UAI)").fill("gayeulles");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("1 établissement — page 1 sur 1")).toBeVisible();
  await page.getByRole("link", { name: "Collège les Gayeulles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Gayeulles/);
  await expect(page.getByText("Département d'Ille-et-Vilaine").last()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/c/35/etablissements?secteur=PUBLIC");
  await expect(page.getByText(/62 établissements — page/)).toBeVisible();
});

test("registre de l'académie de Rennes : ses quatre départements, filtre par département", async ({
  page,
}) => {
  await signIn(page, "drane.rennes@demo.tripartite.fr");
  for (const name of [
    "Côtes-d'Armor (22)",
    "Finistère (29)",
    "Ille-et-Vilaine (35)",
    "Morbihan (56)",
  ]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  await page.goto("/a/14/etablissements?departement=22");
  await expect(page.getByText(/78 établissements — page/)).toBeVisible();
  await expectAccessible(page);
});

test("l'établissement voit sa fiche et le choix d'espaces fonctionne", async ({ page }) => {
  await signIn(page, "chef.0350027p@demo.tripartite.fr");
  await expect(page.getByText("0350027P").first()).toBeVisible();
  await expect(page.getByText("Collectivité de rattachement")).toBeVisible();
  await page.goto("/espaces");
  await expect(page.getByRole("link", { name: /Gayeulles/ })).toBeVisible();
  await expectAccessible(page);
});
