import { expect, test } from "@playwright/test";
import { expectAccessible, openModule, signedInPage } from "./helpers";

// Appels à projets: the agent of the 35 drafts a joint call (a three-criterion grid, 150 000 €),
// both parties agree, the chef of Les Gayeulles writes and deposits the collège's dossier, which
// the collectivité and the académie then read. Each run writes its own call.

test("un appel à projets conjoint est publié par l'accord des deux parties, et le collège y dépose son dossier", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Écrans interactifs en sciences ${Date.now()}`;
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await openModule(agent, "Appels");
  await expectAccessible(agent);
  const form = agent.getByRole("region", { name: "Nouvel appel à projets" });
  await form.getByLabel("Intitulé").fill(title);
  await form.getByLabel("Objectifs").fill("Équiper les salles de sciences d'écrans interactifs.");
  const grid = [
    ["Qualité du projet pédagogique", "40"],
    ["Lien avec le projet d'établissement", "30"],
    ["Formation des enseignants", "20"],
  ];
  for (const [i, [label, weight]] of grid.entries()) {
    await form.getByLabel(`Critère ${i + 1}`, { exact: true }).fill(label!);
    await form.getByLabel(`Poids du critère ${i + 1}`).fill(weight!);
  }
  await form.getByLabel("Enveloppe (€)").fill("150 000");
  await form.getByLabel("Écran numérique interactif (ENI)").check();
  await form
    .getByLabel("Engagements de formation demandés aux collèges")
    .fill("Six heures de formation par enseignant engagé.");
  await form.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  // The weights make 90 points: refused in French, nothing written.
  await expect(
    agent.getByText(/les poids des critères font 90 points ; ils doivent faire 100/),
  ).toBeVisible();
  await form.getByLabel("Poids du critère 1").fill("50");
  await form.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await agent.waitForURL(/\/c\/35\/appels\/[\w-]+$/);
  const path = new URL(agent.url()).pathname;
  const id = path.split("/").at(-1)!;
  await expect(agent.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(agent.getByText("En préparation")).toBeVisible();
  await expectAccessible(agent);
  await agent.getByRole("button", { name: "Donner l'accord de la collectivité" }).click();
  await expect(agent.getByText("Votre accord est enregistré.")).toBeVisible();

  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto(`/a/14/appels/${id}`);
  await expect(drane.getByRole("table", { name: "Grille de notation" })).toContainText(
    "Formation des enseignants",
  );
  await expectAccessible(drane);
  await drane.getByRole("button", { name: "Donner l'accord de l'académie" }).click();
  await expect(drane.getByText("Candidatures ouvertes")).toBeVisible();

  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto("/e/0350027P/appels");
  await expectAccessible(chef);
  await chef.getByRole("link", { name: title }).click();
  await chef.waitForURL(new RegExp(`/e/0350027P/appels/${id}$`));
  await chef
    .getByLabel("Le projet", { exact: true })
    .fill("Deux écrans interactifs dans les salles de SVT.");
  await chef
    .getByLabel("Lien avec le projet d'établissement")
    .fill("Axe 2 : réussite en sciences.");
  await chef.getByLabel("Classes concernées").fill("5e A, 5e B");
  await chef.getByLabel("Enseignants engagés").fill("3");
  await chef.getByLabel(/^Écran numérique interactif \(ENI\) \(/).fill("2");
  await chef.getByLabel("Besoins de formation").fill("Prise en main des écrans.");
  await chef.getByRole("button", { name: "Enregistrer le dossier" }).click();
  await expect(chef.getByText(/Dossier enregistré \(demande chiffrée à/)).toBeVisible();
  // A PDF joined to the draft; the collectivité and the académie will read it with the dossier.
  await chef.getByLabel(/^Photos ou documents/).setInputFiles({
    name: "avis-conseil-pedagogique.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% Avis du conseil pédagogique\n%%EOF\n"),
  });
  await chef.getByRole("button", { name: "Joindre au dossier" }).click();
  await expect(chef.getByText("1 fichier joint au dossier.")).toBeVisible();
  await expect(chef.getByRole("link", { name: "avis-conseil-pedagogique.pdf" })).toBeVisible();
  await expectAccessible(chef);
  await chef.getByRole("button", { name: "Déposer le dossier" }).click();
  await expect(chef.getByText("Votre dossier est déposé.")).toBeVisible();

  for (const [page, at] of [
    [agent, path],
    [drane, `/a/14/appels/${id}`],
  ] as const) {
    await page.goto(at);
    await expect(
      page.getByRole("table", { name: /Dossiers déposés par les collèges/ }),
    ).toContainText("Les Gayeulles");
  }
  await expectAccessible(drane);
  await drane.goto("/a/14/appels");
  await expect(drane.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(drane);
  // Another académie has no page for it.
  const normandie = await signedInPage(browser, "drane.normandie@demo.tripartite.fr");
  expect((await normandie.goto(`/a/70/appels/${id}`))?.status()).toBe(404);
});
