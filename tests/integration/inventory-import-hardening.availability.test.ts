import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { zipParts } from "@/tests/support/zip-parts";
import { createInventoryImport } from "@/lib/inventory/import/create-import";
import { recomputeInventoryImport } from "@/lib/inventory/import/recompute-import";
import { abandonInventoryImport } from "@/lib/inventory/import/abandon-import";
import { getInventoryImport } from "@/lib/inventory/import/get-import";
import { UNREADABLE_IMPORT_MESSAGE } from "@/lib/inventory/import/summary";
import { UAI } from "../support/fixtures";
import { mappingForm } from "../support/import-form";
import { file, agent, seedImportHardening } from "./inventory-import-hardening.fixtures";

beforeAll(seedImportHardening);

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
