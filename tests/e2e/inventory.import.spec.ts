import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectPagesAccessible, signedInPage } from "./helpers";

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
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
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

// In this file, after the import: this test adds an equipment in 35 by hand, which would change the
// count the import test reads if both ran at the same time.
test("les pages d'indicateurs, d'écarts et de référentiel de la collectivité sont accessibles et exportables", async ({
  browser,
}) => {
  // A dozen département-scale pages, each checked by axe: minutes on a loaded two-core machine.
  test.setTimeout(180_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await expectPagesAccessible(agent, [
    "/c/35/inventaire/indicateurs",
    "/c/35/inventaire/ecarts",
    "/c/35/inventaire/referentiel",
    "/c/35/inventaire/nouveau",
  ]);
  expect((await agent.goto("/e/0350027P/inventaire/plan"))?.status()).toBe(404);
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

  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await expectPagesAccessible(chef, [
    "/e/0350027P/inventaire/indicateurs",
    "/e/0350027P/inventaire/plan",
  ]);
});

test("un fichier de 15 Mo passe par le vrai serveur jusqu'à l'aperçu ; au-delà de 20 Mo, un message en français ; une catégorie inconnue s'associe dans l'aperçu", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
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
