import { expect, test } from "@playwright/test";
import { expectAccessible, expectPagesAccessible, signedInPage } from "./helpers";

// The assistance pages outside the journey (assistance.spec.ts): queues, secteurs, rounds, a visit
// and an incident of the demo, in each space that has them, pass axe.

test("pages d'assistance, de secteurs et de tournées de la collectivité accessibles", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await expectPagesAccessible(agent, [
    "/c/35/assistance",
    "/c/35/assistance?file=toutes&etat=tous&delai=DEPASSE",
    "/c/35/assistance/signaler",
    "/c/35/secteurs",
    "/c/35/tournees",
    "/c/35/tournees/planifier",
  ]);
  await agent.goto("/c/35/secteurs");
  await agent.getByRole("table").getByRole("link").first().click();
  await agent.waitForURL(/\/c\/35\/secteurs\/[\w-]+$/);
  await expectAccessible(agent);
  // The demo's rounds: the technician's secteur has visits this month, done or planned.
  const technician = await signedInPage(browser, "technicien.35@demo.tripartite.fr");
  await technician.goto("/c/35/tournees");
  await expect(technician.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(technician);
  await technician.getByRole("table").getByRole("link").first().click();
  await technician.waitForURL(/\/c\/35\/tournees\/[\w-]+$/);
  await expect(technician.getByText(/^(Prévue|Réalisée|Annulée)$/).first()).toBeVisible();
  await expectAccessible(technician);
  await technician.goto("/c/35/assistance?etat=tous");
  await technician
    .getByRole("table")
    .getByRole("link", { name: /^INC-35-/ })
    .first()
    .click();
  await technician.waitForURL(/\/c\/35\/assistance\/[\w-]+$/);
  await expectAccessible(technician);
});

test("pages d'assistance de l'académie et du collège accessibles", async ({ browser }) => {
  test.setTimeout(120_000);
  const desk = await signedInPage(browser, "assistance.rennes@demo.tripartite.fr");
  await expectPagesAccessible(desk, ["/a/14/assistance", "/a/14/assistance?file=toutes&etat=tous"]);
  await desk.getByRole("table").getByRole("link", { name: /^INC-/ }).first().click();
  await desk.waitForURL(/\/a\/14\/assistance\/[\w-]+$/);
  await expectAccessible(desk);
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await expectPagesAccessible(chef, [
    "/e/0350027P/assistance",
    "/e/0350027P/assistance?etat=tous",
    "/e/0350027P/tournees",
  ]);
});
