import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

/** The figure of a `<dt>`/`<dd>` pair in `region`, by its term. */
function figure(region: Locator, term: string | RegExp): Locator {
  return region
    .locator("div")
    .filter({ has: region.page().locator("dt", { hasText: term }) })
    .locator("dd")
    .first();
}

/** The first integer in a locator's text (« Voir les 12 conventions » → 12). */
async function countIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? "";
  return Number(text.replace(/\s/g, "").match(/\d+/)?.[0] ?? Number.NaN);
}

async function landsOnDashboard(page: Page, email: string, path: string) {
  // Dashboards are the heaviest pages of the demo, each checked by axe more than once.
  test.setTimeout(150_000);
  await signIn(page, email);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();
  await expectAccessible(page);
}

test("le chef des Gayeulles arrive sur son tableau de bord, dont les dotations se retrouvent dans la liste et l'exercice survit au rechargement", async ({
  page,
}) => {
  await landsOnDashboard(page, "chef.0350027p@demo.tripartite.fr", "/e/0350027P");
  await expect(page.getByRole("heading", { level: 2, name: "Ma convention" })).toBeVisible();
  const dotations = page.getByRole("region", { name: /Mes dotations/ });
  const total = (await figure(dotations, "Total attribué").textContent())!.trim();
  const link = dotations.getByRole("link", {
    name: /^Voir (les \d+ attributions|l'attribution) de l'exercice \d{4}$/,
  });
  const count = /^Voir l'attribution/.test((await link.textContent()) ?? "")
    ? 1
    : await countIn(link);
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Dotations du collège" })).toBeVisible();
  await expect(
    figure(page.getByRole("region", { name: /^Exercice \d{4}$/ }), "Total attribué"),
  ).toHaveText(total);
  await expect(
    page
      .getByRole("region", { name: "Détail des attributions" })
      .getByRole("table")
      .locator("tbody tr"),
  ).toHaveCount(count);

  // An earlier exercice, chosen on the dashboard, stays chosen after a reload.
  await page.goto("/e/0350027P");
  const select = page.getByLabel("Exercice des dotations");
  const earlier = await select.locator("option").nth(1).getAttribute("value");
  await select.selectOption(earlier);
  await page.getByRole("button", { name: "Afficher l'exercice" }).click();
  await expect(page).toHaveURL(new RegExp(`exercice=${earlier}`));
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 2, name: `Mes dotations de l'exercice ${earlier}` }),
  ).toBeVisible();
  await expectAccessible(page);

  // Another collège's dashboard does not exist for this chef.
  expect((await page.request.get("/e/0350913C")).status()).toBe(404);
});

test("la DRANE de Rennes voit d'abord ce qu'elle doit signer, puis ses départements ; le compte se retrouve dans la liste et le département choisi survit au rechargement", async ({
  page,
}) => {
  await landsOnDashboard(page, "drane.rennes@demo.tripartite.fr", "/a/14");
  const first = page.getByRole("heading", { level: 2 }).first();
  await expect(first).toHaveText("Conventions à signer");
  const toSign = page.getByRole("region", { name: "Conventions à signer" });
  await expect(
    page.getByRole("table", { name: /Conventions, équipement et besoins de chaque département/ }),
  ).toBeVisible();
  // Other journeys may have signed everything already (batch signing): then both say none.
  if (
    await toSign.getByText("Aucune convention n'attend la signature de l'académie.").isVisible()
  ) {
    await page.goto("/a/14/conventions?tab=a-signer");
    await expect(page.getByText("Aucune convention dans cette liste.")).toBeVisible();
  } else {
    const waiting = await countIn(toSign.locator("strong").first());
    await toSign
      .getByRole("link", { name: /^Voir (les \d+ conventions|la convention) à signer$/ })
      .click();
    await expect(
      page.getByText(/^\d+ conventions?$|^Aucune convention dans cette liste\.$/),
    ).toHaveText(waiting === 1 ? "1 convention" : `${waiting} conventions`);
  }

  // Drill-down to Ille-et-Vilaine, kept in the URL.
  await page.goto("/a/14");
  await page.getByRole("combobox", { name: "Département", exact: true }).selectOption("35");
  await page.getByRole("button", { name: "Afficher", exact: true }).click();
  await expect(page).toHaveURL(/departement=35/);
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 2, name: /^Collèges publics : Ille-et-Vilaine/ }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Tous les départements" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Collèges publics :/ })).toHaveCount(0);
  // Another académie's dashboard does not exist for her.
  expect((await page.request.get("/a/70")).status()).toBe(404);
});

test("l'agent du 35 arrive sur le tableau de bord de la collectivité ; le nombre de conventions d'un statut se retrouve dans la liste", async ({
  page,
}) => {
  await landsOnDashboard(page, "agent.35@demo.tripartite.fr", "/c/35");
  for (const title of [
    "Le parc en un coup d'œil",
    "Collèges les plus éloignés du référentiel",
    "Conventions",
    "Campagne de recensement des besoins",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }
  await expect(
    page.getByRole("heading", { level: 2, name: /^Renouvellement en \d{4} et en \d{4}$/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: /^Exécution du budget \d{4}$/ }),
  ).toBeVisible();
  // Expired conventions: the other journeys, which run alongside, create and sign conventions but
  // never make one expire, so the figure cannot move between the dashboard and the list.
  const statusLink = page
    .getByRole("region", { name: "Conventions" })
    .getByRole("link", { name: /^Voir les conventions expirées \(\d+\)$/ });
  const count = Number((await statusLink.textContent())!.match(/\((\d+)\)$/)![1]);
  await statusLink.click();
  await expect(page).toHaveURL(/\/c\/35\/conventions\?tab=/);
  await expect(
    page.getByText(/^\d+ conventions?$|^Aucune convention dans cette liste\.$/),
  ).toHaveText(count === 1 ? "1 convention" : `${count} conventions`);
  // Calvados's dashboard does not exist for this agent.
  expect((await page.request.get("/c/14")).status()).toBe(404);
});

test("l'élu du 35 lit d'abord le budget, puis l'équité entre collèges (classement et carte), et imprime la synthèse ; le voté se retrouve dans la vue budgétaire", async ({
  page,
}) => {
  await landsOnDashboard(page, "elu.35@demo.tripartite.fr", "/c/35");
  // The essentials first (voted, executed, € per élève, equity), then the budget's detail.
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^L'essentiel \d{4}$/);
  const voted = (await figure(
    page.getByRole("region", { name: /^L'essentiel/ }),
    "Voté (BP + DM)",
  ).textContent())!.trim();
  await expect(page.getByRole("heading", { level: 2 }).nth(1)).toHaveText(
    /^Le budget du numérique éducatif \d{4}$/,
  );
  const budget = page.getByRole("region", { name: /^Le budget du numérique éducatif/ });
  await expect(
    page
      .getByRole("img", { name: /collèges/ })
      .and(page.locator("svg"))
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: /^Taux d'équipement par collège/ })).toBeVisible();
  // The recharts drawings load after the page (components/charts/lazy-plots.tsx): they do arrive.
  await expect(budget.locator("svg.recharts-surface").first()).toBeVisible();

  await page.getByRole("link", { name: /^Synthèse imprimable d'une page/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Synthèse du numérique éducatif/ }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.goBack();
  await budget.getByRole("link", { name: /^Voir le budget détaillé \d{4}/ }).click();
  await expect(page.getByText(voted).first()).toBeVisible();
});
