import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectPagesAccessible, openModule, signedInPage } from "./helpers";

const iso = (date: Date) => date.toISOString().slice(0, 10);

test("campagne de besoins : l'agent ouvre, le chef des Gayeulles dépose deux besoins, la DRANE donne son avis, l'agent arbitre dans l'enveloppe, l'élu le voit", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36).toUpperCase();
  const title = `Campagne e2e ${run}`;
  const today = new Date();
  const year = today.getFullYear();

  // The agent creates the campaign (a bad envelope is refused first), then opens it.
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await openModule(agent, "Campagnes");
  await agent.getByRole("link", { name: "+ Nouvelle campagne" }).click();
  await agent.waitForURL(/\/c\/35\/campagnes\/nouvelle$/);
  await expect(agent.getByLabel("Intitulé")).toBeVisible();
  await expectAccessible(agent);
  await agent.getByLabel("Intitulé").fill(title);
  await agent.getByLabel("Exercice budgétaire").fill(String(year));
  await agent.getByLabel("Ouverture des dépôts").fill(iso(today));
  await agent
    .getByLabel("Date limite de dépôt (incluse)")
    .fill(iso(new Date(today.getTime() + 30 * 86_400_000)));
  await agent.getByLabel("Enveloppe (€)").fill("-5");
  await agent.getByRole("checkbox", { name: /Tablette/ }).check();
  await agent.getByRole("checkbox", { name: /Écran numérique interactif/ }).check();
  await agent.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(agent.getByText(/enveloppe/i).first()).toBeVisible();
  await expect(agent).toHaveURL(/\/campagnes\/nouvelle$/);
  await agent.getByLabel("Enveloppe (€)").fill("10 000");
  // A line of the campaign's exercice (other specs add lines of later exercices, listed first).
  const lineSelect = agent.getByLabel("Ligne budgétaire alimentée (facultative)");
  const line = await lineSelect
    .locator("option", { hasText: new RegExp(`^${year} — `) })
    .first()
    .textContent();
  await lineSelect.selectOption({ label: line!.trim() });
  await agent.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await agent.waitForURL(/\/c\/35\/campagnes\/[\w-]+\?fait=creation$/);
  const campaignPath = new URL(agent.url()).pathname;
  const id = campaignPath.split("/").at(-1)!;
  await agent.getByRole("button", { name: "Ouvrir la campagne" }).click();
  // The page's forms follow the campaign's phase: the next step's button shows once it is open.
  await expect(agent.getByRole("button", { name: "Clore les dépôts maintenant" })).toBeVisible();
  await expectAccessible(agent);

  // The chef of Les Gayeulles submits two needs.
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto(`/e/0350027P/campagnes/${id}`);
  await expect(chef.getByRole("heading", { name: "Déposer un besoin" })).toBeVisible();
  await expectAccessible(chef);
  const form = chef.getByRole("region", { name: "Déposer un besoin" });
  const submit = async (category: string, quantity: string, axis: string, why: string) => {
    await form.getByLabel("Catégorie").selectOption(category);
    await form.getByLabel("Quantité (1 à 1 000)").fill(quantity);
    await form.getByLabel("Axe du projet d'établissement servi").fill(axis);
    await form.getByLabel("Justification (2 000 caractères au plus)").fill(why);
    await form.getByRole("button", { name: "Déposer le besoin" }).click();
    await expect(chef.getByRole("table").getByText(why).first()).toBeVisible();
  };
  await submit("TABLETTE", "10", "Axe 2 : inclusion", `Tablettes pour l'ULIS ${run}`);
  await submit("ENI", "2", "Axe 1 : réussite", `Deux ENI en sciences ${run}`);
  expect((await chef.request.get(`/e/0350913C/campagnes/${id}`)).status()).toBe(404);

  // The DRANE gives an opinion on the tablets.
  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto(`/a/14/campagnes/${id}`);
  await expectAccessible(drane);
  const tabletRow = (page: Page) =>
    page.getByRole("row").filter({ hasText: `Tablettes pour l'ULIS ${run}` });
  await tabletRow(drane).locator("summary", { hasText: "Donner un avis" }).click();
  await tabletRow(drane).getByLabel("Avis pédagogique").selectOption("FAVORABLE");
  await tabletRow(drane).getByLabel("Commentaire (facultatif)").fill("Projet inclusif solide.");
  await tabletRow(drane).getByRole("button", { name: "Enregistrer l'avis" }).click();
  await expect(tabletRow(drane).getByText("Projet inclusif solide.").first()).toBeVisible();

  // The agent closes submissions and arbitrates within the envelope.
  await agent.goto(campaignPath);
  await agent.getByRole("button", { name: "Clore les dépôts maintenant" }).click();
  // The button's name changes while the action runs, so its absence proves nothing: wait for the
  // arbitration step, which only the refreshed page shows.
  await expect(agent.getByRole("button", { name: "Clôturer l'arbitrage" })).toBeVisible();
  await agent.reload();
  await expect(tabletRow(agent).getByText("Projet inclusif solide.").first()).toBeVisible();
  await tabletRow(agent).locator("summary", { hasText: "Arbitrer" }).click();
  await tabletRow(agent).getByLabel("Décision").selectOption("ACCEPTE");
  await tabletRow(agent).getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(
    tabletRow(agent)
      .getByText(/accepté/)
      .first(),
  ).toBeVisible();
  const eniRow = agent.getByRole("row").filter({ hasText: `Deux ENI en sciences ${run}` });
  await eniRow.locator("summary", { hasText: "Arbitrer" }).click();
  await eniRow.getByLabel("Décision").selectOption("ACCEPTE");
  await eniRow.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(agent.getByText(/dépasse|enveloppe/).first()).toBeVisible();
  await eniRow.getByLabel("Décision").selectOption("REFUSE");
  await eniRow.getByLabel(/^Motif/).fill("Hors enveloppe cette année ; à reprendre l'an prochain.");
  await eniRow.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(eniRow.getByText(/Hors enveloppe/).first()).toBeVisible();
  await agent.getByRole("button", { name: "Clôturer l'arbitrage" }).click();
  // Once arbitration is closed, the accepted tablets wait for delivery.
  await expect(tabletRow(agent).locator("summary", { hasText: "Marquer livré" })).toBeVisible();
  await agent.reload();
  await expectAccessible(agent);

  // The chef sees the decisions; the élu sees the accepted amount on the budget view.
  await chef.goto(`/e/0350027P/campagnes/${id}`);
  await expect(
    chef.getByText("Hors enveloppe cette année ; à reprendre l'an prochain."),
  ).toBeVisible();
  const elu = await signedInPage(browser, "elu.35@demo.tripartite.fr");
  await elu.goto(`/c/35/budgets?exercice=${year}`);
  await expect(elu.getByText(title).first()).toBeVisible();
  await expectAccessible(elu);
});

