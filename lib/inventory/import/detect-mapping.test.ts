import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/imports/csv";
import { detectMapping, isGlpiComputerExport } from "./detect-mapping";
import { mappingFromForm, importMappingFormSchema, sameMapping } from "./fields";

const fixture = (name: string) =>
  parseCsv(readFileSync(path.join(process.cwd(), "tests/fixtures", name), "utf8")).header;

describe("detectMapping", () => {
  it("recognises a GLPI computer export as is: entity for the UAI, type for the category, financial columns", () => {
    const header = fixture("inventaire-glpi-ordinateurs.csv");
    expect(isGlpiComputerExport(header)).toBe(true);
    const { mapping, source } = detectMapping(header, null);
    expect(source).toBe("glpi");
    expect(mapping.defaultCategory).toBe("POSTE_FIXE");
    expect(mapping.columns).toEqual({
      uai: "Entité",
      category: "Type",
      manufacturer: "Fabricant",
      model: "Modèle",
      serialNumber: "Numéro de série",
      inventoryNumber: "Numéro d'inventaire",
      status: "Statut",
      location: "Lieu",
      acquiredOn: "Informations financières et administratives - Date d'achat",
      warrantyStartsOn: "Informations financières et administratives - Date de début de garantie",
      warrantyMonths: "Informations financières et administratives - Durée de garantie",
      purchaseCost: "Informations financières et administratives - Valeur",
    });
  });

  it("matches a spreadsheet's own column names by folded synonyms", () => {
    const { mapping, source } = detectMapping(fixture("inventaire-colleges-35.csv"), null);
    expect(source).toBe("automatique");
    expect(mapping.columns).toEqual({
      uai: "UAI",
      category: "Catégorie",
      manufacturer: "Marque",
      model: "Modèle",
      serialNumber: "N° de série",
      inventoryNumber: "N° d'inventaire",
      acquiredOn: "Date d'achat",
      warrantyEndsOn: "Fin de garantie",
      status: "État",
      location: "Salle",
      usage: "Usage",
      fundingSource: "Financement",
      purchaseCost: "Prix d'achat",
    });
    expect(mapping.defaultCategory).toBeNull();
  });

  it("accepts accents, case and spacing variants", () => {
    const { mapping } = detectMapping(
      [
        "code UAI",
        "TYPE D'ÉQUIPEMENT",
        "numero serie",
        "Numéro inventaire",
        "date acquisition",
        "COUT",
      ],
      null,
    );
    expect(mapping.columns).toMatchObject({
      uai: "code UAI",
      category: "TYPE D'ÉQUIPEMENT",
      serialNumber: "numero serie",
      inventoryNumber: "Numéro inventaire",
      acquiredOn: "date acquisition",
      purchaseCost: "COUT",
    });
  });

  it("reuses the saved mapping when the file has all its columns, else falls back", () => {
    const saved = {
      columns: { uai: "Code établissement", category: "Famille", serialNumber: "S/N" },
      defaultCategory: null,
    };
    const withAll = detectMapping(["S/N", "Famille", "Code établissement", "Autre"], saved);
    expect(withAll.source).toBe("enregistre");
    expect(sameMapping(withAll.mapping, saved)).toBe(true);
    const missing = detectMapping(["S/N", "UAI", "Catégorie"], saved);
    expect(missing.source).toBe("automatique");
    expect(missing.mapping.columns).toEqual({
      uai: "UAI",
      category: "Catégorie",
      serialNumber: "S/N",
    });
  });

  it("prefers an explicit UAI column over GLPI's entity", () => {
    const header = ["Nom", "Entité", "Statut", "Fabricant", "Numéro de série", "Type", "UAI"];
    const { mapping, source } = detectMapping(header, null);
    expect(source).toBe("automatique");
    expect(mapping.columns.uai).toBe("UAI");
  });
});

describe("mappingFromForm", () => {
  it("requires the UAI column and columns that exist", () => {
    const form = importMappingFormSchema.parse({
      importId: "x",
      map_category: "Type",
      map_model: "Inexistante",
      saveMapping: "on",
    });
    const { fieldErrors } = mappingFromForm(form, ["Type", "UAI"]);
    expect(fieldErrors.map_uai).toMatch(/UAI/);
    expect(fieldErrors.map_model).toMatch(/n'existe pas/);
    expect(form.saveMapping).toBe(true);
  });
});
