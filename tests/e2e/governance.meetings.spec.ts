import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { DEMO_PASSWORD, expectAccessible, expectPagesAccessible, signedInPage } from "./helpers";
import { downloaded, submitToVerifier } from "./conventions.helpers";

// Issue 17, meetings: the collectivité convenes the comité de pilotage of the 35 convention-cadre
// (the invitation is read by a real iCalendar parser), records a meeting held, drafts its minutes
// with two decisions; both co-chairs approve from their own accounts; the approved PDF is
// recognised on /verifier. Another space gets a 404.

const COPIL = "Comité de pilotage du numérique éducatif en Ille-et-Vilaine";

/** A day `days` from today, as the date field takes it (AAAA-MM-JJ). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function openCopil(page: Page) {
  await page.goto("/c/35/instances");
  await page.getByRole("link", { name: COPIL }).click();
  await page.waitForURL(/\/c\/35\/instances\/[\w-]+$/);
}

async function schedule(page: Page, title: string, day: string) {
  await page.getByText("Programmer une séance").click();
  await page.getByLabel("Objet de la séance").fill(title);
  await page.getByLabel("Date", { exact: true }).fill(day);
  await page.getByLabel("Début (heure de Paris)").fill("14:00");
  await page.getByLabel("Fin (heure de Paris)").fill("16:00");
  await page.getByLabel("Lieu").fill("Hôtel du Département, Rennes");
  await page
    .getByLabel("Ordre du jour")
    .fill("Bilan du déploiement — DRANE\nPlan de renouvellement\nQuestions diverses");
  await page.getByRole("button", { name: "Programmer la séance" }).click();
  await page.waitForURL(/\/c\/35\/instances\/seances\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("séance convoquée avec une invitation valide, compte rendu approuvé par les deux coprésidents et vérifié", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");

  // A meeting to come: convened, each member's mail carries the invitation.
  await openCopil(agent);
  await schedule(agent, "Comité de pilotage de printemps", dayFromToday(40));
  await expectAccessible(agent);
  await agent.getByRole("button", { name: "Convoquer les membres" }).click();
  await expect(agent.getByText(/^Convocation envoyée : 4 courriels/)).toBeVisible();
  await expect(
    agent.getByRole("row", { name: /Isabelle Caradec/ }).getByRole("cell", { name: /Courriel du/ }),
  ).toBeVisible();
  const future = agent.url();
  const ics = (await downloaded(agent, `${new URL(future).pathname}/invitation.ics`)).toString();
  const event = new ICAL.Event(
    new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent("vevent")!,
  );
  expect(event.summary).toBe(`${COPIL} — Comité de pilotage de printemps`);
  expect(event.startDate.toJSDate().getTime()).toBeLessThan(event.endDate.toJSDate().getTime());
  const recteur = await signedInPage(browser, "recteur.rennes@demo.tripartite.fr");
  await recteur.goto("/courriels");
  await expect(
    recteur.getByRole("heading", { name: new RegExp(`^Convocation : ${COPIL}`) }).first(),
  ).toBeVisible();
  await expect(
    recteur.getByText("Pièce jointe : invitation pour votre agenda (invitation.ics).").first(),
  ).toBeVisible();
  await expectAccessible(recteur);

  // A meeting held two days ago: attendance, minutes, two decisions, frozen.
  await openCopil(agent);
  await schedule(agent, "Comité de pilotage extraordinaire", dayFromToday(-2));
  const held = new URL(agent.url()).pathname;
  await agent.getByText("Relever les présences").click();
  const presences = agent.getByLabel("Présence", { exact: true });
  for (let i = 0; i < (await presences.count()); i++)
    await presences.nth(i).selectOption({ label: "Présent" });
  await agent.getByRole("button", { name: "Enregistrer les présences" }).click();
  await expect(agent.getByText("Présences enregistrées (5 membres).")).toBeVisible();
  await agent.getByText("Rédiger le compte rendu").click();
  await agent.getByLabel("Synthèse de la séance").fill("Le comité fait le point du déploiement.");
  await agent
    .getByLabel("Compte rendu du point 1. Bilan du déploiement")
    .fill("La DRANE présente le taux d'équipement.");
  await agent.getByRole("button", { name: "Enregistrer le compte rendu" }).click();
  await expect(agent.getByText("Compte rendu enregistré.")).toBeVisible();
  await agent.getByLabel("Énoncé").fill("Le plan de renouvellement est adopté.");
  await agent.getByLabel("Point de l'ordre du jour").selectOption({ index: 2 });
  await agent.getByRole("button", { name: "Inscrire au compte rendu" }).click();
  await expect(agent.getByText("Décision inscrite au compte rendu.")).toBeVisible();
  await agent.getByLabel("Nature").selectOption({ label: "Action" });
  await agent.getByLabel("Énoncé").fill("Former les référents numériques du bassin de Rennes.");
  await agent.getByLabel("Partie responsable").selectOption({ label: "État (académie)" });
  await agent.getByLabel("Échéance").fill(dayFromToday(60));
  await agent.getByRole("button", { name: "Inscrire au compte rendu" }).click();
  await expect(agent.getByText("Action inscrite au compte rendu.")).toBeVisible();
  // The meeting's file: a snapshot of the collectivité's renewal plan.
  await agent.getByText("Joindre un document pour la collectivité").click();
  await agent
    .getByLabel("Document", { exact: true })
    .selectOption({ label: "Export : plan de renouvellement, par collège" });
  await agent.getByRole("button", { name: "Joindre au dossier" }).click();
  await expect(agent.getByText("1 document joint au dossier de séance.")).toBeVisible();
  await expect(
    agent
      .getByRole("table", { name: "Documents joints à la séance" })
      .getByRole("link", { name: "Plan de renouvellement, par collège" }),
  ).toBeVisible();
  await expectAccessible(agent);
  await agent
    .getByRole("button", { name: "Figer le compte rendu et le soumettre aux coprésidents" })
    .click();
  await expect(agent.getByText(/^Compte rendu figé \(empreinte/)).toBeVisible();
  await expectAccessible(agent);

  // The académie cannot approve for the collectivité, nor its DRANE for its co-chair.
  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto(held.replace("/c/35/", "/a/14/"));
  await expect(drane.getByRole("heading", { name: "Compte rendu", exact: true })).toBeVisible();
  await expect(drane.getByRole("button", { name: "Approuver le compte rendu" })).toHaveCount(0);

  // Each co-chair, from their own account and space, with their password again.
  const collectivite = await signedInPage(browser, "signataire.35@demo.tripartite.fr");
  await collectivite.goto(held);
  await expect(
    collectivite.getByRole("heading", { name: "Approuver pour : Collectivité" }),
  ).toBeVisible();
  await expectAccessible(collectivite);
  await collectivite
    .getByLabel("Votre mot de passe (confirmation de l'approbation)")
    .fill(DEMO_PASSWORD);
  await collectivite.getByRole("button", { name: "Approuver le compte rendu" }).click();
  await expect(collectivite.getByText("Votre approbation est enregistrée.")).toBeVisible();
  await recteur.goto(held.replace("/c/35/", "/a/14/"));
  await recteur
    .getByLabel("Votre mot de passe (confirmation de l'approbation)")
    .fill(DEMO_PASSWORD);
  await recteur.getByRole("button", { name: "Approuver le compte rendu" }).click();
  await expect(
    recteur.getByText(/le compte rendu est approuvé par chaque coprésident/),
  ).toBeVisible();
  await expectAccessible(recteur);

  // The approved PDF, recognised by anyone on /verifier.
  const href = await recteur
    .getByRole("link", { name: "Compte rendu approuvé, avec son certificat (PDF)" })
    .getAttribute("href");
  const pdf = await downloaded(recteur, href!);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/verifier");
  await submitToVerifier(visitor, "compte-rendu.pdf", pdf);
  await expect(visitor.getByRole("heading", { name: "Document reconnu" })).toBeVisible();
  await expect(
    visitor.getByRole("status").locator("strong", { hasText: /^compte rendu approuvé$/ }),
  ).toBeVisible();
  await expect(
    visitor.getByRole("row", { name: /Isabelle Caradec/ }).getByRole("cell", { name: "Approuvé" }),
  ).toBeVisible();
  await expectAccessible(visitor);

  // The action is the État's to follow: on the DRANE's dashboard, updated from its meeting.
  await drane.goto("/a/14");
  await expect(
    drane
      .getByRole("table", { name: "Actions en cours de votre partie" })
      .getByRole("link", { name: "Former les référents numériques du bassin de Rennes." })
      .first(),
  ).toBeVisible();

  // Another département, académie or collège: not found, page and files alike.
  const calvados = await signedInPage(browser, "agent.14@demo.tripartite.fr");
  expect((await calvados.goto(held.replace("/c/35/", "/c/14/")))?.status()).toBe(404);
  expect(
    (await calvados.request.get(`${held.replace("/c/35/", "/c/14/")}/invitation.ics`)).status(),
  ).toBe(404);
  const normandie = await signedInPage(browser, "drane.normandie@demo.tripartite.fr");
  expect((await normandie.goto(held.replace("/c/35/", "/a/70/")))?.status()).toBe(404);
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  expect((await chef.goto(held.replace("/c/35/", "/e/0350027P/")))?.status()).toBe(404);
});

test("séances de la démonstration accessibles dans les trois espaces", async ({ browser }) => {
  test.setTimeout(120_000);
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto("/e/0350027P/instances");
  await chef.getByRole("link", { name: "Commission numérique du collège Les Gayeulles" }).click();
  await chef.waitForURL(/\/e\/0350027P\/instances\/[\w-]+$/);
  await expectAccessible(chef);
  await chef
    .getByRole("table", { name: /^Séances de l'instance/ })
    .getByRole("link")
    .first()
    .click();
  await chef.waitForURL(/\/e\/0350027P\/instances\/seances\/[\w-]+$/);
  // The collège holds its commission's secretariat: the last meeting's minutes are its to write.
  await expect(chef.getByText("Rédiger le compte rendu")).toBeVisible();
  await expectAccessible(chef);

  const normandie = await signedInPage(browser, "drane.normandie@demo.tripartite.fr");
  await expectPagesAccessible(normandie, ["/a/70/instances"]);
  await normandie.getByRole("link", { name: "Comité technique des collèges du Calvados" }).click();
  await normandie.waitForURL(/\/a\/70\/instances\/[\w-]+$/);
  await normandie
    .getByRole("table", { name: /^Séances de l'instance/ })
    .getByRole("row", { name: /Approuvé/ })
    .first()
    .getByRole("link")
    .click();
  await normandie.waitForURL(/\/a\/70\/instances\/seances\/[\w-]+$/);
  await expect(normandie.getByRole("link", { name: /Compte rendu approuvé/ })).toBeVisible();
  await expectAccessible(normandie);

  // The recteur's pending approval in the demo, and the collectivité's late action on its dashboard.
  const recteur = await signedInPage(browser, "recteur.rennes@demo.tripartite.fr");
  await recteur.goto("/a/14/instances");
  await recteur.getByRole("link", { name: COPIL }).click();
  await recteur
    .getByRole("table", { name: /^Séances de l'instance/ })
    .getByRole("row", { name: /en approbation/ })
    .last()
    .getByRole("link")
    .click();
  await expect(
    recteur.getByRole("heading", { name: "Approuver pour : État (académie)" }),
  ).toBeVisible();
  await expectAccessible(recteur);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await expect(
    agent.getByRole("heading", { name: "Actions confiées par les instances" }),
  ).toBeVisible();
  await expect(agent.getByText(/action(s)? en retard/).first()).toBeVisible();
});