test("budgets : montants invalides et CP au-delà de l'AP refusés sans rien écrire ; chaque page est accessible ; le rectorat et un autre département n'y ont pas accès", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await expectPagesAccessible(agent, [
    "/c/35/budgets",
    "/c/35/budgets/lignes",
    "/c/35/budgets/autorisations",
    "/c/35/budgets/dotations",
    "/c/35/budgets/propositions",
    "/c/35/budgets/lignes/nouvelle",
    "/c/35/budgets/autorisations/nouvelle",
  ]);
  await agent.goto("/c/35/budgets/lignes");
  const totalBefore = await agent.getByRole("main").innerText();
  await agent.goto("/c/35/budgets/lignes/nouvelle");
  await agent.getByLabel(/^Libellé/).fill("Ligne e2e refusée");
  await agent.getByLabel(/^Budget primitif/).fill("abc");
  await agent
    .getByRole("button", { name: /Enregistrer|Ajouter|Créer/ })
    .first()
    .click();
  await expect(agent.getByText(/Rien n'a été enregistré/).first()).toBeVisible();
  await agent.goto("/c/35/budgets/lignes");
  expect(await agent.getByRole("main").innerText()).toBe(totalBefore);

  await agent.goto("/c/35/budgets/autorisations");
  await agent.getByRole("table").getByRole("link").first().click();
  await agent.waitForURL(/\/c\/35\/budgets\/autorisations\/[\w-]+$/);
  await expect(agent.getByLabel(/^CP \d{4}$/).first()).toBeVisible();
  await expectAccessible(agent);
  const cp = agent.getByLabel(/^CP \d{4}$/).first();
  await cp.fill("999 999 999");
  await agent
    .getByRole("button", { name: /Enregistrer/ })
    .first()
    .click();
  await expect(agent.getByText(/dépasse le montant de l'autorisation/).first()).toBeVisible();
  await agent.reload();
  await expect(agent.getByText(/999 999 999/)).toHaveCount(0);

  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto("/e/0350027P/dotations");
  await expect(chef.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(chef);
  await chef.goto("/e/0350027P/campagnes");
  await expectAccessible(chef);
  expect((await chef.request.get("/c/35/budgets")).status()).toBe(404);
  expect((await chef.request.get("/e/0350913C/dotations")).status()).toBe(404);

  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  expect((await drane.request.get("/c/35/budgets/lignes")).status()).toBe(404);
  await drane.goto("/a/14/campagnes");
  await expectAccessible(drane);

  const calvados = await signedInPage(browser, "agent.14@demo.tripartite.fr");
  expect((await calvados.request.get("/c/35/budgets")).status()).toBe(404);
  expect((await calvados.request.get("/c/35/budgets/lignes/export")).status()).toBe(404);
  await calvados.goto("/c/14/budgets");
  await expectAccessible(calvados);
});
