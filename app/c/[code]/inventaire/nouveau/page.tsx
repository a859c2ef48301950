import type { Metadata } from "next";
import Link from "next/link";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { createEquipmentAction } from "@/app/actions/equipment";
import { EquipmentForm } from "@/components/inventory/equipment-form";
import { EMPTY_EQUIPMENT } from "@/components/inventory/equipment-values";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Ajouter un équipement" };

export default spacePage<"code">(
  "c",
  "inventaire/nouveau",
  "inventory.write",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const path = `/c/${code}/inventaire/nouveau`;
    const { etablissements } = await inventoryFilterOptions(ctx);
    const { uai } = searchParams;
    return (
      <section aria-labelledby="nouveau-titre" className="space-y-4">
        <p className="text-sm">
          <Link href={`/c/${code}/inventaire`}>← Tous les équipements</Link>
        </p>
        <h1 id="nouveau-titre">Ajouter un équipement</h1>
        <p>
          Pour de nombreux équipements à la fois,{" "}
          <Link href={`/c/${code}/inventaire/import`}>importez un fichier CSV ou XLSX</Link>.
        </p>
        <EquipmentForm
          action={createEquipmentAction}
          values={{ ...EMPTY_EQUIPMENT, uai: typeof uai === "string" ? uai.toUpperCase() : "" }}
          etablissements={etablissements}
          submitLabel="Ajouter l'équipement"
          scopeType="COLLECTIVITE"
          scopeKey={code}
          path={path}
        />
      </section>
    );
  },
);
