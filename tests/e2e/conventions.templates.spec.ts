import { test, expect } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

test("les modèles de convention de la collectivité sont consultables et accessibles", async ({
  page,
}) => {
  await signIn(page, "agent.35@demo.tripartite.fr");
  await page.goto("/c/35/conventions/modeles");
  await expectAccessible(page);
  await page
    .getByRole("link", { name: /Convention tripartite type/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Convention tripartite type");
  await expectAccessible(page);
});
