import { expect, test } from "@playwright/test";
import { expectAccessible, signedInPage } from "./helpers";

// The network of the collèges (issue 19, first part): the agent of the 35 reads the panel (bands,
// contracts, thresholds with their source), refuses nothing silently, corrects Les Gayeulles' speed
// by hand (the history keeps both); the chef reads his collège against the thresholds, the DRANE
// reads it without a form.

test("l'agent corrige le débit d'un collège, le chef et la DRANE le lisent face aux seuils", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35/etablissements");
  await agent.getByRole("link", { name: /Réseau des collèges/ }).click();
  await agent.waitForURL(/\/c\/35\/etablissements\/reseau$/);
  await expect(agent.getByRole("heading", { level: 1, name: "Réseau des collèges" })).toBeVisible();
  await expect(
    agent.getByRole("table", { name: "Collèges par palier de débit descendant" }),
  ).toBeVisible();
  await expect(agent.getByText(/livre blanc sur le numérique éducatif/).first()).toBeVisible();
  await expectAccessible(agent);
  // Thresholds out of order are refused in French, nothing written.
  await agent.getByLabel("Palier cible (Mbit/s)").fill("20");
  await agent.getByRole("button", { name: "Enregistrer les seuils" }).click();
  await expect(agent.getByText(/vont en croissant/).first()).toBeVisible();

  await agent.goto("/c/35/etablissements/0350027P");
  const section = agent.getByRole("region", { name: "Réseau et services numériques" });
  await expect(section).toContainText("Très haut débit");
  await section.getByText("Renseigner ou corriger le réseau du collège").click();
  // A speed of this run only (300 to 899 Mbit/s), so that a retry still changes something.
  const mbps = String(300 + (Date.now() % 600));
  await section.getByLabel("Débit descendant (Mbit/s)").fill(mbps);
  await section.getByRole("button", { name: "Enregistrer le réseau du collège" }).click();
  await expect(section.getByText(/Réseau du collège enregistré/)).toBeVisible();
  await agent.reload();
  await expect(
    agent.getByRole("table", { name: /Historique des débits et des salles/ }),
  ).toContainText(`${mbps} Mbit/s`);
  await expectAccessible(agent);

  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  const own = chef.getByRole("region", { name: "Réseau et services numériques" });
  await expect(own).toContainText(`${mbps} Mbit/s`);
  await expect(own.getByText("Renseigner ou corriger le réseau du collège")).toHaveCount(0);
  await expectAccessible(chef);

  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto("/a/14/etablissements/0350027P");
  const read = drane.getByRole("region", { name: "Réseau et services numériques" });
  await expect(read).toContainText(`${mbps} Mbit/s`);
  await expect(read.getByText("Renseigner ou corriger le réseau du collège")).toHaveCount(0);
  await expectAccessible(drane);
});
