import { expect, test } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { DEMO_PASSWORD, expectAccessible, openModule, signedInPage, signIn } from "./helpers";
import {
  downloaded,
  fillWhatFreezingAsks,
  freezeAndSubmit,
  refusedFreeze,
  signHere,
  submitToVerifier,
} from "./conventions.helpers";
import { pdfText } from "../support/pdf-text";

// These three journeys stay in one file, run in this order: the DRANE's batch signs every
// convention awaiting the académie, so a convention another journey has in signature at the same
// moment would change its count.

test("une convention du collège Les Gayeulles va du brouillon à « en vigueur » avec trois signataires, et sa version finale se vérifie", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await openModule(agent, "Conventions");
  await agent.getByLabel(/^Collège \(/).selectOption("0350027P");
  await agent.getByRole("button", { name: "Créer le brouillon" }).click();
  await agent.waitForURL(/\/c\/35\/conventions\/[\w-]+$/);
  const id = agent.url().split("/").at(-1)!;
  await expect(agent.getByRole("heading", { level: 1 })).toContainText("Les Gayeulles");
  await expectAccessible(agent);

  // A bad date is refused in French and the draft stays as it was.
  const fin = await agent.getByLabel("Fin", { exact: true }).inputValue();
  await agent.getByLabel("Fin", { exact: true }).fill("2020-01-01");
  await agent.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(
    agent.getByText("La date de fin doit suivre la date d'entrée en vigueur."),
  ).toBeVisible();
  await agent.getByLabel("Fin", { exact: true }).fill(fin);
  await agent.reload();

  // In force from today, not from next month (the default): the assistance journey
  // (assistance.spec.ts) is routed by its matrix the day after the signature.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  await agent.getByLabel("Entrée en vigueur", { exact: true }).fill(today);
  await agent.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  // The field holds the typed value at once: wait for the server's word before reloading.
  await expect(agent.getByText(/^Brouillon de CT-35-\d{4}-\d{4} enregistré\.$/)).toBeVisible();
  await agent.reload();
  await expect(agent.getByLabel("Entrée en vigueur", { exact: true })).toHaveValue(today);

  // Written together: the chef proposes a change to article 2, which only the agent can accept;
  // accepted, it is in the draft.
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto(`/e/0350027P/conventions/${id}`);
  await expect(chef.getByRole("heading", { name: "Propositions des parties" })).toBeVisible();
  await chef.getByLabel("Objet", { exact: true }).selectOption({ index: 1 });
  const proposal = "La commission numérique du collège se réunit chaque trimestre.";
  const proposed = chef.getByLabel(/^Texte proposé pour l'article 2/);
  await proposed.fill(`${await proposed.inputValue()}\n\n${proposal}`);
  await chef.getByLabel("Motif de la proposition").fill("Notre commission numérique existe déjà.");
  await chef.getByRole("button", { name: "Envoyer la proposition" }).click();
  await expect(chef.getByText("Votre proposition est transmise à la collectivité")).toBeVisible();
  await expect(chef.getByRole("button", { name: /^Accepter/ })).toHaveCount(0);
  await expectAccessible(chef);
  await agent.reload();
  await expect(agent.getByText(/Une proposition attend votre réponse/)).toBeVisible();
  await agent.getByRole("button", { name: "Accepter et l'appliquer au brouillon" }).click();
  await expect(agent.getByText("La proposition est acceptée")).toBeVisible();
  await expect(
    agent.getByRole("textbox", { name: "Texte de l'article 2", exact: true }),
  ).toHaveValue(new RegExp(proposal));
  await expectAccessible(agent);
  await agent.goto(`/c/35/conventions/${id}`);

  // An article edited and never saved with « Enregistrer le brouillon »: freezing takes it, or says why not.
  const edit = "Les parties se réunissent chaque trimestre, ajout fait juste avant de figer.";
  const article1 = agent.getByRole("textbox", { name: "Texte de l'article 1", exact: true });
  await article1.fill(`${await article1.inputValue()}\n\n${edit}`);
  await expect(agent.getByText("Modifications non enregistrées.")).toBeVisible();
  // Placeholders do not reach signature: every unfilled variable is named, nothing is frozen, the edit stays on screen.
  const refusal = await refusedFreeze(agent);
  expect(refusal).toContain("référent technique ({{referent.technique}})");
  expect(refusal).toContain("interlocuteur de la collectivité ({{referent.collectivite}})");
  await expect(article1).toHaveValue(new RegExp(edit));
  await expect(agent.getByText("En signature")).toHaveCount(0);
  await expectAccessible(agent);
  await fillWhatFreezingAsks(agent, refusal);
  // Leaving with unsaved edits asks first; staying keeps them.
  let asked = "";
  agent.once("dialog", async (dialog) => {
    asked = dialog.message();
    await dialog.dismiss();
  });
  await agent.getByRole("link", { name: "← Toutes les conventions" }).click();
  await expect.poll(() => asked).toContain("ne sont pas enregistrées");
  await expect(agent).toHaveURL(new RegExp(`/c/35/conventions/${id}$`));
  await expect(article1).toHaveValue(new RegExp(edit));
  await freezeAndSubmit(agent);
  await expect(agent.getByText("En signature").first()).toBeVisible();
  // What was on screen is what was frozen: on the page and in the PDF, variables filled, annexes numbered alike.
  await expect(agent.getByText(edit)).toBeVisible();
  await expect(agent.locator("main")).not.toContainText("{{");
  const frozenHref = await agent
    .getByRole("link", { name: "PDF figé" })
    .first()
    .getAttribute("href");
  const frozenText = pdfText(await downloaded(agent, frozenHref!)).replace(/\s+/g, " ");
  expect(frozenText).toContain(edit);
  expect(frozenText).toContain("M. Référent technique");
  for (const absent of ["{{", "[à compléter"]) expect(frozenText).not.toContain(absent);
  expect(frozenText).toContain("l'annexe 1 : l'inventaire des équipements");
  expect(frozenText).toContain("l'annexe 2 : le tableau des niveaux de service");
  expect(frozenText).toMatch(/Annexe 1 – Inventaire des équipements au/);
  expect(frozenText).toContain("Annexe 2 – Niveaux de service");

  // The chef finds it among what awaits them, reads the frozen PDF's hash, signs with their password.
  await chef.goto("/e/0350027P/conventions?tab=a-signer");
  await chef
    .getByRole("row")
    .filter({ hasText: "Les Gayeulles" })
    .filter({ hasText: /CT-35-/ })
    .getByRole("link")
    .click();
  await chef.waitForURL(/\/e\/0350027P\/conventions\/[\w-]+$/);
  await expect(chef.getByLabel("Votre mot de passe (confirmation de signature)")).toBeVisible();
  // The signatory reads the text the PDF prints, not the template's variables.
  await expect(chef.getByText(edit)).toBeVisible();
  await expect(chef.locator("main")).not.toContainText("{{");
  // The collège signs under a délibération of its CA: nothing of a delegation is prefilled.
  await expect(
    chef.getByLabel(/Numéro de la délibération du conseil d'administration/),
  ).toHaveValue("");
  await expectAccessible(chef);
  await chef.getByLabel("Votre mot de passe (confirmation de signature)").fill("mauvais");
  await chef.getByLabel(/Numéro de la délibération/).fill("CA-2026-11");
  await chef.getByLabel("Date de cette autorisation").fill("2026-11-02");
  await chef.getByRole("button", { name: "Signer la convention" }).click();
  await expect(
    chef.getByText("Mot de passe incorrect : la signature n'a pas été enregistrée."),
  ).toBeVisible();
  await signHere(chef, "CA-2026-11");
  await expect(chef.getByText("Votre signature est enregistrée.")).toBeVisible();

  const recteur = await signedInPage(browser, "recteur.rennes@demo.tripartite.fr");
  await recteur.goto(`/a/14/conventions/${id}`);
  await signHere(recteur, null);
  await expect(recteur.getByText("Votre signature est enregistrée.")).toBeVisible();

  const signataire = await signedInPage(browser, "signataire.35@demo.tripartite.fr");
  await signataire.goto(`/c/35/conventions/${id}`);
  await signHere(signataire, "CP-2026-10-12");
  await expect(
    signataire.getByText(/signée par toutes les parties, elle est en vigueur/),
  ).toBeVisible();
  await expect(signataire.getByText("En vigueur").first()).toBeVisible();
  await expectAccessible(signataire);

  // The final PDF verifies on the public page; a copy changed by one byte does not.
  const href = await signataire
    .getByRole("link", { name: /Télécharger la version finale signée/ })
    .getAttribute("href");
  const pdf = await downloaded(signataire, href!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/verifier");
  await expectAccessible(visitor);
  await submitToVerifier(visitor, "convention.pdf", pdf);
  await expect(visitor.getByRole("heading", { name: "Document reconnu" })).toBeVisible();
  await expect(visitor.getByText("Les Gayeulles").first()).toBeVisible();
  await expectAccessible(visitor);
  const altered = Buffer.concat([pdf, Buffer.from("\n%altéré")]);
  await submitToVerifier(visitor, "modifiee.pdf", altered);
  await expect(visitor.getByRole("heading", { name: "Document non reconnu" })).toBeVisible();

  // An avenant changes an article; once signed, the consolidated version shows it.
  await agent.goto(`/c/35/conventions/${id}`);
  await agent.getByRole("button", { name: "Rédiger un avenant" }).click();
  await agent.waitForURL((url) => !url.pathname.endsWith(id));
  const avenantId = agent.url().split("/").at(-1)!;
  const body = agent.getByRole("textbox", { name: /Texte de l'article 2/ });
  await body.fill("Le présent avenant porte la durée de la convention à quatre années scolaires.");
  await agent.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(agent.getByText(/Brouillon de AV-35-/)).toBeVisible();
  await agent.reload();
  await expect(
    agent.getByRole("heading", { name: "Modifications apportées par l'avenant" }),
  ).toBeVisible();
  await expectAccessible(agent);
  await freezeAndSubmit(agent);
  await chef.goto(`/e/0350027P/conventions/${avenantId}`);
  await signHere(chef, "CA-2026-12");
  await expect(chef.getByText("Votre signature est enregistrée.")).toBeVisible();
  await recteur.goto(`/a/14/conventions/${avenantId}`);
  await signHere(recteur, null);
  await expect(recteur.getByText("Votre signature est enregistrée.")).toBeVisible();
  await signataire.goto(`/c/35/conventions/${avenantId}`);
  await signHere(signataire, "CP-2026-12-01");
  await expect(
    signataire.getByText(/signée par toutes les parties, elle est en vigueur/),
  ).toBeVisible();
  await signataire.goto(`/c/35/conventions/${id}`);
  await expect(
    signataire.getByRole("heading", { name: "Version consolidée en vigueur" }),
  ).toBeVisible();
  await expect(
    signataire.getByText(
      "Le présent avenant porte la durée de la convention à quatre années scolaires.",
    ),
  ).toBeVisible();

  // Calvados cannot reach any of it.
  const calvados = await signedInPage(browser, "agent.14@demo.tripartite.fr");
  expect((await calvados.goto(`/c/35/conventions/${id}`))?.status()).toBe(404);
  expect((await calvados.goto(`/c/14/conventions/${id}`))?.status()).toBe(404);
  expect((await calvados.request.get(href!.replace("/c/35/", "/c/14/"))).status()).toBe(404);
  expect((await calvados.goto("/a/14/conventions"))?.status()).toBe(404);
});

test("la DRANE de Rennes signe par lot des conventions de deux départements", async ({ page }) => {
  await signIn(page, "drane.rennes@demo.tripartite.fr");
  await page.goto("/a/14/conventions");
  await expect(page.getByRole("heading", { name: "Signer par lot" })).toBeVisible();
  await expectAccessible(page);
  const batch = page
    .locator("form")
    .filter({ has: page.getByRole("heading", { name: "Signer par lot" }) });
  await expect(
    batch
      .getByText("Collège Jules Ferry")
      .or(batch.getByText(/CT-22-/))
      .first(),
  ).toBeVisible();
  await expect(batch.getByText(/CT-35-/).first()).toBeVisible();
  await batch.getByLabel("Date de cette autorisation").fill("2025-09-01");
  await batch.getByLabel("Votre mot de passe (confirmation de signature)").fill(DEMO_PASSWORD);
  await batch.getByRole("button", { name: "Signer les conventions cochées" }).click();
  await expect(page.getByText("3 conventions signées sur 3.")).toBeVisible();
  await expect(page.getByText(/CT-22-\d{4}-\d{4} signée\./)).toBeVisible();
  await expect(page.getByText(/CT-35-\d{4}-\d{4} signée\./)).toHaveCount(2);
  // The password confirmed that batch; it does not stay in the form.
  await expect(batch.getByLabel("Votre mot de passe (confirmation de signature)")).toHaveValue("");
  await expectAccessible(page);
});

test("l'agent ne déclare que la signature papier d'un collège sans chef sur Tripartite ; la déclaration est affichée sur la convention et sur /verifier", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35/conventions");
  // A collège of the demo without a convention in progress, and without chef on the platform (not 0350027P).
  const uais = await agent
    .getByLabel(/^Collège \(/)
    .locator("option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const uai = uais.find((value) => /^[0-9]{7}[A-Z]$/.test(value) && value !== "0350027P")!;
  await agent.getByLabel(/^Collège \(/).selectOption(uai);
  await agent.getByRole("button", { name: "Créer le brouillon" }).click();
  await agent.waitForURL(/\/c\/35\/conventions\/[\w-]+$/);
  await fillWhatFreezingAsks(agent, await refusedFreeze(agent));
  await freezeAndSubmit(agent);

  // No form to record the collectivité's or the académie's signature: only the collège's, as a declaration.
  await expect(agent.getByText("Enregistrer votre signature hors plateforme (papier)")).toHaveCount(
    0,
  );
  const form = agent.locator("details").filter({
    hasText: "Déclarer la signature papier d'une partie sans signataire sur Tripartite",
  });
  await form.locator("summary").click();
  await expect(form.getByLabel("Partie signataire").locator("option")).toHaveText([
    "Établissement (EPLE)",
  ]);
  const fill = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    await form.getByLabel("Nom du signataire (sur le papier)").fill("Mme Principale Fictive");
    await form.getByLabel("Qualité du signataire").fill("Principale");
    await form.getByLabel("Date de la signature").fill("2026-11-20");
    await form.getByLabel(/Référence de l'autorisation/).fill("CA 2026-07");
    await form.getByLabel("Date de l'autorisation").fill("2026-11-02");
    await form.getByLabel("Votre mot de passe (confirmation)").fill(DEMO_PASSWORD);
    await form.getByLabel(/Copie numérisée signée/).setInputFiles(file);
    await form.getByRole("button", { name: "Déclarer la signature papier" }).click();
  };
  // 50 bytes that start like a PDF are not a scan.
  await fill({
    name: "faux.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n".padEnd(50, "x")),
  });
  await expect(
    agent.getByText("La copie numérisée doit être un fichier PDF lisible, d'au moins une page."),
  ).toBeVisible();
  const scan = await PDFDocument.create();
  scan.addPage([595, 842]);
  await fill({
    name: "scan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(await scan.save()),
  });
  await expect(
    agent.getByText("La déclaration de signature papier est enregistrée."),
  ).toBeVisible();

  const steps = agent.getByRole("table", { name: /Étapes de signature/ });
  const eple = steps.getByRole("row").filter({ hasText: "Établissement (EPLE)" });
  await expect(eple.getByText("Signature papier déclarée par la collectivité")).toBeVisible();
  await expect(
    eple.getByText(/Déclarée par Yann Morvan <agent\.35@demo\.tripartite\.fr>/),
  ).toBeVisible();
  await expect(eple.getByText(/Copie SHA-256 [0-9a-f]{64}/)).toBeVisible();
  await expect(
    agent.getByText("Déclarer la signature papier d'une partie sans signataire sur Tripartite"),
  ).toHaveCount(0);
  await expectAccessible(agent);

  // The frozen PDF, verified by anyone: the declaration says who declared it, with the scan's hash.
  const href = await agent.getByRole("link", { name: "PDF figé" }).first().getAttribute("href");
  const frozen = await downloaded(agent, href!);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/verifier");
  await submitToVerifier(visitor, "convention.pdf", frozen);
  await expect(visitor.getByRole("heading", { name: "Document reconnu" })).toBeVisible();
  await expect(
    visitor.getByText("signature papier déclarée par Yann Morvan (collectivité)"),
  ).toBeVisible();
  await expect(visitor.getByText(/copie numérisée SHA-256 [0-9a-f]{64}/)).toBeVisible();
  await expectAccessible(visitor);
});
