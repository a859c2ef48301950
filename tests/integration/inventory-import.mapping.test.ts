import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { toXlsx } from "@/lib/exports/xlsx";
import { recomputeInventoryImport } from "@/lib/inventory/import/recompute-import";
import { commitInventoryImport } from "@/lib/inventory/import/commit-import";
import { abandonInventoryImport } from "@/lib/inventory/import/abandon-import";
import {
  getInventoryImport,
  getSavedImportMapping,
  listInventoryImports,
} from "@/lib/inventory/import/get-import";
import { type ImportMapping } from "@/lib/inventory/import/fields";
import { UAI } from "../support/fixtures";
import { inSequence } from "../support/story";
import { mappingForm } from "../support/import-form";
import {
  fixture,
  csvFile,
  as,
  upload,
  commit,
  seedInventoryImport,
  uploadPreviewStoryImports,
  uploadOneTablet,
} from "./inventory-import.fixtures";

beforeAll(inSequence(seedInventoryImport, uploadPreviewStoryImports));

describe("GLPI export, XLSX, mapping", () => {
  it("imports a GLPI computer export as is", async () => {
    const preview = await upload(
      "agent35",
      csvFile("glpi-ordinateurs.csv", fixture("inventaire-glpi-ordinateurs.csv")),
    );
    expect(preview.summary).toMatchObject({
      mappingSource: "glpi",
      rowCount: 8,
      errorCount: 0,
      totals: { created: 8, updated: 0, unchanged: 0 },
    });
    expect((await commit("agent35", preview.id)).written).toBe(true);
    const rows = await db.equipment.findMany({
      where: { importId: preview.id },
      orderBy: { inventoryNumber: "asc" },
    });
    const byInventory = new Map(rows.map((r) => [r.inventoryNumber, r]));
    expect(byInventory.get("CD35-2021-00412")).toMatchObject({
      category: "POSTE_FIXE",
      manufacturer: "Dell Inc.",
      model: "OptiPlex 7090",
      serialNumber: "7XK2LM3",
      location: "Bâtiment A > Salle 101",
      purchaseCostCents: 74900,
    });
    expect(byInventory.get("CD35-2021-00412")!.warrantyEndsOn?.toISOString().slice(0, 10)).toBe(
      "2024-08-31",
    );
    expect(byInventory.get("CD35-2022-01088")).toMatchObject({
      category: "PORTABLE",
      status: "EN_STOCK",
      purchaseCostCents: 112900,
    });
    expect(byInventory.get("CD35-2016-00590")).toMatchObject({
      category: "POSTE_FIXE",
      serialNumber: null,
      status: "EN_PANNE",
      warrantyEndsOn: null,
    });
    expect(byInventory.get("CD35-2017-00954")).toMatchObject({ status: "REFORME" });
  });

  it("reads the same GLPI export saved as XLSX by LibreOffice as the same equipment", async () => {
    // Right after the CSV above was committed: every row is found again, unchanged.
    const bytes = fixture("xlsx/libreoffice-glpi-ordinateurs.xlsx");
    const preview = await upload(
      "agent35",
      new File([new Uint8Array(bytes)], "glpi-ordinateurs.xlsx"),
    );
    expect(preview.summary).toMatchObject({
      mappingSource: "glpi",
      rowCount: 8,
      errorCount: 0,
      totals: { created: 0, updated: 0, unchanged: 8 },
    });
    await abandonInventoryImport(await as("agent35"), { importId: preview.id });
  });

  it("imports an XLSX workbook", async () => {
    const bytes = await toXlsx(
      "Inventaire",
      ["UAI", "Type de matériel", "Numéro de série", "Date d'achat", "Prix d'achat"],
      [
        [UAI.gayeulles, "Tablette", "XLSX-001", new Date(Date.UTC(2024, 0, 15)), 329.9],
        [UAI.rennes35b, "TBI", "XLSX-002", new Date(Date.UTC(2019, 8, 2)), 2500],
      ],
    );
    const preview = await upload("agent35", new File([bytes], "parc.xlsx"));
    expect(preview.summary).toMatchObject({ errorCount: 0, totals: { created: 2 } });
    expect((await commit("agent35", preview.id)).written).toBe(true);
    const tablet = await db.equipment.findFirstOrThrow({ where: { serialNumber: "XLSX-001" } });
    expect(tablet).toMatchObject({ category: "TABLETTE", purchaseCostCents: 32990 });
    expect(tablet.acquiredOn?.toISOString().slice(0, 10)).toBe("2024-01-15");
    expect((await db.equipmentImport.findUniqueOrThrow({ where: { id: preview.id } })).format).toBe(
      "XLSX",
    );
  });

  it("recomputes with the agent's mapping, saves it on commit, and reuses it for the next file", async () => {
    const header = "Établissement;Famille;S/N;Salle de cours";
    const preview = await upload(
      "agent35",
      csvFile("maison.csv", `${header}\n${UAI.gayeulles};Vidéoprojecteur;MAISON-1;Salle 1\n`),
    );
    expect(preview.summary.errorCount).toBe(1);
    expect(preview.summary.errors[0]).toMatch(
      /Aucune colonne du fichier n'a été reconnue comme l'UAI/,
    );

    const ctx = await as("agent35");
    await expect(
      recomputeInventoryImport(ctx, { importId: preview.id, map_category: "Famille" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { map_uai: expect.stringMatching(/UAI/) },
    });
    const chosen: ImportMapping = {
      columns: {
        uai: "Établissement",
        category: "Famille",
        serialNumber: "S/N",
        location: "Salle de cours",
      },
      defaultCategory: null,
    };
    const summary = await recomputeInventoryImport(ctx, mappingForm(preview.id, chosen));
    expect(summary).toMatchObject({
      mappingSource: "manuel",
      errorCount: 0,
      totals: { created: 1 },
    });

    const stale = { ...chosen, columns: { ...chosen.columns, location: undefined } };
    await expect(commitInventoryImport(ctx, mappingForm(preview.id, stale))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(
      (await commitInventoryImport(ctx, mappingForm(preview.id, chosen, { saveMapping: "on" })))
        .written,
    ).toBe(true);
    expect(await getSavedImportMapping(ctx)).toEqual(chosen);

    const next = await upload(
      "agent35",
      csvFile(
        "maison-2.csv",
        `Salle de cours;S/N;Famille;Établissement\nSalle 2;MAISON-2;ENI;${UAI.rennes35b}\n`,
      ),
    );
    expect(next.summary).toMatchObject({
      mappingSource: "enregistre",
      errorCount: 0,
      totals: { created: 1 },
    });
    expect((await getInventoryImport(ctx, next.id)).mapping).toEqual(chosen);
  });

  it("abandons an import: it can no longer be committed", async () => {
    const preview = await uploadOneTablet("abandon.csv", "ABANDON-1");
    await abandonInventoryImport(await as("agent35"), { importId: preview.id });
    expect((await getInventoryImport(await as("agent35"), preview.id)).status).toBe("ABANDONNE");
    await expect(commit("agent35", preview.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.equipment.count({ where: { serialNumber: "ABANDON-1" } })).toBe(0);
  });

  it("lets only one of two concurrent commits write", async () => {
    const preview = await uploadOneTablet("concurrent.csv", "CONC-1");
    const ctx = await as("agent35");
    const results = await Promise.allSettled([
      commitInventoryImport(ctx, { importId: preview.id }),
      commitInventoryImport(ctx, { importId: preview.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT" },
    });
    expect(await db.equipment.count({ where: { serialNumber: "CONC-1" } })).toBe(1);
  });

  it("lists the collectivité's imports, newest first", async () => {
    const list = await listInventoryImports(await as("agent35"));
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list[0]!.fileName).toBe("concurrent.csv");
    expect(list.every((i, k) => k === 0 || list[k - 1]!.createdAt >= i.createdAt)).toBe(true);
  });
});
