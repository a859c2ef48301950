import { expect, test } from "@playwright/test";
import { expectAccessible, openModule, signedInPage } from "./helpers";
import { downloaded, signHere } from "./conventions.helpers";
import { pdfText } from "../support/pdf-text";

// The convention collectivité–EPLE: the demo's for Les Gayeulles waits for its chef. The chef signs
// it, then the collectivité's signatory; the académie never sees it.

test("la convention collectivité–établissement des Gayeulles est signée par le chef puis la collectivité, et l'académie ne la voit pas", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await openModule(agent, "Conventions");
  // The collectivité starts one for a collège that has none; the form says who signs.
  await expect(
    agent.getByRole("heading", { name: "Convention collectivité–établissement" }),
  ).toBeVisible();
  await expect(agent.getByLabel(/^Établissement \(\d+ sans cette convention\)$/)).toBeVisible();
  await expectAccessible(agent);

  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto("/e/0350027P/conventions");
  await chef
    .getByRole("row")
    .filter({ hasText: /CE-35-/ })
    .getByRole("link")
    .first()
    .click();
  await chef.waitForURL(/\/e\/0350027P\/conventions\/[\w-]+$/);
  const id = chef.url().split("/").at(-1)!;
  await expect(chef.getByRole("heading", { level: 1 })).toContainText(
    "équipements numériques mis à disposition",
  );
  // Two parties: no line for the État, and the signing order names the collège then the collectivité.
  await expect(chef.getByText("État :", { exact: true })).toHaveCount(0);
  await expectAccessible(chef);
  // A retried attempt finds it signed already.
  if (await chef.getByText(/Votre signature porte sur ce/).isVisible()) {
    await signHere(chef, "CA-2026-15");
    await expect(chef.getByText("Votre signature est enregistrée.")).toBeVisible();
  }

  // The académie has no page for it.
  const recteur = await signedInPage(browser, "recteur.rennes@demo.tripartite.fr");
  expect((await recteur.request.get(`/a/14/conventions/${id}`)).status()).toBe(404);

  const signataire = await signedInPage(browser, "signataire.35@demo.tripartite.fr");
  await signataire.goto(`/c/35/conventions/${id}`);
  if (await signataire.getByText(/Votre signature porte sur ce/).isVisible()) {
    await signHere(signataire, "CP-2026-12-07");
    await expect(
      signataire.getByText(/signée par toutes les parties, elle est en vigueur/),
    ).toBeVisible();
  }
  await expect(signataire.getByText("En vigueur").first()).toBeVisible();
  await expectAccessible(signataire);
  const href = await signataire
    .getByRole("link", { name: /Télécharger la version finale signée/ })
    .getAttribute("href");
  const text = pdfText(await downloaded(signataire, href!)).replace(/\s+/g, " ");
  expect(text).toContain("Convention relative aux équipements numériques mis à disposition");
  expect(text).toContain("Prêt d'équipements aux élèves et aux personnels");
  expect(text).not.toContain("État (académie)");

  // The chef's dashboard says where it stands, beside the tripartite.
  await chef.goto("/e/0350027P");
  await expect(
    chef.getByText(
      /^Convention collectivité–établissement \(équipements mis à disposition\) : CE-35-\d{4}-\d{4}, en vigueur jusqu'au /,
    ),
  ).toBeVisible();
});
