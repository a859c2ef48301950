import { expect, test } from "@playwright/test";
import { expectAccessible, signedInPage } from "./helpers";
import { downloaded, submitToVerifier } from "./conventions.helpers";
import { pdfText } from "../support/pdf-text";

// Issue 17, annual review: the demo's frozen review of a 35 convention in force (the first by
// reference, prisma/seed/seed-reviews.ts) shows its figures and three assessments in each
// party's space and verifies on /verifier; a new review takes each party's own assessment, and
// cannot be frozen while one is missing. Other spaces get a 404.

const REFERENCE = "CT-35-2024-0001";

test("bilan annuel : chiffres et trois appréciations, PDF vérifiable, chaque partie écrit la sienne", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await agent.goto(`/c/35/conventions?q=${REFERENCE}`);
  await agent.getByRole("row").filter({ hasText: REFERENCE }).getByRole("link").first().click();
  await agent.waitForURL(/\/c\/35\/conventions\/[\w-]+$/);
  const conventionUrl = agent.url();
  const reviews = agent.getByRole("table", { name: /Bilans annuels de la convention/ });
  await reviews.getByRole("row").filter({ hasText: "Figé" }).getByRole("link").first().click();
  await agent.waitForURL(/\/c\/35\/conventions\/bilans\/[\w-]+$/);
  const reviewId = agent.url().split("/").pop()!;
  await expect(agent.getByRole("heading", { level: 1 })).toContainText("Bilan annuel du");
  await expect(agent.getByRole("heading", { name: "Ce qui a été mesuré" })).toBeVisible();
  await expect(
    agent
      .getByRole("table", { name: /Équipement en service et référentiel|Dotations du collège/ })
      .first(),
  ).toBeVisible();
  // The parties' commitments beside what Tripartite measured of them.
  const commitments = agent.getByRole("table", {
    name: "Engagements de la convention et ce qui a été mesuré",
  });
  await expect(
    commitments.getByRole("row", { name: /Former les enseignants aux usages/ }),
  ).toContainText("suivi par la partie, non mesuré dans Tripartite");
  await expect(
    commitments.getByRole("row", { name: /Prendre en charge les incidents/ }),
  ).toContainText("90 %");
  for (const party of ["Établissement (EPLE)", "État (académie)", "Collectivité"])
    await expect(agent.getByRole("heading", { level: 3, name: party })).toBeVisible();
  await expect(agent.getByText(/Pas encore rédigée/)).toHaveCount(0);
  await expect(agent.getByText(/Marc Guillemot, principal/)).toBeVisible();
  await expectAccessible(agent);

  // The PDF carries the three assessments and is recognised on /verifier.
  const href = await agent
    .getByRole("link", { name: "Télécharger le bilan (PDF)" })
    .getAttribute("href");
  const pdf = await downloaded(agent, href!);
  const text = pdfText(pdf).replace(/\s+/g, " ");
  expect(text).toContain("Appréciations des parties");
  expect(text).toContain("Ajouter deux bornes Wi-Fi au CDI");
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/verifier");
  await submitToVerifier(visitor, "bilan.pdf", pdf);
  await expect(visitor.getByRole("heading", { name: "Document reconnu" })).toBeVisible();
  await expect(visitor.getByText(/bilan annuel figé/)).toBeVisible();
  await expectAccessible(visitor);

  // The DRANE reads the same review in the académie's space.
  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto(`/a/14/conventions/bilans/${reviewId}`);
  await expect(drane.getByRole("heading", { level: 1 })).toContainText("Bilan annuel du");
  await expectAccessible(drane);

  // Another département, another académie, a collège not party to it: not found.
  const calvados = await signedInPage(browser, "agent.14@demo.tripartite.fr");
  expect((await calvados.goto(`/c/14/conventions/bilans/${reviewId}`))?.status()).toBe(404);
  const normandie = await signedInPage(browser, "drane.normandie@demo.tripartite.fr");
  expect((await normandie.goto(`/a/70/conventions/bilans/${reviewId}`))?.status()).toBe(404);
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  expect((await chef.goto(`/e/0350027P/conventions/bilans/${reviewId}`))?.status()).toBe(404);
  expect((await chef.goto(`/e/0350027P/conventions/bilans/${reviewId}/pdf`))?.status()).toBe(404);

  // A new review: the agent opens it and writes the collectivité's assessment, the DRANE the
  // State's; without the collège's, it is not frozen.
  await agent.goto(conventionUrl);
  // A retry finds the review the first attempt opened: one review in preparation at a time.
  const open = agent.getByRole("button", { name: "Ouvrir le bilan annuel" });
  if ((await open.count()) > 0) await open.click();
  else
    await reviews.getByRole("row").filter({ hasText: "En préparation" }).getByRole("link").click();
  await agent.waitForURL(/\/c\/35\/conventions\/bilans\/[\w-]+$/);
  const next = agent.url().split("/").pop()!;
  expect(next).not.toBe(reviewId);
  await agent.getByLabel("Appréciation d'ensemble").selectOption({ label: "Satisfaisant" });
  await agent
    .getByLabel("Appréciation de votre partie")
    .fill("Les engagements de la collectivité sont tenus.");
  await agent
    .getByRole("button", { name: "Enregistrer l'appréciation de la collectivité" })
    .click();
  await expect(agent.getByText("Appréciation de votre partie enregistrée.")).toBeVisible();
  await expectAccessible(agent);

  await drane.goto(`/a/14/conventions/bilans/${next}`);
  await expect(drane.getByRole("button", { name: /Figer le bilan/ })).toHaveCount(0);
  await drane.getByLabel("Appréciation d'ensemble").selectOption({ label: "À améliorer" });
  await drane
    .getByLabel("Appréciation de votre partie")
    .fill("Former les enseignants arrivés à la rentrée.");
  await drane
    .getByRole("button", { name: "Enregistrer l'appréciation de l'État (académie)" })
    .click();
  await expect(drane.getByText("Appréciation de votre partie enregistrée.")).toBeVisible();

  await agent.reload();
  await expect(agent.getByText("Former les enseignants arrivés à la rentrée.")).toBeVisible();
  await agent.getByRole("button", { name: /Figer le bilan/ }).click();
  await expect(agent.getByText(/Il manque l'appréciation de l'établissement/)).toBeVisible();
  await expect(agent.getByText("En préparation")).toBeVisible();
});
