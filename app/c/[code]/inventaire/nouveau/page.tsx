import type { Metadata } from "next";
import Link from "next/link";
import { getPageAccessContext } from "@/lib/access/page-context";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { createEquipmentAction } from "@/app/actions/equipment";
import { EquipmentForm } from "@/components/inventory/equipment-form";
import { EMPTY_EQUIPMENT } from "@/components/inventory/equipment-values";

export const metadata: Metadata = { title: "Ajouter un équipement" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const { code } = await params;
  const path = `/c/${code}/inventaire/nouveau`;
  const ctx = await getPageAccessContext({ type: "COLLECTIVITE", code }, path, "inventory.write");
  const { etablissements } = await inventoryFilterOptions(ctx);
  const { uai } = await searchParams;
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
}
