import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeSyncReferentials } from "@/lib/referentials/sync-referentials";
import { unsafeImportEtablissements } from "@/lib/imports/etablissements/import-etablissements";
import { nationalFileExtract } from "../support/fixtures";

const national = readFileSync(path.join(process.cwd(), "data", "colleges-france.csv"), "utf8");
const annuaire35 = readFileSync(
  path.join(process.cwd(), "data", "annuaire-education-35.csv"),
  "utf8",
);

/** A stable snapshot of the table, to prove a refused import wrote nothing. */
async function snapshot() {
  const rows = await db.etablissement.findMany({
    orderBy: { uai: "asc" },
    omit: { importedAt: true, updatedAt: true, createdAt: true },
  });
  return JSON.stringify(rows);
}

beforeAll(async () => {
  await unsafeSyncReferentials(db);
});

describe("national collège file", () => {
  it("imports every collège of France, then reports no change on a second import", async () => {
    const first = await unsafeImportEtablissements(db, national, {
      source: "test",
      complete: true,
    });
    expect(first).toMatchObject({
      format: "geolocalisation",
      total: 7654,
      created: 7654,
      updated: 0,
      unchanged: 0,
      closed: 0,
      errors: [],
    });
    expect(await db.etablissement.count()).toBe(7654);
    expect(await db.etablissement.count({ where: { secteur: "PUBLIC" } })).toBe(5417);
    expect(await db.etablissement.count({ where: { collectivite: { code: "35" } } })).toBe(117);
    expect(
      await db.etablissement.count({ where: { collectivite: { code: "35" }, secteur: "PUBLIC" } }),
    ).toBe(62);

    const second = await unsafeImportEtablissements(db, national, {
      source: "test",
      complete: true,
    });
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 7654, closed: 0 });
  });

  it("gives each collège its collectivité de rattachement", async () => {
    const collectiviteOf = async (uai: string) =>
      (
        await db.etablissement.findUniqueOrThrow({
          where: { uai },
          select: { collectivite: { select: { code: true } } },
        })
      ).collectivite.code;
    const byCommune = async (communeCode: string) =>
      db.etablissement.findMany({
        where: { communeCode },
        select: { collectivite: { select: { code: true } } },
      });
    expect((await byCommune("69266")).every((e) => e.collectivite.code === "69M")).toBe(true); // Villeurbanne
    expect((await byCommune("69264")).every((e) => e.collectivite.code === "69")).toBe(true); // Villefranche
    expect(
      await db.etablissement.count({
        where: { departementCode: "75", collectivite: { code: "75C" } },
      }),
    ).toBe(217);
    expect(await db.etablissement.count({ where: { collectivite: { code: "20R" } } })).toBe(32);
    expect(await db.etablissement.count({ where: { collectivite: { code: "6AE" } } })).toBe(194);
    expect(await collectiviteOf("0350027P")).toBe("35");
    expect(
      await db.etablissement.count({
        where: { departementCode: { in: ["977", "978"] }, academieCode: "32" },
      }),
    ).toBe(5);
  });

  it("normalises INSEE codes", async () => {
    const ardeche = await db.etablissement.findUniqueOrThrow({
      where: { uai: "0071168G" },
      select: { departementCode: true, communeCode: true },
    });
    expect(ardeche).toEqual({ departementCode: "07", communeCode: "07129" });
    expect(await db.etablissement.count({ where: { departementCode: "2A" } })).toBe(16);
  });
});

