import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** The « En service » count of one category on a collège's page (its inventory table). */
async function inService(page: Page, category: string): Promise<number> {
  const row = page
    .getByRole("table", { name: /Équipements par catégorie et statut/ })
    .getByRole("row", { name: new RegExp(`^${category}`) });
  if ((await row.count()) === 0) return 0;
  return Number((await row.getByRole("cell").first().innerText()).replace(/\s/g, ""));
}

async function uploadInventory(page: Page, name: string, lines: string[]) {
  await page.goto("/c/35/inventaire/import");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByLabel("Fichier d'inventaire (CSV ou XLSX, 20 Mo au plus)").setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8"),
  });
  await page.getByRole("button", { name: "Analyser le fichier" }).click();
  await page.waitForURL(/\/c\/35\/inventaire\/import\/[\w-]+$/);
}

const HEADER =
  "UAI;Catégorie;Fabricant;Modèle;Numéro de série;Date d'acquisition;Statut;Emplacement";

test("un agent du 35 importe un inventaire couvrant plusieurs collèges : aperçu, confirmation, indicateurs mis à jour ; un fichier fautif n'écrit rien", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const agent = await as(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35/etablissements/0350027P");
  const before = await inService(agent, "Tablette");
  await agent.goto("/c/35/inventaire");
  const totalBefore = await agent.getByText(/équipements — page 1/).innerText();

  // A file with an unknown UAI and an impossible date: refused line by line, nothing written.
  await uploadInventory(agent, "inventaire-fautif.csv", [
    HEADER,
    "0350027P;Tablette;Apple;iPad 10;E2E-OK-1;01/09/2025;En service;CDI",
    "0149999Z;Tablette;Apple;iPad 10;E2E-KO-1;01/09/2025;En service;CDI",
    "0350027P;Tablette;Apple;iPad 10;E2E-KO-2;31/02/2024;En service;CDI",
  ]);
  await expect(
    agent.getByText("Ligne 3 : UAI 0149999Z inconnu ou hors de votre collectivité."),
  ).toBeVisible();
  await expect(
    agent.getByText(/Ligne 4, colonne « Date d'acquisition » : .*31\/02\/2024/),
  ).toBeVisible();
  await expect(
    agent.getByText(/rien ne sera enregistré tant qu'il n'est pas corrigé/),
  ).toBeVisible();
  await expect(agent.getByRole("button", { name: "Confirmer l'import" })).toHaveCount(0);
  await expectAccessible(agent);
  await agent.goto("/c/35/inventaire");
  await expect(agent.getByText(/équipements — page 1/)).toHaveText(totalBefore);

  // A correct file over two collèges: preview per collège, then commit. Serials are new on each run.
  const run = Date.now().toString(36).toUpperCase();
  const rentree = [
    HEADER,
    `0350027P;Tablette;Apple;iPad 10;E2E-TAB-${run}-1;01/09/2025;En service;CDI`,
    `0350027P;Tablette;Apple;iPad 10;E2E-TAB-${run}-2;01/09/2025;En service;CDI`,
    `0350913C;Poste fixe;Dell;OptiPlex 7020;E2E-PF-${run};2025-09-01;En service;Salle 12`,
  ];
  await uploadInventory(agent, "inventaire-rentree.csv", rentree);
  const perCollege = agent.getByRole("table", { name: /Par établissement/ });
  await expect(perCollege.getByRole("row", { name: /0350027P/ })).toContainText("2");
  await expect(perCollege.getByRole("row", { name: /0350913C/ })).toBeVisible();
  await expectAccessible(agent);
  await agent.getByRole("button", { name: "Confirmer l'import" }).click();
  await expect(agent.getByText(/Import enregistré/)).toBeVisible();

  await agent.goto("/c/35/etablissements/0350027P");
  expect(await inService(agent, "Tablette")).toBe(before + 2);
  await agent.goto(`/c/35/inventaire?q=E2E-TAB-${run}`);
  await expect(agent.getByText(/^2 équipements — page 1/)).toBeVisible();

  // The same file again updates nothing and duplicates nothing.
  await uploadInventory(agent, "inventaire-rentree.csv", rentree);
  await expect(agent.getByText(/3 lignes : 0 équipement créé/)).toBeVisible();
});

test("le plan de renouvellement d'Ille-et-Vilaine donne par année quoi remplacer et pour combien, et l'agent reporte un équipement", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const agent = await as(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35/inventaire");
  await agent
    .getByRole("navigation", { name: "Inventaire" })
    .getByRole("link", { name: "Plan de renouvellement" })
    .click();
  const year = new Date().getFullYear();
  await expect(agent.getByRole("heading", { level: 1 })).toContainText(
    `Plan de renouvellement ${year}–${year + 4}`,
  );
  for (let y = year; y < year + 5; y += 1)
    await expect(agent.getByRole("row", { name: new RegExp(`^${y}`) }).first()).toContainText("€");
  await expectAccessible(agent);

  await agent.getByRole("link", { name: "Par collège" }).click();
  await expect(agent.getByRole("table").first()).toContainText("Les Gayeulles");
  await expectAccessible(agent);

  await agent.goto(`/c/35/inventaire/plan?vue=liste&annee=${year + 1}&uai=0350027P`);
  await expectAccessible(agent);
  const first = agent.getByRole("checkbox", { name: /^Sélectionner/ }).first();
  const label = await first.getAttribute("aria-label");
  await first.check();
  await agent.locator("#renewal-year").selectOption(String(year + 3));
  await agent.locator("#renewal-note").fill("Report : budget 2027 contraint");
  await agent.getByRole("button", { name: "Appliquer aux équipements cochés" }).click();
  await expect(agent.getByText(/1 équipement/).first()).toBeVisible();
  await agent.goto(`/c/35/inventaire/plan?vue=liste&annee=${year + 3}&uai=0350027P`);
  await expect(agent.getByRole("checkbox", { name: label! })).toBeVisible();

  const exported = await agent.request.get(
    `/c/35/inventaire/plan/export?vue=categories&format=xlsx`,
  );
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("spreadsheetml");
});

test("le chef modifie le statut de son seul équipement ; le rectorat lit sans modifier ; l'élu lit sans importer", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const chef = await as(browser, "chef.0350027p@demo.tripartite.fr");
  await chef.goto("/e/0350027P");
  await expect(chef.getByRole("heading", { name: "Inventaire" })).toBeVisible();
  await expectAccessible(chef);
  await chef
    .getByRole("navigation", { name: "Modules de l'espace" })
    .getByRole("link", { name: "Inventaire" })
    .click();
  await expect(chef.getByRole("heading", { level: 1, name: "Équipements" })).toBeVisible();
  await expect(
    chef.getByRole("navigation", { name: "Inventaire" }).getByRole("link", { name: "Importer" }),
  ).toHaveCount(0);
  await expectAccessible(chef);
  await chef.goto("/e/0350027P/inventaire?category=VPI&status=EN_SERVICE");
  await chef
    .getByRole("table")
    .getByRole("link", { name: "Vidéoprojecteur interactif (VPI)" })
    .first()
    .click();
  await expect(chef.getByRole("heading", { name: "Statut et emplacement" })).toBeVisible();
  await expect(chef.getByRole("heading", { name: "Modifier l'équipement" })).toHaveCount(0);
  await expectAccessible(chef);
  const ownId = chef.url().split("/").at(-1)!;
  await chef.locator("#s-status").selectOption("EN_PANNE");
  await chef.getByLabel("Emplacement (salle)").fill("Salle 204");
  await chef.getByRole("button", { name: "Enregistrer le statut" }).click();
  await expect(chef.getByText("Statut et emplacement enregistrés.")).toBeVisible();
  await chef.reload();
  await expect(
    chef.getByRole("listitem").filter({ hasText: "Changement de statut ou d'emplacement" }).first(),
  ).toContainText("En panne");

  // Another collège's equipment: not found for the chef, readable (no form) for the académie.
  const agent = await as(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35/inventaire?uai=0350913C");
  await agent.getByRole("table").getByRole("link").first().click();
  const otherId = agent.url().split("/").at(-1)!;
  const response = await chef.goto(`/e/0350027P/inventaire/${otherId}`);
  expect(response?.status()).toBe(404);
  expect((await chef.request.get(`/e/0350913C/inventaire/${otherId}`)).status()).toBe(404);

  const drane = await as(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto("/a/14/inventaire?departement=22");
  await expect(drane.getByText(/équipements — page 1/)).toBeVisible();
  await expect(drane.getByRole("button", { name: "Appliquer à la sélection" })).toHaveCount(0);
  await expectAccessible(drane);
  await drane.goto(`/a/14/inventaire/${ownId}`);
  await expect(drane.getByText("Salle 204").first()).toBeVisible();
  await expect(drane.getByRole("button")).not.toContainText(["Enregistrer"]);
  await expectAccessible(drane);
  for (const path of ["/a/14/inventaire/indicateurs", "/a/14/inventaire/ecarts"]) {
    await drane.goto(path);
    await expect(drane.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(drane);
  }
  expect((await drane.request.get("/c/35/inventaire")).status()).toBe(404);

  const elu = await as(browser, "elu.35@demo.tripartite.fr");
  await elu.goto("/c/35/inventaire/indicateurs");
  await expect(
    elu.getByRole("navigation", { name: "Inventaire" }).getByRole("link", { name: "Importer" }),
  ).toHaveCount(0);
  expect((await elu.request.get("/c/35/inventaire/import")).status()).toBe(404);

  const calvados = await as(browser, "agent.14@demo.tripartite.fr");
  expect((await calvados.request.get(`/c/14/inventaire/${ownId}`)).status()).toBe(404);
  expect((await calvados.request.get("/c/35/inventaire/export")).status()).toBe(404);
});

test("les pages d'indicateurs, d'écarts et de référentiel de la collectivité sont accessibles et exportables", async ({
  browser,
}) => {
  // A dozen département-scale pages, each checked by axe: minutes on a loaded two-core machine.
  test.setTimeout(180_000);
  const agent = await as(browser, "agent.35@demo.tripartite.fr");
  for (const path of [
    "/c/35/inventaire/indicateurs",
    "/c/35/inventaire/ecarts",
    "/c/35/inventaire/referentiel",
    "/c/35/inventaire/nouveau",
    "/e/0350027P/inventaire/plan",
  ]) {
    const response = await agent.goto(path);
    if (path.startsWith("/e/")) {
      expect(response?.status()).toBe(404);
      continue;
    }
    await expect(agent.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(agent);
  }
  // One equipment entered by hand, then found in the list.
  const serial = `E2E-MAN-${Date.now().toString(36).toUpperCase()}`;
  await agent.goto("/c/35/inventaire/nouveau");
  await agent.getByLabel("Établissement").selectOption("0350027P");
  await agent.getByLabel("Catégorie").selectOption("IMPRIMANTE");
  await agent.getByLabel("Numéro de série").fill(serial);
  await agent.getByLabel("Date d'acquisition").fill("2026-09-01");
  await agent.getByLabel("Coût d'achat (€ TTC)").fill("abc");
  await agent.getByRole("button", { name: "Ajouter l'équipement" }).click();
  await expect(agent.getByText(/Coût d'achat : montant en euros/)).toBeVisible();
  await agent.getByLabel("Coût d'achat (€ TTC)").fill("389,90");
  await agent.getByRole("button", { name: "Ajouter l'équipement" }).click();
  await expect(agent.getByText("Équipement ajouté.")).toBeVisible();
  await expect(agent.getByText(serial).first()).toBeVisible();
  await expectAccessible(agent);

  const csv = await agent.request.get("/c/35/inventaire/export?category=ENI");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Écran numérique interactif (ENI)");
  const xlsx = await agent.request.get("/c/35/inventaire/ecarts/export?format=xlsx");
  expect(xlsx.status()).toBe(200);

  const chef = await as(browser, "chef.0350027p@demo.tripartite.fr");
  for (const path of ["/e/0350027P/inventaire/indicateurs", "/e/0350027P/inventaire/plan"]) {
    await chef.goto(path);
    await expect(chef.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(chef);
  }
});

test("un fichier de 15 Mo passe par le vrai serveur jusqu'à l'aperçu ; au-delà de 20 Mo, un message en français ; une catégorie inconnue s'associe dans l'aperçu", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const agent = await as(browser, "agent.35@demo.tripartite.fr");
  const run = Date.now().toString(36).toUpperCase();

  // 15 Mo: 2,000 rows with a long comment column the mapping ignores. Before, /c/… requests were cut at 10 Mo by the proxy: a 500.
  const comment = "x".repeat(7_500);
  const big = [
    `${HEADER};Commentaire`,
    ...Array.from(
      { length: 2_000 },
      (_, i) =>
        `0350027P;Tablette;Apple;iPad 10;E2E-15MO-${run}-${i};01/09/2025;En service;CDI;${comment}`,
    ),
  ];
  const buffer = Buffer.from(`${big.join("\r\n")}\r\n`, "utf8");
  expect(buffer.length).toBeGreaterThan(15_000_000);
  await agent.goto("/c/35/inventaire/import");
  await agent
    .getByLabel("Fichier d'inventaire (CSV ou XLSX, 20 Mo au plus)")
    .setInputFiles({ name: "inventaire-15mo.csv", mimeType: "text/csv", buffer });
  await agent.getByRole("button", { name: "Analyser le fichier" }).click();
  await agent.waitForURL(/\/c\/35\/inventaire\/import\/[\w-]+$/, { timeout: 120_000 });
  await expect(agent.getByRole("heading", { level: 1 })).toHaveText(
    "Import du fichier « inventaire-15mo.csv »",
  );
  await expect(agent.getByText(/2\s000 lignes/).first()).toBeVisible();
  await agent.getByRole("button", { name: "Abandonner" }).click();
  await agent.waitForURL(/fait=abandonne$/);

  // 21 Mo: said in French before anything is sent.
  await agent.goto("/c/35/inventaire/import");
  await agent.getByLabel("Fichier d'inventaire (CSV ou XLSX, 20 Mo au plus)").setInputFiles({
    name: "trop-gros.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(21 * 1024 * 1024, "a"),
  });
  await agent.getByRole("button", { name: "Analyser le fichier" }).click();
  await expect(agent.getByText("Fichier trop volumineux (20 Mo au plus).")).toBeVisible();
  await expect(agent).toHaveURL(/\/c\/35\/inventaire\/import$/);

  // « Écran » is no category of the product: the preview offers to map it, then the file passes.
  await uploadInventory(agent, "ecrans.csv", [
    HEADER,
    `0350027P;Écran;Dell;P2422H;E2E-ECRAN-${run};01/09/2025;En service;CDI`,
  ]);
  await expect(agent.getByText(/catégorie inconnue « Écran »/)).toBeVisible();
  await expectAccessible(agent);
  await agent.getByLabel("« Écran »").selectOption({ label: "Autre" });
  await agent.getByRole("button", { name: "Recalculer l'aperçu" }).click();
  await expect(agent.getByRole("button", { name: "Confirmer l'import" })).toBeVisible();
  await agent.getByRole("button", { name: "Abandonner" }).click();
  await agent.waitForURL(/fait=abandonne$/);
});
