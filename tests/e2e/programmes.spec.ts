import { expect, test } from "@playwright/test";
import { expectAccessible, openModule, signedInPage } from "./helpers";

// Deployment programmes by waves: the demo's adopted programme of écrans interactifs puts Les
// Gayeulles in the préfiguration wave, its network stated ready, its training not done. The chef
// declares it (shown as a declaration), the DRANE attests it (the collège is then ready); the agent
// plans a new programme, places a collège in a préfiguration wave and adopts it; the budget
// proposals and the renewal plan count the waves.

const SCREENS = "Écrans interactifs dans toutes les salles de classe";
// Waves are planned from today: next year's dates, whatever the year the suite runs.
const NEXT = new Date().getUTCFullYear() + 1;

test("la formation d'un collège préfigurateur est déclarée par le chef puis attestée par la DRANE", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  // The collège's dashboard tells its wave and what it lacks.
  const waiting = chef.getByRole("region", { name: "Ce qui vous attend" });
  await expect(waiting.getByText(/vague 1 \(préfiguration\)/)).toBeVisible();
  await expect(waiting.getByText(/formation des enseignants à faire/)).toBeVisible();
  await waiting.getByRole("link", { name: SCREENS }).click();
  await chef.waitForURL(/\/e\/0350027P\/appels\/programmes\/[\w-]+$/);
  const id = new URL(chef.url()).pathname.split("/").at(-1)!;
  // The collège sees its own row only.
  await expect(chef.getByRole("table")).toHaveCount(1);
  await expectAccessible(chef);
  await chef.getByRole("button", { name: "Déclarer nos enseignants formés" }).click();
  await expect(chef.getByText(/elle reste une déclaration tant que l'académie/)).toBeVisible();
  await expect(
    chef.getByText("Formation déclarée par le collège (non attestée par l'académie)"),
  ).toBeVisible();
  await expect(chef.getByText(/formation à attester par l'académie/)).toBeVisible();

  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto(`/a/14/appels/programmes/${id}`);
  await expect(drane.getByRole("heading", { name: "Calendrier des vagues" })).toBeVisible();
  await expect(
    drane.getByRole("table", { name: /Collèges de chaque vague, prêts ou non/ }),
  ).toBeVisible();
  await expectAccessible(drane);
  await drane
    .getByRole("button", { name: /Attester la formation \(Collège les Gayeulles\)/i })
    .click();
  await expect(
    drane.getByText("La formation des enseignants est attestée par l'académie."),
  ).toBeVisible();

  await chef.reload();
  await expect(chef.getByText("Formation attestée par l'académie")).toBeVisible();
  await expect(chef.getByRole("cell", { name: "Prêt", exact: true })).toBeVisible();
});

test("l'agent planifie un programme en vagues, l'adopte, et le retrouve dans les propositions budgétaires", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await openModule(agent, "Appels");
  await agent.getByRole("link", { name: "Programmes de déploiement par vagues" }).click();
  await expect(agent.getByRole("link", { name: SCREENS })).toBeVisible();
  await expectAccessible(agent);

  // A title of this run only, so that a retry plans its own programme.
  const title = `Bornes Wi-Fi dans les salles de sciences (${Date.now()})`;
  await agent.getByLabel("Intitulé").fill(title);
  await agent.getByLabel("Objectif").fill("Couvrir toutes les salles de sciences avant les EIM.");
  await agent.getByLabel("Équipement déployé").selectOption("BORNE_WIFI");
  await agent.getByRole("button", { name: "Créer le programme" }).click();
  await agent.waitForURL(/\/c\/35\/appels\/programmes\/[\w-]+$/);
  await expect(agent.getByText("En préparation : ni l'académie ni les collèges")).toBeVisible();

  await agent.getByLabel("Date de déploiement").fill(`${NEXT}-09-01`);
  await agent.getByLabel(/Vague de préfiguration/).check();
  await agent.getByRole("button", { name: "Ajouter la vague" }).click();
  await expect(agent.getByText("Vague 1 ajoutée.")).toBeVisible();
  // A wave before the préfigurateurs' is refused in French, nothing written.
  await agent.getByLabel("Date de déploiement").fill(`${NEXT}-06-01`);
  await agent.getByLabel(/Vague de préfiguration/).uncheck();
  await agent.getByRole("button", { name: "Ajouter la vague" }).click();
  await expect(
    agent.getByText(/Une vague ne peut précéder la vague de préfiguration/).first(),
  ).toBeVisible();
  await expect(agent.getByRole("heading", { name: /^Vague 2/ })).toHaveCount(0);

  // The last collège of the list (not Les Gayeulles, whose dashboard the other test reads).
  const collegeSelect = agent.getByLabel("Collège", { exact: true });
  const college = (await collegeSelect.locator("option").last().textContent())!.trim();
  expect(college).not.toContain("0350027P");
  await collegeSelect.selectOption({ label: college });
  await agent.getByLabel("Équipements prévus").fill("6");
  await agent.getByRole("button", { name: "Placer le collège" }).click();
  await expect(agent.getByText("Collège placé dans la vague.")).toBeVisible();
  await expect(agent.getByRole("table", { name: /Collèges de la vague 1/ })).toContainText(college);
  await expectAccessible(agent);
  await agent.getByRole("button", { name: "Adopter le programme" }).click();
  await expect(
    agent.getByText("Programme adopté : l'académie et les collèges le lisent désormais."),
  ).toBeVisible();

  await agent.goto("/c/35/budgets/propositions");
  const table = agent.getByRole("table", {
    name: "Coût des vagues des programmes adoptés, par exercice",
  });
  await expect(table).toContainText(title);
  await expect(table).toContainText(SCREENS);
  await expectAccessible(agent);
  await table.getByRole("button", { name: `Créer la ligne ${NEXT} (${title})` }).click();
  // The form gives way to the line it created.
  await expect(table.getByRole("row").filter({ hasText: title })).toContainText("Ligne créée");

  await agent.goto("/c/35/inventaire/plan");
  await expect(
    agent.getByRole("table", { name: "Renouvellement et programmes de déploiement, par exercice" }),
  ).toContainText(`Programme « ${title} »`);
  await expectAccessible(agent);
});
