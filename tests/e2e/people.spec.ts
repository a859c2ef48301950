import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, openModule, signIn } from "./helpers";

const PASSWORD = "Verger-Lune-Piano-47";

/**
 * The newest invitation link mailed to `email` (skipping mails that mention `notText`), read in the
 * demo outbox by the platform administrator: an anonymous visitor sees no mail, and the invitee
 * may have no account yet.
 */
async function invitationLink(browser: Browser, email: string, notText?: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "admin@demo.tripartite.fr");
  let mail = page.getByRole("article").filter({ hasText: email });
  if (notText) mail = mail.filter({ hasNotText: notText });
  await expect(async () => {
    await page.goto("/courriels");
    await expect(mail.first()).toBeVisible({ timeout: 1_000 });
  }).toPass();
  const href = await mail.first().getByRole("link").getAttribute("href");
  await context.close();
  return href!;
}

/** Fills and sends the invitation form of a « Personnes » page: name, address, space (UAI, or "" for the page's own) and role. */
async function sendInvitation(
  page: Page,
  name: string,
  email: string,
  space: string,
  role: string,
): Promise<void> {
  await page.getByLabel("Nom et prénom").fill(name);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Espace", { exact: true }).selectOption(space);
  await page.getByLabel("Rôle", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
}

test("l'administrateur du 35 invite une personne, qui accepte, se connecte, puis change de rôle", async ({
  page,
  browser,
}) => {
  const email = `invitee.${Date.now()}@exemple.fr`;
  await signIn(page, "admin.35@demo.tripartite.fr");
  await openModule(page, "Personnes");

  // Bad input first: a clear French message, nothing created.
  await page.getByLabel("Nom et prénom").fill("Camille Invitée");
  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText("Adresse e-mail invalide.")).toBeVisible();

  // A role above the inviter's is not even offered; an élu is.
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle", { exact: true }).selectOption("ELU");
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();
  await expect(page.getByText(`<${email}>`)).toBeVisible();

  // An anonymous visitor of the demo outbox sees no mail, so no invitation token.
  const anonymous = await browser.newContext();
  const anonymousPage = await anonymous.newPage();
  await anonymousPage.goto("/courriels");
  await expect(anonymousPage.getByText(/Connectez-vous/).first()).toBeVisible();
  await expect(
    anonymousPage.getByRole("note", { name: "Courriels de démonstration" }),
  ).toContainText("aucun courriel ne part");
  expect(await anonymousPage.content()).not.toContain("/invitation/");
  expect(await anonymousPage.content()).not.toContain(email);
  await expectAccessible(anonymousPage);
  await anonymous.close();

  // The invitee has no account yet: the platform administrator reads the mail for them.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await signIn(readerPage, "admin@demo.tripartite.fr");
  await readerPage.goto("/courriels");
  await expectAccessible(readerPage);
  const mail = readerPage.getByRole("article").filter({ hasText: email }).first();
  const link = await mail.getByRole("link").getAttribute("href");
  expect(link).toMatch(/\/invitation\//);
  await reader.close();

  // The invitee, in another browser, follows the link and accepts.
  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link!);
  await expect(inviteePage.getByText("Département d'Ille-et-Vilaine")).toBeVisible();
  await expectAccessible(inviteePage);
  await inviteePage.getByLabel("Choisissez un mot de passe").fill("court");
  await inviteePage.getByLabel("Confirmez le mot de passe").fill("court");
  await inviteePage.getByRole("button", { name: "Accepter l'invitation" }).click();
  await expect(inviteePage.getByText(/Mot de passe trop court/)).toBeVisible();
  // Long enough, a letter and a digit, but one of the first passwords an attacker tries.
  await inviteePage.getByLabel("Choisissez un mot de passe").fill("password1234");
  await inviteePage.getByLabel("Confirmez le mot de passe").fill("password1234");
  await inviteePage.getByRole("button", { name: "Accepter l'invitation" }).click();
  await expect(inviteePage.getByText(/trop courant ou trop facile à deviner/)).toBeVisible();
  await inviteePage.getByLabel("Choisissez un mot de passe").fill("MotDePasse2026");
  await inviteePage.getByLabel("Confirmez le mot de passe").fill("MotDePasse2026");
  await inviteePage.getByRole("button", { name: "Accepter l'invitation" }).click();
  await expect(inviteePage.getByText(`Bienvenue ! Connectez-vous avec ${email}.`)).toBeVisible();
  const usedLink = inviteePage.url();

  await signIn(inviteePage, email, "MotDePasse2026");
  await expect(inviteePage).toHaveURL(/\/c\/35$/);
  await expect(inviteePage.getByText("Élu").first()).toBeVisible();
  // The link works once.
  await inviteePage.goto(usedLink);
  await expect(inviteePage.getByText(/déjà été utilisée/)).toBeVisible();

  // The administrator makes the élu an agent.
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("combobox").selectOption("AGENT");
  await row.getByRole("button", { name: /Changer le rôle/ }).click();
  await expect(row.getByText("Rôle modifié.")).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: email })
      .getByRole("cell", { name: "Agent gestionnaire", exact: true }),
  ).toBeVisible();

  // The new member changes their password on « Mon compte »: a common one is refused, then every
  // session ends and the new password is the one that works.
  await inviteePage.getByRole("link", { name: "Mon compte" }).click();
  await expect(inviteePage.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  await expectAccessible(inviteePage);
  await inviteePage.getByLabel("Mot de passe actuel").fill("MotDePasse2026");
  await inviteePage.getByLabel("Nouveau mot de passe", { exact: true }).fill("password1234");
  await inviteePage.getByLabel("Confirmez le nouveau mot de passe").fill("password1234");
  await inviteePage.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(
    inviteePage.getByText(/trop courant ou trop facile à deviner/).first(),
  ).toBeVisible();
  await inviteePage.getByLabel("Nouveau mot de passe", { exact: true }).fill("Lauréat-35-Vitré");
  await inviteePage.getByLabel("Confirmez le nouveau mot de passe").fill("Lauréat-35-Vitré");
  await inviteePage.getByRole("button", { name: "Changer le mot de passe" }).click();
  await inviteePage.waitForURL(/\/connexion/);
  await signIn(inviteePage, email, "Lauréat-35-Vitré");
  await expect(inviteePage).toHaveURL(/\/c\/35$/);
  await invitee.close();
});

