import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

/**
 * Fills what freezing asks of a draft built from the default template, as the refusal listed it:
 * the référents and, without a convention-cadre, its reference marked « sans objet ».
 */
export async function fillWhatFreezingAsks(page: Page, refusal: string) {
  await page
    .getByLabel("Référent numérique de l'établissement", { exact: true })
    .fill("Mme Référente numérique");
  await page.getByLabel("Référent technique", { exact: true }).fill("M. Référent technique");
  await page
    .getByLabel("Interlocuteur de la collectivité", { exact: true })
    .fill("Service du numérique éducatif");
  if (refusal.includes("{{convention_cadre.reference}}"))
    await page.getByLabel("Pas de convention-cadre : sa référence est « sans objet »").check();
}

/** Clicks « Figer et soumettre » and returns the refusal it shows. */
export async function refusedFreeze(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Figer et soumettre à la signature" }).click();
  const refusal = page.getByText(/^Impossible de figer :/);
  await expect(refusal).toBeVisible();
  return (await refusal.textContent()) ?? "";
}

/** Signs the open convention page as the signed-in party. */
export async function signHere(page: Page, reference: string | null) {
  await expect(page.getByText(/Votre signature porte sur ce/)).toBeVisible();
  if (reference !== null)
    await page.getByLabel(/Numéro de la délibération|Référence de l'arrêté/).fill(reference);
  await page.getByLabel("Date de cette autorisation").fill("2026-11-02");
  await page.getByLabel("Votre mot de passe (confirmation de signature)").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Signer la convention" }).click();
}

/** Clicks « Figer et soumettre » on a draft that has all it needs, and waits for the confirmation. */
export async function freezeAndSubmit(page: Page) {
  await page.getByRole("button", { name: "Figer et soumettre à la signature" }).click();
  await expect(
    page.getByText("La convention est figée et soumise à la signature", { exact: false }),
  ).toBeVisible();
}

/** The body of a file the signed-in page may download (a PDF link's href). */
export async function downloaded(page: Page, href: string): Promise<Buffer> {
  return Buffer.from(await (await page.request.get(href)).body());
}

/** Gives a PDF to the public /verifier page, already open, and asks it to check. */
export async function submitToVerifier(visitor: Page, name: string, buffer: Buffer) {
  await visitor
    .getByLabel("PDF de la convention")
    .setInputFiles({ name, mimeType: "application/pdf", buffer });
  await visitor.getByRole("button", { name: /Vérifier/ }).click();
}
