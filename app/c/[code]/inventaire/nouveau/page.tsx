import type { Metadata } from "next";
import Link from "next/link";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { createEquipmentAction } from "@/app/actions/equipment";
import { EquipmentForm } from "@/components/inventory/equipment-form";
import { EMPTY_EQUIPMENT } from "@/components/inventory/equipment-values";
import { spacePage } from "@/components/layout/space-page";
import { collectiviteFormScope, FormSection } from "@/app/_pages/form-section";
import { searchParam } from "@/app/_pages/search-param";

export const metadata: Metadata = { title: "Ajouter un équipement" };

export default spacePage<"code">("c", "inventaire/nouveau", "inventory.write", async (page) => {
  const { ctx, searchParams, base } = page;
  const { etablissements } = await inventoryFilterOptions(ctx);
  const uai = searchParam(searchParams, "uai")?.toUpperCase() ?? "";
  return (
    <FormSection
      titleId="nouveau-titre"
      title="Ajouter un équipement"
      back={`${base}/inventaire`}
      backLabel="← Tous les équipements"
    >
      <p>
        Pour de nombreux équipements à la fois,{" "}
        <Link href={`${base}/inventaire/import`}>importez un fichier CSV ou XLSX</Link>.
      </p>
      <EquipmentForm
        action={createEquipmentAction}
        values={{ ...EMPTY_EQUIPMENT, uai }}
        etablissements={etablissements}
        submitLabel="Ajouter l'équipement"
        {...collectiviteFormScope(page)}
      />
    </FormSection>
  );
});
