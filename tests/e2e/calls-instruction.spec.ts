import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, openModule, signedInPage } from "./helpers";

// Appels à projets, after the deadline: the demo call closed yesterday holds Les Gayeulles'
// dossier. The agent of the 35 and the DRANE score it, each without seeing the other's scores
// first; the collectivité proposes to retain it, the académie confirms; the collectivité delivers
// the equipment into the inventory; the chef files the 6-month report, the DRANE assesses it, and
// the élu reads the funded project. The demo's instruction call is written by this journey.

const CALL = "Baladodiffusion et classes mobiles pour les langues vivantes";

async function score(page: Page, points: readonly string[]) {
  const form = page.getByRole("region", { name: "Notation" });
  for (const [i, value] of points.entries()) await form.locator(`#notation-points${i}`).fill(value);
  await form.getByRole("button", { name: "Enregistrer la notation" }).click();
  await expect(page.getByText("Votre notation est enregistrée.")).toBeVisible();
}

test("un dossier est noté par chaque partie, retenu par les deux, livré, et suivi à 6 mois jusqu'à l'élu", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await openModule(agent, "Appels");
  await agent.getByRole("link", { name: CALL }).click();
  await agent.waitForURL(/\/c\/35\/appels\/[\w-]+$/);
  const id = new URL(agent.url()).pathname.split("/").at(-1)!;
  await expect(agent.getByText("Candidatures closes")).toBeVisible();
  await expect(agent.getByRole("heading", { name: "Instruction et décisions" })).toBeVisible();
  await expectAccessible(agent);
  await agent.getByRole("link", { name: /Les Gayeulles/ }).click();
  await agent.waitForURL(/\/c\/35\/appels\/[\w-]+\/dossiers\/[\w-]+$/);
  const dossier = new URL(agent.url()).pathname.split("/").at(-1)!;
  await expectAccessible(agent);
  // A criterion scored over its weight is refused in French, nothing written.
  const form = agent.getByRole("region", { name: "Notation" });
  await form.locator("#notation-points0").fill("60");
  await form.locator("#notation-points1").fill("20");
  await form.locator("#notation-points2").fill("15");
  await form.getByRole("button", { name: "Enregistrer la notation" }).click();
  await expect(
    agent.getByText(/Critère « Qualité du projet pédagogique » : 50 points au plus/).first(),
  ).toBeVisible();
  await score(agent, ["44", "26", "17"]);
  await expect(agent.getByText("Pas encore notée")).toBeVisible();

  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto(`/a/14/appels/${id}`);
  await expect(
    drane.getByRole("table", { name: /Dossiers déposés, classés par note/ }),
  ).toContainText("Notée, masquée jusqu'à votre notation");
  await expectAccessible(drane);
  await drane.goto(`/a/14/appels/${id}/dossiers/${dossier}`);
  await expect(drane.getByText(/44 \/ 100|87 \/ 100/)).toHaveCount(0);
  await score(drane, ["40", "25", "15"]);
  await expect(drane.getByText(/^87 \/ 100 \(/)).toBeVisible();
  await expectAccessible(drane);

  // The collectivité proposes to retain it; an amount over the request is refused.
  await agent.reload();
  const decision = agent.getByRole("region", { name: "Décision du comité" });
  await decision.getByLabel("Décision", { exact: true }).selectOption("RETENU");
  await decision.getByLabel("Montant accordé (retenu)").fill("999 999");
  await decision.getByRole("button", { name: "Proposer la décision" }).click();
  await expect(agent.getByText(/au plus, ce que le collège a demandé/).first()).toBeVisible();
  await decision.getByLabel("Montant accordé (retenu)").fill("");
  await decision.getByRole("button", { name: "Proposer la décision" }).click();
  await expect(agent.getByText("Votre décision est enregistrée.")).toBeVisible();
  await expect(agent.getByText(/Retenu : proposé par la collectivité, à confirmer/)).toBeVisible();

  // The chef does not learn a proposal.
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto(`/e/0350027P/appels/${id}`);
  await expect(chef.getByText(/Le comité l'instruit/)).toBeVisible();

  await drane.reload();
  await drane.getByRole("button", { name: "Confirmer la décision proposée" }).click();
  await expect(drane.getByText("La décision est prise : le collège en est informé.")).toBeVisible();

  await agent.reload();
  await agent.getByRole("button", { name: "Enregistrer la livraison et inventorier" }).click();
  await expect(
    agent.getByText("La livraison est enregistrée et l'équipement inventorié."),
  ).toBeVisible();
  await expectAccessible(agent);

  // The chef reads the decision, then files the 6-month report.
  await chef.reload();
  await expect(chef.getByRole("heading", { name: "Décision et suivi du projet" })).toBeVisible();
  await chef.getByLabel("Classes qui utilisent l'équipement").fill("8");
  await chef.getByLabel("Élèves concernés").fill("210");
  await chef.getByLabel("Part de l'équipement utilisée en classe (%)").fill("85");
  await chef.getByLabel("Ce qui a fonctionné").fill("L'oral en autonomie chaque semaine en 4e.");
  await chef.getByLabel("Difficultés rencontrées").fill("Le chargement des tablettes.");
  await chef.getByRole("button", { name: "Déposer le bilan à 6 mois" }).click();
  await expect(chef.getByText("Votre bilan est déposé")).toBeVisible();
  await expectAccessible(chef);

  // The académie reads it and assesses it.
  await drane.reload();
  await expect(drane.getByRole("heading", { name: "Bilan à 6 mois" })).toBeVisible();
  await drane
    .getByLabel(/Appréciation pédagogique de l'académie sur le bilan à 6 mois/)
    .fill("Usages oraux réguliers ; à diffuser aux autres langues.");
  await drane.getByRole("button", { name: "Enregistrer l'appréciation" }).click();
  await expect(drane.getByText("L'appréciation de l'académie est enregistrée.")).toBeVisible();

  // The élu reads the funded project and its report.
  const elu = await signedInPage(browser, "elu.35@demo.tripartite.fr");
  await elu.goto("/c/35");
  const projects = elu.getByRole("table", { name: /Projets retenus/ });
  await expect(projects).toContainText("Les Gayeulles");
  await expect(projects).toContainText("À 6 mois : 210 élèves");
  await expectAccessible(elu);

  // Another académie has no page for the dossier.
  const normandie = await signedInPage(browser, "drane.normandie@demo.tripartite.fr");
  expect((await normandie.goto(`/a/70/appels/${id}/dossiers/${dossier}`))?.status()).toBe(404);
});

test("un collège lit qu'un appel clos ne reçoit plus de dossier", async ({ browser }) => {
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto("/e/0350027P/appels");
  await chef.getByRole("link", { name: "Collèges préfigurateurs : classes mobiles en 5e" }).click();
  await expect(chef.getByText(/La date limite de dépôt \(.*\) est passée\./)).toBeVisible();
  await expect(chef.getByRole("button", { name: "Enregistrer le dossier" })).toHaveCount(0);
  await expectAccessible(chef);
});
