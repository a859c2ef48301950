import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { zipParts } from "@/tests/support/zip-parts";
import {
  createInventoryImport,
  unsafeCreateImportPreview,
} from "@/lib/inventory/import/create-import";
import { recomputeInventoryImport } from "@/lib/inventory/import/recompute-import";
import { commitInventoryImport } from "@/lib/inventory/import/commit-import";
import { abandonInventoryImport } from "@/lib/inventory/import/abandon-import";
import { getInventoryImport, getSavedImportMapping } from "@/lib/inventory/import/get-import";
import { unsafeImportInventoryFile } from "@/lib/inventory/import/import-file";
import { formatInventoryReport } from "@/lib/inventory/import/format-report";
import { IMPORT_FIELDS, type ImportMapping } from "@/lib/inventory/import/fields";
import { UNREADABLE_IMPORT_MESSAGE } from "@/lib/inventory/import/summary";
import { readImportFile } from "@/lib/imports/read-import-file";
import { unsafeImportEtablissements } from "@/lib/imports/etablissements/import-etablissements";
import {
  createUser,
  nationalFileExtract,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35 } from "../support/access";

// Issue 13, sections 2 and 3: every file here is what an attacker, Excel, LibreOffice or GLPI sends.

const users: Record<string, string> = {};
const fixture = (name: string) => readFileSync(path.join(process.cwd(), "tests", "fixtures", name));
const file = (name: string, bytes: Uint8Array | string, type = "text/csv") =>
  new File(
    [typeof bytes === "string" ? new TextEncoder().encode(bytes) : new Uint8Array(bytes)],
    name,
    { type },
  );
const actor = { id: null, label: "ligne de commande" };

async function agent() {
  signInAs(users.agent35!);
  return requireAccessContext(C35);
}

function mappingForm(importId: string, mapping: ImportMapping, extra: Record<string, string> = {}) {
  const form: Record<string, string> = { importId, defaultCategory: mapping.defaultCategory ?? "" };
  for (const field of IMPORT_FIELDS) form[`map_${field}`] = mapping.columns[field] ?? "";
  return { ...form, ...extra };
}

