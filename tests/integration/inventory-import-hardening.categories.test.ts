import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  createInventoryImport,
  unsafeCreateImportPreview,
} from "@/lib/inventory/import/create-import";
import { recomputeInventoryImport } from "@/lib/inventory/import/recompute-import";
import { commitInventoryImport } from "@/lib/inventory/import/commit-import";
import { getInventoryImport, getSavedImportMapping } from "@/lib/inventory/import/get-import";
import { unsafeImportInventoryFile } from "@/lib/inventory/import/import-file";
import { UAI } from "../support/fixtures";
import { mappingForm } from "../support/import-form";
import { file, actor, agent, seedImportHardening } from "./inventory-import-hardening.fixtures";

beforeAll(seedImportHardening);

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
