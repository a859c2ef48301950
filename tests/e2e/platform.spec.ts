import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

test("l'administrateur de la plateforme voit tout le registre et importe l'annuaire", async ({
  page,
}, testInfo) => {
  await signIn(page, "admin@demo.tripartite.fr");
  await expect(page).toHaveURL(/\/plateforme$/);
  await expect(page.getByText(/7\s654 collèges ouverts/)).toBeVisible();
  await page.goto("/plateforme/etablissements");
  await expect(page.getByText(/7\s654 établissements — page/)).toBeVisible();
  await expectAccessible(page);

  await page.goto("/plateforme/import");
  await expectAccessible(page);
  // A file with a bad UAI on line 17: refused, the line named, nothing written.
  const lines = readFileSync(
    path.join(process.cwd(), "data", "annuaire-education-35.csv"),
    "utf8",
  ).split("\n");
  lines[16] = lines[16]!.replace(
    /^(\d{7})([A-Z])/,
    (_m, digits: string, letter: string) => `${digits}${letter === "A" ? "B" : "A"}`,
  );
  const bad = testInfo.outputPath("annuaire-ligne-17.csv");
  writeFileSync(bad, lines.join("\n"));
  await page.getByLabel("Fichier CSV du ministère").setInputFiles(bad);
  await page.getByLabel(/Simulation/).uncheck();
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText(/Import refusé : aucune ligne n'a été enregistrée/)).toBeVisible();
  await expect(page.getByText(/ligne 17, colonne Identifiant_de_l_etablissement/)).toBeVisible();

  // The real extract: a simulation first, then the import.
  await page
    .getByLabel("Fichier CSV du ministère")
    .setInputFiles(path.join(process.cwd(), "data", "annuaire-education-35.csv"));
  await page.getByLabel(/Simulation/).check();
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("Simulation terminée : rien n'a été enregistré.")).toBeVisible();
  await expect(page.getByText(/116 collège\(s\) lu\(s\)/)).toBeVisible();
  await expectAccessible(page);
});

test("l'export CSV du registre suit les filtres et le périmètre", async ({ page }) => {
  await signIn(page, "agent.35@demo.tripartite.fr");
  const response = await page.request.get("/c/35/etablissements/export?secteur=PUBLIC");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split("\r\n");
  expect(lines[0]).toContain("UAI;Nom;");
  expect(lines).toHaveLength(1 + 62);
  expect(lines.slice(1).every((line) => line.includes(";Public;"))).toBe(true);
});
