import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { getSavedImportMapping, listInventoryImports } from "@/lib/inventory/import/get-import";
import { ImportHome } from "@/components/inventory/import/import-home";

export const metadata: Metadata = { title: "Importer un inventaire" };

export default async function InventoryImportPage({
  params,
}: {
  params: Promise<{ code: string }>;
}) {
  const { code } = await params;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `/c/${code}/inventaire/import`,
    "inventory.write",
  );
  const [saved, imports] = await Promise.all([
    getSavedImportMapping(ctx),
    listInventoryImports(ctx),
  ]);
  const name = ctx.scope.type === "COLLECTIVITE" ? ctx.scope.name : "";
  return <ImportHome code={code} collectiviteName={name} saved={saved} imports={imports} />;
}