beforeAll(async () => {
  await seedReferentialsAndColleges(Object.values(UAI));
  users.agent35 = await createUser("agent35.caps@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
});

describe("availability: caps checked while reading, before anything is stored", () => {
  it("refuses the 8.7 MB CSV of 1,000,000 columns in French, and stores nothing", async () => {
    const header = Array.from({ length: 1_000_000 }, (_, i) => `colonne${i}`).join(";");
    const bytes = `${header}\n${UAI.gayeulles}${";x".repeat(10)}\n`;
    expect(bytes.length).toBeGreaterThan(8_000_000);
    const before = await db.equipmentImport.count();
    await expect(
      createInventoryImport(await agent(), file("colonnes.csv", bytes)),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/^Fichier CSV illisible : .*(500 colonnes|1 Mo)/),
    });
    expect(await db.equipmentImport.count()).toBe(before);
  });

  it("refuses a zip-bomb XLSX (under 1 MB, millions of rows once inflated) in French, and stores nothing", async () => {
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const rows = `<row><c t="inlineStr"><is><t>UAI</t></is></c></row>${`<row><c t="inlineStr"><is><t>${UAI.gayeulles}</t></is></c></row>`.repeat(2_000_000)}`;
    const bomb = zipParts([
      {
        name: "xl/workbook.xml",
        data: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      },
      {
        name: "xl/worksheets/sheet1.xml",
        data: `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
        level: 9,
      },
    ]);
    expect(bomb.length).toBeLessThan(1_000_000);
    const before = await db.equipmentImport.count();
    const started = performance.now();
    await expect(
      createInventoryImport(
        await agent(),
        file(
          "bombe.xlsx",
          bomb,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
      ),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(
        /^Fichier XLSX illisible : le (classeur se décompresse plus de 200 fois|fichier a plus de 200\s000 lignes)/,
      ),
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await db.equipmentImport.count()).toBe(before);
  });

  it("renders an import stored before the caps with absurd content as a French error, and lets it be abandoned", async () => {
    const ctx = await agent();
    // 300,000 columns: far past the cap, and quicker to store than a million in the test database.
    const header = Array.from({ length: 300_000 }, (_, i) => `c${i}`);
    const bytes = new TextEncoder().encode(`${header.join(";")}\n${UAI.gayeulles};x\n`);
    const collectivite = await db.collectivite.findUniqueOrThrow({
      where: { code: "35" },
      select: { id: true },
    });
    // What the old code stored: the file, and a summary whose header lists every column.
    const stored = await db.equipmentImport.create({
      data: {
        collectiviteId: collectivite.id,
        status: "APERCU",
        fileName: "colonnes.csv",
        format: "CSV",
        sha256: "0".repeat(64),
        file: bytes,
        mapping: { columns: {}, defaultCategory: null },
        rowCount: 1,
        actorLabel: "ancien code",
        summary: {
          header,
          mappingSource: "automatique",
          rowCount: 1,
          totals: { created: 0, updated: 0, unchanged: 0 },
          etablissements: [],
          sample: [],
          errors: [],
          errorCount: 0,
          computedAt: new Date().toISOString(),
        },
      },
      select: { id: true },
    });
    const detail = await getInventoryImport(ctx, stored.id);
    expect(detail.summary.problem).toBe(UNREADABLE_IMPORT_MESSAGE);
    expect(detail.summary.header).toEqual([]);
    await expect(
      recomputeInventoryImport(
        ctx,
        mappingForm(stored.id, { columns: { uai: "c0" }, defaultCategory: null }),
      ),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/^Fichier CSV illisible/),
    });
    await abandonInventoryImport(ctx, { importId: stored.id });
    expect(
      await db.equipmentImport.findUniqueOrThrow({
        where: { id: stored.id },
        select: { status: true },
      }),
    ).toEqual({ status: "ABANDONNE" });
  });
});

describe("data integrity: what spreadsheets really write", () => {
  it('keeps the inch mark: « Dell 24" P2422H » and the two rows after it are three equipments', async () => {
    const text = `UAI;Catégorie;Modèle;Numéro de série\n${UAI.gayeulles};Portable;Dell 24" P2422H;INCH-1\n${UAI.gayeulles};Portable;Latitude 5440;INCH-2\n${UAI.rennes35b};Tablette;iPad 10,9";INCH-3\n`;
    const preview = await createInventoryImport(await agent(), file("pouces.csv", text));
    expect(preview.summary).toMatchObject({
      rowCount: 3,
      errorCount: 0,
      totals: { created: 3 },
      encoding: "UTF-8",
    });
    expect(
      preview.summary.sample.map((row) => [row.line, row.values.model, row.values.serialNumber]),
    ).toEqual([
      [2, 'Dell 24" P2422H', "INCH-1"],
      [3, "Latitude 5440", "INCH-2"],
      [4, 'iPad 10,9"', "INCH-3"],
    ]);
  });

  it("reads Excel's Windows-1252 « CSV (séparateur: point-virgule) » with « – » and « ’ » intact, on the web and on the command line", async () => {
    const bytes = fixture("inventaire-excel-windows1252.csv");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const web = await createInventoryImport(await agent(), file("excel.csv", bytes));
    expect(web.summary).toMatchObject({ encoding: "Windows-1252", rowCount: 3, errorCount: 0 });
    const expected = [
      ["ThinkPad L14 – Gen 3", "Salle d’arts plastiques", 74990],
      ["EB-735Fi – ultra courte focale", "CDI – rez-de-chaussée", 189000],
      ['iPad 10,9"', "Salle d’étude", 38900],
    ];
    expect(
      web.summary.sample.map((r) => [
        r.values.model,
        r.values.location,
        r.values.purchaseCostCents,
      ]),
    ).toEqual(expected);
    const detail = await getInventoryImport(await agent(), web.id);
    expect(detail.summary.encoding).toBe("Windows-1252");

    const cli = await unsafeImportInventoryFile(db, {
      collectiviteCode: "35",
      bytes: new Uint8Array(bytes),
      fileName: "excel.csv",
      simulation: true,
      saveMapping: false,
      actor,
    });
    expect(
      cli.summary.sample.map((r) => [
        r.values.model,
        r.values.location,
        r.values.purchaseCostCents,
      ]),
    ).toEqual(expected);
    expect(formatInventoryReport(cli)).toContain(
      "Encodage lu : Windows-1252 (Excel pour Windows).",
    );
  });

  it("re-imports the same Windows-1252 file as unchanged: no good location is overwritten (issue 14, §2)", async () => {
    const bytes = fixture("inventaire-excel-windows1252.csv");
    const first = await createInventoryImport(await agent(), file("excel-1.csv", bytes));
    const detail = await getInventoryImport(await agent(), first.id);
    expect(
      (await commitInventoryImport(await agent(), mappingForm(first.id, detail.mapping))).written,
    ).toBe(true);
    const stored = await db.equipment.findMany({
      where: { model: { contains: "–" } },
      select: { location: true },
      orderBy: { model: "asc" },
    });
    expect(stored.map((e) => e.location)).toEqual([
      "CDI – rez-de-chaussée",
      "Salle d’arts plastiques",
    ]);

    const again = await createInventoryImport(await agent(), file("excel-2.csv", bytes));
    expect(again.summary.totals).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it("reads LibreOffice's UTF-8 CSV with every text quoted, a comma separator and a line break inside a cell", async () => {
    const preview = await createInventoryImport(
      await agent(),
      file("libreoffice.csv", fixture("inventaire-libreoffice-utf8.csv")),
    );
    expect(preview.summary).toMatchObject({ encoding: "UTF-8", rowCount: 2, errorCount: 0 });
    expect(
      preview.summary.sample.map((r) => [
        r.line,
        r.values.model,
        r.values.location,
        r.values.purchaseCostCents,
      ]),
    ).toEqual([
      [2, 'ActivPanel 9, 75"', "Salle 12\nBâtiment B", 249050],
      [4, "HL-L2350DW", "Vie scolaire – bureau d’accueil", 14900],
    ]);
  });

  it("reads GLPI's UTF-8 export with a BOM", async () => {
    const preview = await createInventoryImport(
      await agent(),
      file("glpi.csv", fixture("inventaire-glpi-ordinateurs.csv")),
    );
    expect(preview.summary).toMatchObject({
      encoding: "UTF-8",
      mappingSource: "glpi",
      errorCount: 0,
    });
    expect(preview.summary.header[0]).toBe("Nom");
  });

  it("decodes a Windows-1252 établissements file on the command line as on the web: « – » and « ’ » survive", async () => {
    const extract = nationalFileExtract([UAI.gayeulles]).replace(
      "Collège Les Gayeulles",
      "Collège Les Gayeulles – site d’Arthur",
    );
    expect(extract).toContain("site d’Arthur");
    const dir = mkdtempSync(path.join(tmpdir(), "import-"));
    const csv = path.join(dir, "annuaire-excel.csv");
    writeFileSync(
      csv,
      iconv.encode(extract.replace(/^\uFEFF/, "").replace(/\n/g, "\r\n"), "windows-1252"),
    );
    const { text, encoding } = await readImportFile(csv);
    expect(encoding).toBe("Windows-1252");
    expect(text).not.toContain("\uFFFD");
    const report = await unsafeImportEtablissements(db, text, {
      source: "test 1252",
      dryRun: false,
    });
    expect(report.errors).toEqual([]);
    expect(
      await db.etablissement.findUniqueOrThrow({
        where: { uai: UAI.gayeulles },
        select: { name: true },
      }),
    ).toEqual({ name: "Collège Les Gayeulles – site d’Arthur" });
  });
});

describe("unknown categories: mapped once on the preview, saved with the mapping, reused", () => {
  it("offers « Écran », « Moniteur » and « Switch PoE » to map, saves the choice, and reads them on the next import (web and CLI)", async () => {
    const text = `UAI;Catégorie;Modèle;Numéro de série\n${UAI.gayeulles};Écran;P2422H;CAT-1\n${UAI.gayeulles};Moniteur;U2720Q;CAT-2\n${UAI.rennes35b};Switch PoE;GS108PP;CAT-3\n${UAI.rennes35b};ECRAN;P2722H;CAT-4\n`;
    const preview = await createInventoryImport(await agent(), file("categories.csv", text));
    expect(preview.summary.unknownCategories).toEqual(["Écran", "Moniteur", "Switch PoE"]);
    expect(preview.summary.errorCount).toBeGreaterThan(0);

    const detail = await getInventoryImport(await agent(), preview.id);
    const choice = {
      catval_0: "Écran",
      catmap_0: "AUTRE",
      catval_1: "Moniteur",
      catmap_1: "AUTRE",
      catval_2: "Switch PoE",
      catmap_2: "COMMUTATEUR",
    };
    const recomputed = await recomputeInventoryImport(
      await agent(),
      mappingForm(preview.id, detail.mapping, choice),
    );
    expect(recomputed).toMatchObject({
      errorCount: 0,
      unknownCategories: [],
      totals: { created: 4 },
    });
    const committed = await commitInventoryImport(
      await agent(),
      mappingForm(preview.id, detail.mapping, { ...choice, saveMapping: "on" }),
    );
    expect(committed.written).toBe(true);
    expect((await getSavedImportMapping(await agent()))?.categoryValues).toEqual({
      Écran: "AUTRE",
      Moniteur: "AUTRE",
      "Switch PoE": "COMMUTATEUR",
    });
    const written = await db.equipment.findMany({
      where: { serialNumber: { startsWith: "CAT-" } },
      orderBy: { serialNumber: "asc" },
      select: { serialNumber: true, category: true },
    });
    expect(written.map((e) => e.category)).toEqual(["AUTRE", "AUTRE", "COMMUTATEUR", "AUTRE"]);

    // Another file, other columns: the words are still the collectivité's.
    const next = `Code UAI;Type de matériel;N° de série\n${UAI.gayeulles};écran;CAT-5\n${UAI.rennes35b};SWITCH POE;CAT-6\n`;
    const again = await createInventoryImport(await agent(), file("categories-2.csv", next));
    expect(again.summary).toMatchObject({
      errorCount: 0,
      unknownCategories: [],
      totals: { created: 2 },
    });
    const cli = await unsafeImportInventoryFile(db, {
      collectiviteCode: "35",
      bytes: new TextEncoder().encode(next),
      fileName: "c.csv",
      simulation: true,
      saveMapping: false,
      actor,
    });
    expect(cli.summary).toMatchObject({ errorCount: 0, totals: { created: 2 } });
    expect(cli.summary.sample.map((r) => r.values.category)).toEqual(["AUTRE", "COMMUTATEUR"]);
  });

  it("refuses a category value mapped to something that is not a category", async () => {
    const preview = await unsafeCreateImportPreview(db, {
      collectiviteId: (
        await db.collectivite.findUniqueOrThrow({ where: { code: "35" }, select: { id: true } })
      ).id,
      bytes: new TextEncoder().encode(`UAI;Catégorie\n${UAI.gayeulles};Grille-pain\n`),
      fileName: "g.csv",
      actor,
    });
    const detail = await getInventoryImport(await agent(), preview.id);
    await expect(
      recomputeInventoryImport(
        await agent(),
        mappingForm(preview.id, detail.mapping, { catval_0: "Grille-pain", catmap_0: "TOASTER" }),
      ),
    ).rejects.toThrow("Choisissez une catégorie de la liste.");
  });
});
