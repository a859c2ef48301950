import { readFile } from "node:fs/promises";
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

// The import of a network file (issue 19): a refused file shows its lines and writes nothing; the
// demo's fictitious operator file is previewed change by change, then confirmed; the map shows the
// bands; the 2027 campaign warns, before any decision, of a collège set under 50 Mbit/s by hand;
// the DRANE compares the académie's four départements.
test("l'agent importe un relevé réseau, voit la carte, et la campagne 2027 l'avertit ; la DRANE compare ses départements", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35/etablissements/reseau");
  const importSection = agent.getByRole("region", { name: "Importer un fichier réseau" });
  const fileInput = importSection.getByLabel(/Fichier réseau, CSV ou XLSX/);

  // A bad file: an unknown UAI and a speed that is not one, refused with their lines.
  await fileInput.setInputFiles({
    name: "reseau-faux.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("UAI;Débit descendant (Mbit/s)\n0359999Z;100\n0350027P;rapide\n"),
  });
  await importSection.getByRole("button", { name: "Prévisualiser l'import" }).click();
  await expect(importSection.getByText(/Import refusé : aucune ligne/)).toBeVisible();
  const errors = importSection.getByRole("table", { name: /erreurs : aucune ligne/ });
  await expect(errors.getByRole("row").filter({ hasText: "0359999Z" })).toContainText("2");
  await expect(errors.getByRole("row").filter({ hasText: "un débit en Mbit/s" })).toContainText(
    "3",
  );
  await expectAccessible(agent);

  // The demo's operator file, one speed made this run's own so that a retry still changes it.
  const [download] = await Promise.all([
    agent.waitForEvent("download"),
    importSection.getByRole("link", { name: "relevé fictif (CSV)" }).click(),
  ]);
  const lines = (await readFile(await download.path(), "utf8"))
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  expect(lines[0]).toMatch(/^UAI;Collège;Technologie;Débit descendant \(Mbit\/s\)/);
  const first = lines[1]!.split(";");
  const mbps = String(100 + (Date.now() % 800));
  first[3] = mbps;
  lines[1] = first.join(";");
  await fileInput.setInputFiles({
    name: "releve-operateur.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(lines.join("\n")),
  });
  await importSection.getByRole("button", { name: "Prévisualiser l'import" }).click();
  await expect(importSection.getByText(/Aperçu : rien n'est encore enregistré/)).toBeVisible();
  const changes = importSection.getByRole("table", { name: "Changements à enregistrer" });
  await expect(changes.getByRole("row").filter({ hasText: first[0]! })).toContainText(
    `Débit descendant`,
  );
  await expectAccessible(agent);
  await importSection
    .getByRole("button", { name: "Confirmer l'import de « releve-operateur.csv »" })
    .click();
  await expect(importSection.getByText(/Import enregistré : /).first()).toBeVisible();
  await agent.goto(`/c/35/etablissements/${first[0]}`);
  await expect(
    agent.getByRole("table", { name: /Historique des débits et des salles/ }),
  ).toContainText(`${mbps} Mbit/s`);

  // The map of the bands, with its words.
  await agent.goto("/c/35/etablissements/reseau");
  await expect(
    agent.getByRole("img", { name: /Carte des \d+ collèges publics situés/ }),
  ).toBeVisible();
  await expect(agent.getByText(/atteignent 100 kbit\/s par élève/)).toBeVisible();

  // The 2027 campaign lists the collèges whose network is not ready; one set under 50 Mbit/s by
  // hand is listed with its speed, before any decision.
  await agent.goto("/c/35/campagnes");
  await agent
    .getByRole("link", { name: /exercice 2027/ })
    .first()
    .click();
  const gate = agent.getByRole("region", { name: /Avant de décider : réseau des collèges/ });
  await expect(gate).toBeVisible();
  const listed = (await gate.getByRole("listitem").first().textContent())!;
  const uai = /\((\d{7}[A-Z])\)/.exec(listed)![1]!;
  const campaignUrl = agent.url();
  await agent.goto(`/c/35/etablissements/${uai}`);
  const section = agent.getByRole("region", { name: "Réseau et services numériques" });
  await section.getByText("Renseigner ou corriger le réseau du collège").click();
  const slow = String(20 + (Date.now() % 20));
  await section.getByLabel("Débit descendant (Mbit/s)").fill(slow);
  await section.getByRole("button", { name: "Enregistrer le réseau du collège" }).click();
  await expect(section.getByText(/Réseau du collège enregistré/)).toBeVisible();
  await agent.goto(campaignUrl);
  await expect(gate.getByRole("listitem").filter({ hasText: uai })).toContainText(
    "débit sous 50 Mbit/s",
  );
  await expectAccessible(agent);

  // The DRANE compares 22, 29, 35 and 56.
  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto("/a/14/etablissements");
  await drane.getByRole("link", { name: /Réseau des collèges/ }).click();
  await drane.waitForURL(/\/a\/14\/etablissements\/reseau$/);
  const table = drane.getByRole("table", { name: /par département/ });
  for (const code of ["22", "29", "35", "56"])
    await expect(table.getByRole("row").filter({ hasText: `(${code})` })).toBeVisible();
  await expectAccessible(drane);
});

// The collège suggests, the collectivité answers (a refusal needs a reason); the catalogue of
// services is the collectivité's, and a collège that uses a service can name it in an incident.
test("le chef suggère une correction du réseau, l'agent y répond ; l'agent tient le catalogue des services que le chef retrouve en signalant un incident", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36).toUpperCase();
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  const own = chef.getByRole("region", { name: "Réseau et services numériques" });
  await own.getByText("Suggérer une correction à la collectivité").click();
  await own.getByLabel("Correction suggérée").fill(`La salle 12 n'a plus de Wi-Fi (${run}).`);
  await own.getByRole("button", { name: "Envoyer la suggestion à la collectivité" }).click();
  await expect(own.getByText(/Suggestion envoyée à la collectivité/)).toBeVisible();
  await chef.reload();
  const mine = own.getByRole("listitem").filter({ hasText: run });
  await expect(mine).toContainText("En attente de la collectivité");
  await expectAccessible(chef);

  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35/etablissements/reseau");
  await expect(
    agent.getByRole("table", { name: /Corrections suggérées par les collèges/ }),
  ).toContainText(run);
  await agent.goto("/c/35/etablissements/0350027P");
  const item = agent.getByRole("listitem").filter({ hasText: run });
  await item.getByText("Répondre à cette suggestion").click();
  await item.getByLabel("Suite donnée").selectOption("ECARTEE");
  await item.getByRole("button", { name: "Répondre au collège" }).click();
  await expect(item.getByText(/dites pourquoi/).first()).toBeVisible();
  await item.getByLabel(/Réponse au collège/).fill("Mesure faite : la borne fonctionne.");
  await item.getByRole("button", { name: "Répondre au collège" }).click();
  // Answered, the suggestion shows the answer in place of the form.
  await expect(item).toContainText(
    /Réponse de .+ \(collectivité\).*Mesure faite : la borne fonctionne\./,
  );
  await chef.reload();
  await expect(mine).toContainText("Mesure faite : la borne fonctionne.");

  // The catalogue: a service added, used by Les Gayeulles.
  await agent.goto("/c/35/etablissements/reseau");
  await agent.getByRole("link", { name: /Catalogue des services numériques/ }).click();
  await agent.waitForURL(/\/c\/35\/etablissements\/services$/);
  await expectAccessible(agent);
  const name = `Banque de ressources ${run}`;
  const add = agent.getByRole("region", { name: "Ajouter un service" });
  await add.getByLabel("Type de service").selectOption("RESSOURCES");
  await add.getByLabel("Nom du service").fill(name);
  await add.getByLabel("Fournisseur").fill("Éditeur fictif");
  await add.getByLabel(/Coût annuel/).fill("-3");
  await add.getByRole("button", { name: "Ajouter le service" }).click();
  await expect(add.getByText(/Coût annuel \(€ TTC\) : montant en euros/).first()).toBeVisible();
  await add.getByLabel(/Coût annuel/).fill("1 200");
  await add.getByRole("button", { name: "Ajouter le service" }).click();
  await expect(agent.getByRole("table", { name: /Services du catalogue/ })).toContainText(name);
  await agent.getByText(`Modifier ${name} et ses collèges`).click();
  const uses = agent.getByRole("group", { name: `Collèges qui utilisent ${name}` });
  await uses.getByLabel(/Les Gayeulles/).check();
  await agent.getByRole("button", { name: "Enregistrer les collèges" }).click();
  await expect(agent.getByText(/Collèges utilisant ce service enregistrés \(1\)/)).toBeVisible();

  await chef.goto("/e/0350027P");
  await expect(
    chef.getByRole("table", { name: /Services du catalogue de la collectivité utilisés/ }),
  ).toContainText(name);
  await chef.goto("/e/0350027P/assistance/signaler");
  await expect(
    chef.getByLabel("Service concerné (facultatif)").locator("option", { hasText: name }),
  ).toHaveCount(1);
  await expectAccessible(chef);
});
