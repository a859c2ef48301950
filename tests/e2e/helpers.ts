import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo2026!";

/** Signs in through the sign-in page, as a person would, and waits to land somewhere. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
}

/** A page of its own browser context (its own cookies), signed in as the given demo account. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** Zero WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  // After a client-side navigation (a server action's redirect), Next.js applies the new page's
  // <title> a moment after its content: axe must look at the page once it is complete.
  // Callers wait for the destination's URL and content after a click that navigates.
  await page.waitForFunction(
    () => document.readyState === "complete" && document.title.trim() !== "",
  );
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `Violations axe sur ${page.url()}`).toEqual([]);
}

/** Visits each path in turn: its page has a main heading and no axe violation. */
export async function expectPagesAccessible(page: Page, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
}

/** Opens a module through the space's navigation; its page shows its heading and is accessible. */
export async function openModule(page: Page, name: string): Promise<void> {
  await page
    .getByRole("navigation", { name: "Modules de l'espace" })
    .getByRole("link", { name })
    .click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectAccessible(page);
}
