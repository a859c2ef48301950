import { expect, test } from "@playwright/test";
import { expectAccessible, expectPagesAccessible, signedInPage } from "./helpers";

test("le plan de renouvellement d'Ille-et-Vilaine donne par année quoi remplacer et pour combien, et l'agent reporte un équipement", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35/inventaire");
  await agent
    .getByRole("navigation", { name: "Inventaire" })
    .getByRole("link", { name: "Plan de renouvellement" })
    .click();
  const year = new Date().getFullYear();
  await expect(agent.getByRole("heading", { level: 1 })).toContainText(
    `Plan de renouvellement ${year}–${year + 4}`,
  );
  for (let y = year; y < year + 5; y += 1)
    await expect(agent.getByRole("row", { name: new RegExp(`^${y}`) }).first()).toContainText("€");
  await expectAccessible(agent);

  await agent.getByRole("link", { name: "Par collège" }).click();
  await expect(agent.getByRole("table").first()).toContainText("Les Gayeulles");
  await expectAccessible(agent);

  await agent.goto(`/c/35/inventaire/plan?vue=liste&annee=${year + 1}&uai=0350027P`);
  await expectAccessible(agent);
  const first = agent.getByRole("checkbox", { name: /^Sélectionner/ }).first();
  const label = await first.getAttribute("aria-label");
  await first.check();
  await agent.locator("#renewal-year").selectOption(String(year + 3));
  await agent.locator("#renewal-note").fill("Report : budget 2027 contraint");
  await agent.getByRole("button", { name: "Appliquer aux équipements cochés" }).click();
  await expect(agent.getByText(/1 équipement/).first()).toBeVisible();
  await agent.goto(`/c/35/inventaire/plan?vue=liste&annee=${year + 3}&uai=0350027P`);
  await expect(agent.getByRole("checkbox", { name: label! })).toBeVisible();

  const exported = await agent.request.get(
    `/c/35/inventaire/plan/export?vue=categories&format=xlsx`,
  );
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("spreadsheetml");
});

test("le chef modifie le statut de son seul équipement ; le rectorat lit sans modifier ; l'élu lit sans importer", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto("/e/0350027P");
  await expect(chef.getByRole("heading", { name: "Inventaire" })).toBeVisible();
  await expectAccessible(chef);
  await chef
    .getByRole("navigation", { name: "Modules de l'espace" })
    .getByRole("link", { name: "Inventaire" })
    .click();
  await expect(chef.getByRole("heading", { level: 1, name: "Équipements" })).toBeVisible();
  await expect(
    chef.getByRole("navigation", { name: "Inventaire" }).getByRole("link", { name: "Importer" }),
  ).toHaveCount(0);
  await expectAccessible(chef);
  await chef.goto("/e/0350027P/inventaire?category=VPI&status=EN_SERVICE");
  await chef
    .getByRole("table")
    .getByRole("link", { name: "Vidéoprojecteur interactif (VPI)" })
    .first()
    .click();
  await expect(chef.getByRole("heading", { name: "Statut et emplacement" })).toBeVisible();
  await expect(chef.getByRole("heading", { name: "Modifier l'équipement" })).toHaveCount(0);
  await expectAccessible(chef);
  const ownId = chef.url().split("/").at(-1)!;
  await chef.locator("#s-status").selectOption("EN_PANNE");
  await chef.getByLabel("Emplacement (salle)").fill("Salle 204");
  await chef.getByRole("button", { name: "Enregistrer le statut" }).click();
  await expect(chef.getByText("Statut et emplacement enregistrés.")).toBeVisible();
  await chef.reload();
  await expect(
    chef.getByRole("listitem").filter({ hasText: "Changement de statut ou d'emplacement" }).first(),
  ).toContainText("En panne");

  // Another collège's equipment: not found for the chef, readable (no form) for the académie.
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35/inventaire?uai=0350913C");
  await agent.getByRole("table").getByRole("link").first().click();
  const otherId = agent.url().split("/").at(-1)!;
  const response = await chef.goto(`/e/0350027P/inventaire/${otherId}`);
  expect(response?.status()).toBe(404);
  expect((await chef.request.get(`/e/0350913C/inventaire/${otherId}`)).status()).toBe(404);

  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto("/a/14/inventaire?departement=22");
  await expect(drane.getByText(/équipements — page 1/)).toBeVisible();
  await expect(drane.getByRole("button", { name: "Appliquer à la sélection" })).toHaveCount(0);
  await expectAccessible(drane);
  await drane.goto(`/a/14/inventaire/${ownId}`);
  await expect(drane.getByText("Salle 204").first()).toBeVisible();
  await expect(drane.getByRole("button")).not.toContainText(["Enregistrer"]);
  await expectAccessible(drane);
  await expectPagesAccessible(drane, ["/a/14/inventaire/indicateurs", "/a/14/inventaire/ecarts"]);
  expect((await drane.request.get("/c/35/inventaire")).status()).toBe(404);

  const elu = await signedInPage(browser, "elu.35@demo.tripartite.fr");
  await elu.goto("/c/35/inventaire/indicateurs");
  await expect(
    elu.getByRole("navigation", { name: "Inventaire" }).getByRole("link", { name: "Importer" }),
  ).toHaveCount(0);
  expect((await elu.request.get("/c/35/inventaire/import")).status()).toBe(404);

  const calvados = await signedInPage(browser, "agent.14@demo.tripartite.fr");
  expect((await calvados.request.get(`/c/14/inventaire/${ownId}`)).status()).toBe(404);
  expect((await calvados.request.get("/c/35/inventaire/export")).status()).toBe(404);
});