describe("refused imports", () => {
  it("rejects a file with a bad UAI on line 17, names the line and column, and writes nothing", async () => {
    const before = await snapshot();
    const lines = national.split("\n");
    lines[16] = lines[16]!.replace(
      /^(\d{7})([A-Z])/,
      (_m, digits: string, letter: string) => `${digits}${letter === "A" ? "B" : "A"}`,
    );
    lines[20] = lines[20]!.replace(/Collège/, "Collège modifié");
    const report = await unsafeImportEtablissements(db, lines.join("\n"), { source: "test" });
    expect(report.written).toBe(false);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ line: 17, column: "numero_uai" });
    expect(report.errors[0]?.message).toMatch(/lettre de contrôle devrait être/);
    expect(await snapshot()).toBe(before);
  });

  it("lists every error with its line, in French", async () => {
    const file = nationalFileExtract(["0350027P", "0220003J"])
      .replace(/;Public;/, ";Mixte;")
      .replace(/;022;53;14;/, ";022;53;70;");
    const report = await unsafeImportEtablissements(db, file, { source: "test" });
    expect(report.errors.map((e) => [e.line, e.column])).toEqual(
      expect.arrayContaining([[2, "secteur_public_prive_libe"]]),
    );
    expect(report.errors.map((e) => e.message).join(" ")).toMatch(/Secteur « Mixte » inconnu/);
  });

  it("refuses a file without the required columns", async () => {
    const report = await unsafeImportEtablissements(db, "uai;nom\n0350027P;X\n", {
      source: "test",
    });
    expect(report.errors[0]?.message).toMatch(/^Colonnes obligatoires absentes/);
  });

  it("shows a dry run's report without writing", async () => {
    const before = await snapshot();
    const changed = national.replace("Collège Les Gayeulles", "Collège des Gayeulles");
    const report = await unsafeImportEtablissements(db, changed, { source: "test", dryRun: true });
    expect(report).toMatchObject({ updated: 1, unchanged: 7653, written: false, dryRun: true });
    expect(await snapshot()).toBe(before);
  });
});

describe("annuaire de l'éducation", () => {
  it("keeps the collèges of the annuaire, adds what the national file lacks, and reports no change the second time", async () => {
    const first = await unsafeImportEtablissements(db, annuaire35, { source: "annuaire" });
    expect(first.format).toBe("annuaire");
    expect(first.errors).toEqual([]);
    expect(first.total).toBe(116);
    // Two collèges of the 2023 annuaire are not in the 2024 national file.
    expect(first.created).toBe(2);
    expect(first.duplicates).toBe(1);
    expect(first.skipped).toBe(996 - 117);
    expect(
      await db.etablissement.count({
        where: { departementCode: "35", educationPrioritaire: { not: null } },
      }),
    ).toBe(7);
    const again = await unsafeImportEtablissements(db, annuaire35, { source: "annuaire" });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 116 });
  });

  it("closes, never deletes, the collèges missing from a complete file of its département", async () => {
    const without = annuaire35
      .split("\n")
      .filter((line) => !line.startsWith("0350027P;"))
      .join("\n");
    const dryRun = await unsafeImportEtablissements(db, without, {
      source: "annuaire",
      complete: true,
      dryRun: true,
    });
    // Gayeulles, and the three collèges the 2024 national file has but the 2023 annuaire not yet.
    expect(dryRun.closed).toBe(4);
    const count = await db.etablissement.count();
    const report = await unsafeImportEtablissements(db, without, {
      source: "annuaire",
      complete: true,
    });
    expect(report.closed).toBe(4);
    expect(await db.etablissement.count()).toBe(count);
    const closed = await db.etablissement.findUniqueOrThrow({
      where: { uai: "0350027P" },
      select: { etat: true, closedAt: true },
    });
    expect(closed.etat).toBe("FERME");
    expect(closed.closedAt).not.toBeNull();
    const reopened = await unsafeImportEtablissements(db, annuaire35, { source: "annuaire" });
    expect(reopened.updated).toBe(1);
    expect(await db.etablissement.count({ where: { departementCode: "35", etat: "FERME" } })).toBe(
      3,
    );
    expect((await db.etablissement.findUniqueOrThrow({ where: { uai: "0350027P" } })).etat).toBe(
      "OUVERT",
    );
  });
});

describe("enrichment", () => {
  it("adds éducation prioritaire and contacts to known collèges without creating, closing or renaming any", async () => {
    const fresh = nationalFileExtract(["0350027P", "0350913C"]);
    await db.etablissement.updateMany({
      where: { uai: "0350913C" },
      data: { educationPrioritaire: null, name: "Nom national" },
    });
    const report = await unsafeImportEtablissements(db, annuaire35, {
      source: "annuaire 2023",
      enrichOnly: true,
      complete: true,
    });
    expect(report).toMatchObject({ created: 0, closed: 0, updated: 1 });
    const row = await db.etablissement.findUniqueOrThrow({ where: { uai: "0350913C" } });
    expect(row).toMatchObject({ educationPrioritaire: "REP", name: "Nom national" });
    expect(row.source).toMatch(/ ; annuaire 2023$/);
    expect(fresh).toContain("0350027P");
  });
});
