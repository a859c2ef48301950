import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { db } from "@/lib/db/client";
import { createInventoryImport } from "@/lib/inventory/import/create-import";
import { commitInventoryImport } from "@/lib/inventory/import/commit-import";
import { getInventoryImport } from "@/lib/inventory/import/get-import";
import { unsafeImportInventoryFile } from "@/lib/inventory/import/import-file";
import { formatInventoryReport } from "@/lib/inventory/import/format-report";
import { readImportFile } from "@/lib/imports/read-import-file";
import { unsafeImportEtablissements } from "@/lib/imports/etablissements/import-etablissements";
import { nationalFileExtract, UAI } from "../support/fixtures";
import { mappingForm } from "../support/import-form";
import {
  fixture,
  file,
  actor,
  agent,
  seedImportHardening,
} from "./inventory-import-hardening.fixtures";

beforeAll(seedImportHardening);

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
