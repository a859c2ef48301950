import { describe, expect, it } from "vitest";
import { detectMapping } from "@/lib/inventory/import/detect-mapping";
import { EQUIPMENT_EXPORT_HEADER } from "@/lib/inventory/export-columns";

describe("the equipment export", () => {
  it("uses columns the import recognises, so an exported list can be corrected and imported back", () => {
    const { mapping } = detectMapping([...EQUIPMENT_EXPORT_HEADER], null);
    expect(mapping.columns).toMatchObject({
      uai: "UAI",
      category: "Catégorie",
      manufacturer: "Fabricant",
      model: "Modèle",
      serialNumber: "Numéro de série",
      inventoryNumber: "Numéro d'inventaire",
      acquiredOn: "Date d'acquisition",
      warrantyEndsOn: "Fin de garantie",
      status: "Statut",
      location: "Emplacement",
      usage: "Usage",
      fundingSource: "Financement",
      purchaseCost: "Coût d'achat (€)",
    });
  });
});
