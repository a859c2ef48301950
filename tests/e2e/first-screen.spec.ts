import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 14, §9: on a 1366×768 screen, the first screen of each collectivité role answers its main
// question; the details are one click away (« Sur cette page »).
const SCREEN = { width: 1366, height: 768 };

async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return box!.y + box!.height;
}

test("agent : ce qui l'attend, puis le parc en un coup d'œil, dans le premier écran", async ({
  page,
}) => {
  await page.setViewportSize(SCREEN);
  await signIn(page, "agent.35@demo.tripartite.fr");
  await page.goto("/c/35");
  const todo = page.getByRole("region", { name: "À traiter maintenant" });
  await expect(todo.getByRole("link", { name: /conventions? en vigueur expir/ })).toBeVisible();
  await expect(todo.getByRole("link", { name: /^Renouvellement \d{4} : / })).toBeVisible();
  expect(await bottomOf(page, "#a-traiter-titre >> xpath=..")).toBeLessThanOrEqual(SCREEN.height);
  // The three headline fleet figures are on the first screen too.
  expect(await bottomOf(page, "#parc-titre >> xpath=.. >> dl")).toBeLessThanOrEqual(SCREEN.height);
  // Every detailed part is one click away.
  const nav = page.getByRole("navigation", { name: "Sur cette page" });
  await nav.getByRole("link", { name: "Conventions" }).click();
  await expect(page).toHaveURL(/#conventions-titre$/);
  await expect(page.getByRole("heading", { level: 2, name: "Conventions" })).toBeInViewport();
});

test("élu : voté et exécuté, euros par élève et équité dans le premier écran", async ({ page }) => {
  await page.setViewportSize(SCREEN);
  await signIn(page, "elu.35@demo.tripartite.fr");
  await page.goto("/c/35");
  const essentials = page.getByRole("region", { name: /^L'essentiel/ });
  for (const term of [
    "Voté (BP + DM)",
    "Mandaté",
    "Taux d'exécution",
    "Par élève",
    "Terminaux pour 100 élèves",
    "Écart entre collèges",
  ]) {
    await expect(essentials.getByText(term, { exact: true })).toBeVisible();
  }
  expect(await bottomOf(page, "#essentiel-titre >> xpath=..")).toBeLessThanOrEqual(SCREEN.height);
  await page
    .getByRole("navigation", { name: "Sur cette page" })
    .getByRole("link", { name: "Équité entre collèges" })
    .click();
  await expect(
    page.getByRole("heading", { level: 2, name: /l'équité entre établissements/ }),
  ).toBeInViewport();
});
