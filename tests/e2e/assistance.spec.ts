import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectPagesAccessible, openModule, signedInPage } from "./helpers";

/** Opens the folded form of an action and returns it. */
async function openAction(page: Page, summary: string) {
  const details = page.locator("details").filter({
    has: page.locator("summary", { hasText: summary }),
  });
  await details.locator("summary").click();
  return details;
}

test("assistance : le chef des Gayeulles signale un ENI en panne choisi dans l'inventaire, le technicien du secteur le prend en charge, l'attend d'un fournisseur, le reprend et le résout, le chef confirme ; un autre collège, département ou académie n'y a pas accès", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36).toUpperCase();
  const title = `ENI de la salle 12 éteint ${run}`;

  // The chef reports, picking the display from the collège's inventory.
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto("/e/0350027P");
  await openModule(chef, "Assistance");
  await chef.getByRole("link", { name: "+ Signaler un incident" }).click();
  await chef.waitForURL(/\/e\/0350027P\/assistance\/signaler$/);
  await expectAccessible(chef);
  let picked = false;
  for (const category of ["ENI", "TNI_TBI"]) {
    await chef.getByLabel("Catégorie").selectOption(category);
    await chef.getByRole("button", { name: "Chercher dans l'inventaire" }).click();
    await expect(chef.getByRole("table", { name: "Équipements trouvés" })).toBeVisible();
    const choose = chef.getByRole("link", { name: /^Choisir/ });
    if ((await choose.count()) > 0) {
      await expectAccessible(chef);
      await choose.first().click();
      picked = true;
      break;
    }
  }
  expect(picked, "un ENI ou un TNI dans l'inventaire de démonstration des Gayeulles").toBe(true);
  await chef.waitForURL(/\?equipement=/);
  await expect(chef.getByText("Équipement :")).toBeVisible();
  await expect(chef.getByLabel("Domaine")).toHaveValue("ECRANS_VIDEOPROJECTION");
  await chef.getByLabel("Objet").fill(title);
  await chef.getByLabel("Description").fill("L'écran ne s'allume plus depuis ce matin.");
  await chef.getByLabel("Urgence").selectOption("HAUTE");
  await chef.getByRole("button", { name: "Signaler l'incident" }).click();
  await chef.waitForURL(/\/e\/0350027P\/assistance\/[\w-]+\?fait=signalement$/);
  // Routed by the matrix of the convention signed in conventions.signing.spec.ts.
  await expect(chef.getByText(/^Aiguillage :/)).toBeVisible();
  await expect(
    chef.getByText(/Convention CT-35-\d{4}-\d{4} en vigueur, matrice des responsabilités/).first(),
  ).toBeVisible();
  await expect(chef.getByRole("status").filter({ hasText: "signalé et aiguillé" })).toBeVisible();
  await expectAccessible(chef);
  const id = new URL(chef.url()).pathname.split("/").at(-1)!;
  const reference = (await chef.getByRole("heading", { level: 1 }).innerText()).split(" — ")[0]!;

  // The technician of the collège's secteur lands on the queue, finds it there and handles it.
  const technician = await signedInPage(browser, "technicien.35@demo.tripartite.fr");
  await expect(technician).toHaveURL(/\/c\/35\/assistance$/);
  await expectPagesAccessible(technician, ["/c/35/assistance"]);
  // The queue exports what its filters select: here, the one incident searched by its reference.
  await technician.getByLabel("Rechercher (référence, objet)").fill(reference);
  await technician.getByRole("button", { name: "Filtrer" }).click();
  await expect(technician).toHaveURL(/q=INC/);
  const [download] = await Promise.all([
    technician.waitForEvent("download"),
    technician.getByRole("link", { name: "Exporter cet incident au format CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("incidents-35.csv");
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.trim().split(/\r?\n/)).toHaveLength(2);
  expect(csv).toContain(`${reference};0350027P;`);
  await technician.getByRole("link", { name: reference }).click();
  await technician.waitForURL(new RegExp(`/c/35/assistance/${id}$`));
  await expectAccessible(technician);
  await technician.getByRole("button", { name: "Prendre en charge" }).click();
  const pause = await openAction(technician, "Mettre en attente");
  await pause.getByLabel("En attente de").selectOption("EN_ATTENTE_FOURNISSEUR");
  await pause.getByLabel("Motif de l'attente").fill("Dalle commandée au fabricant.");
  await expectAccessible(technician);
  await pause.getByRole("button", { name: "Mettre en attente" }).click();
  await expect(technician.getByText("En attente d'un fournisseur").first()).toBeVisible();
  await technician.getByRole("button", { name: "Reprendre le traitement" }).click();
  const resolve = await openAction(technician, "Résoudre");
  await resolve.getByLabel("Résolution").fill("Dalle remplacée, écran testé.");
  await resolve.getByLabel("Suite pour l'équipement").selectOption("REMIS_EN_SERVICE");
  await resolve.getByRole("button", { name: "Résoudre" }).click();
  await expect(technician.getByText("Résolu", { exact: true }).first()).toBeVisible();
  await expectAccessible(technician);

  // The chef confirms: the incident is closed, with its measured times.
  await chef.goto(`/e/0350027P/assistance/${id}`);
  await chef.getByRole("button", { name: "Confirmer la résolution" }).click();
  await expect(chef.getByText("Clos", { exact: true }).first()).toBeVisible();
  const delays = chef.getByRole("region", { name: "Délais" });
  await expect(delays.getByText("Résolution mesurée")).toBeVisible();
  await expect(delays.getByText(/ouvrées/).first()).toBeVisible();
  await expect(chef.getByRole("heading", { name: "Historique" })).toBeVisible();
  await expect(chef.getByText("Mis en attente")).toBeVisible();
  await expectAccessible(chef);

  // The equipment's page lists the incident.
  await chef.getByRole("region", { name: "Équipement" }).getByRole("link").click();
  await chef.waitForURL(/\/e\/0350027P\/inventaire\/[\w-]+$/);
  await expect(
    chef.getByRole("table", { name: "Incidents signalés sur cet équipement" }).getByRole("link", {
      name: reference,
    }),
  ).toBeVisible();
  await expectAccessible(chef);

  // A chef of another collège, another département and another académie get a 404 on all of it.
  const other = await signedInPage(browser, "chef.0220003j@demo.tripartite.fr");
  for (const path of [`/e/0220003J/assistance/${id}`, `/e/0350027P/assistance/${id}`])
    expect((await other.goto(path))?.status()).toBe(404);
  const calvados = await signedInPage(browser, "agent.14@demo.tripartite.fr");
  for (const path of [`/c/14/assistance/${id}`, `/c/35/assistance/${id}`, "/c/35/assistance"])
    expect((await calvados.goto(path))?.status()).toBe(404);
  const normandie = await signedInPage(browser, "assistance.normandie@demo.tripartite.fr");
  for (const path of [`/a/70/assistance/${id}`, `/a/14/assistance/${id}`])
    expect((await normandie.goto(path))?.status()).toBe(404);
});