test("un élu voit les personnes sans pouvoir les gérer ; un autre département reçoit une 404", async ({
  page,
}) => {
  await signIn(page, "elu.35@demo.tripartite.fr");
  const forbidden = await page.goto("/c/35/personnes");
  expect(forbidden?.status()).toBe(404);

  await page.context().clearCookies();
  await signIn(page, "agent.14@demo.tripartite.fr");
  for (const path of ["/c/35/personnes", "/a/14/personnes", "/e/0350027P/personnes"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const exported = await page.request.get("/c/35/etablissements/export");
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain("0350027P");
});

test("le chef d'établissement gère les personnes de son collège", async ({ page }) => {
  await signIn(page, "chef.0350027p@demo.tripartite.fr");
  await page.goto("/e/0350027P/personnes");
  await expect(page.getByRole("heading", { name: "Inviter une personne" })).toBeVisible();
  const roles = await page.getByLabel("Rôle", { exact: true }).locator("option").allTextContents();
  expect(roles).toEqual([
    "Gestionnaire",
    "Référent numérique",
    "Référent technique",
    "Chef d'établissement",
  ]);
  await expectAccessible(page);
});

test("une invitation pour un compte existant demande de se connecter avec ce compte, puis l'ajoute à ce compte seulement", async ({
  page,
  browser,
}) => {
  const email = `existant.${Date.now()}@exemple.fr`;
  await signIn(page, "admin.35@demo.tripartite.fr");
  await page.goto("/c/35/personnes");
  // Never oneself, and never a chef of a collège named by the collectivité at an address it chooses.
  await sendInvitation(page, "Claire Le Goff", "admin.35@demo.tripartite.fr", "0350913C", "CHEF");
  await expect(page.getByText(/Vous ne pouvez pas vous inviter vous-même/)).toBeVisible();
  await sendInvitation(page, "Complice", `complice.${Date.now()}@exemple.fr`, "0350913C", "CHEF");
  await expect(
    page
      .getByText(
        /Le premier chef d'établissement est invité à l'adresse institutionnelle du collège : ce\.0350913c@ac-rennes\.fr\./,
      )
      .first(),
  ).toBeVisible();

  // A first invitation creates the account…
  await sendInvitation(page, "Camille Existante", email, "", "ELU");
  await expect(page.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();
  // The invitee has no account yet: the platform administrator reads the mail for them.
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(await invitationLink(browser, email));
  await invitee.getByLabel("Choisissez un mot de passe").fill(PASSWORD);
  await invitee.getByLabel("Confirmez le mot de passe").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Accepter l'invitation" }).click();
  await expect(invitee.getByText(`Bienvenue ! Connectez-vous avec ${email}.`)).toBeVisible();

  // …a second one, for that existing account, asks to sign in with it and comes back.
  await sendInvitation(page, "Camille Existante", email, "0350913C", "REFERENT_NUMERIQUE");
  await expect(page.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();
  // The second mail, not the first (already used) one: it names the collège, not the Département.
  await invitee.goto(await invitationLink(browser, email, "Département d'Ille-et-Vilaine"));
  await expect(invitee.getByText(`Un compte Tripartite existe déjà pour ${email}.`)).toBeVisible();
  await expect(invitee.getByRole("button", { name: "Accepter l'invitation" })).toHaveCount(0);
  await expectAccessible(invitee);
  const invitationPath = new URL(invitee.url()).pathname;
  await invitee.getByRole("link", { name: "Connectez-vous avec ce compte" }).click();
  await invitee.waitForURL(/\/connexion/);
  await invitee.getByLabel("Adresse e-mail").fill(email);
  await invitee.getByLabel("Mot de passe").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Se connecter" }).click();
  await invitee.waitForURL((url) => url.pathname === invitationPath);
  await expect(
    invitee.getByText("Vous avez déjà un compte Tripartite avec cette adresse"),
  ).toBeVisible();
  await invitee.getByRole("button", { name: "Accepter l'invitation" }).click();
  await expect(
    invitee.getByText("Invitation acceptée : l'espace est ajouté à votre compte."),
  ).toBeVisible();
  await invitee.goto("/e/0350913C");
  await expect(invitee.getByRole("heading", { level: 1 })).toBeVisible();
  await invitee.context().close();
});
