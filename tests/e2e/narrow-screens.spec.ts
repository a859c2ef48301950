import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 14, §10: every home and list page fits a 375 px phone without scrolling sideways; wide
// tables scroll inside their own box.
const PAGES: Record<string, string[]> = {
  "agent.35@demo.tripartite.fr": [
    "/c/35",
    "/c/35/etablissements",
    "/c/35/conventions",
    "/c/35/conventions/modeles",
    "/c/35/inventaire",
    "/c/35/inventaire/ecarts",
    "/c/35/inventaire/indicateurs",
    "/c/35/inventaire/plan",
    "/c/35/inventaire/referentiel",
    "/c/35/inventaire/import",
    "/c/35/budgets",
    "/c/35/budgets/lignes",
    "/c/35/budgets/autorisations",
    "/c/35/budgets/dotations",
    "/c/35/budgets/propositions",
    "/c/35/campagnes",
    "/c/35/appels",
    "/c/35/assistance",
    "/c/35/tournees",
    "/c/35/secteurs",
    "/c/35/instances",
    "/c/35/personnes",
    "/c/35/journal",
    "/espaces",
  ],
  "elu.35@demo.tripartite.fr": ["/c/35", "/c/35/synthese"],
  "drane.rennes@demo.tripartite.fr": [
    "/a/14",
    "/a/14?departement=35",
    "/a/14/etablissements",
    "/a/14/conventions",
    "/a/14/inventaire",
    "/a/14/inventaire/ecarts",
    "/a/14/inventaire/indicateurs",
    "/a/14/campagnes",
    "/a/14/appels",
    "/a/14/assistance",
    "/a/14/instances",
    "/a/14/personnes",
    "/a/14/journal",
  ],
  "chef.0350027p@demo.tripartite.fr": [
    "/e/0350027P",
    "/e/0350027P/conventions",
    "/e/0350027P/inventaire",
    "/e/0350027P/inventaire/indicateurs",
    "/e/0350027P/inventaire/plan",
    "/e/0350027P/campagnes",
    "/e/0350027P/appels",
    "/e/0350027P/dotations",
    "/e/0350027P/assistance",
    "/e/0350027P/tournees",
    "/e/0350027P/instances",
    "/e/0350027P/personnes",
    "/e/0350027P/journal",
  ],
  "admin@demo.tripartite.fr": [
    "/plateforme",
    "/plateforme/etablissements",
    "/plateforme/import",
    "/plateforme/journal",
  ],
};

async function overflow(page: Page): Promise<{ width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.scrollWidth;
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => !el.closest(".overflow-x-auto"))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 3).join(".")} « ${(el.textContent ?? "").trim().slice(0, 40)} »`,
      );
    return { width, culprits };
  });
}

for (const [email, paths] of Object.entries(PAGES)) {
  test(`375 px sans défilement horizontal : pages de ${email.split("@")[0]}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("main#contenu")).toBeVisible();
      await page.waitForLoadState("load");
      const { width, culprits } = await overflow(page);
      expect(
        width,
        `${path} : la page fait ${width} px de large ; déborde : ${culprits.join(" ; ")}`,
      ).toBeLessThanOrEqual(375);
    }
  });
}

test("375 px sans défilement horizontal : pages publiques", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/connexion", "/verifier", "/accessibilite", "/sources"]) {
    await page.goto(path);
    const { width, culprits } = await overflow(page);
    expect(width, `${path} : ${width} px ; déborde : ${culprits.join(" ; ")}`).toBeLessThanOrEqual(
      375,
    );
  }
});

test("375 px sans défilement horizontal : une instance et ses séances", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "agent.35@demo.tripartite.fr");
  await page.goto("/c/35/instances");
  await page
    .getByRole("link", { name: "Comité de pilotage du numérique éducatif en Ille-et-Vilaine" })
    .click();
  await page.waitForURL(/\/c\/35\/instances\/[\w-]+$/);
  const table = page.getByRole("table", { name: /^Séances de l'instance/ });
  // The meeting to come (the table's first) and the demo's one whose minutes await approval.
  const body = page.url();
  for (const meeting of [
    table.getByRole("link").first(),
    table
      .getByRole("row", { name: /en approbation/ })
      .last()
      .getByRole("link"),
  ]) {
    await meeting.click();
    await page.waitForURL(/\/c\/35\/instances\/seances\/[\w-]+$/);
    await page.waitForLoadState("load");
    const { width, culprits } = await overflow(page);
    expect(
      width,
      `${page.url()} : ${width} px ; déborde : ${culprits.join(" ; ")}`,
    ).toBeLessThanOrEqual(375);
    await page.goto(body);
  }
});
