import type { Metadata } from "next";
import { getSavedImportMapping, listInventoryImports } from "@/lib/inventory/import/get-import";
import { ImportHome } from "@/components/inventory/import/import-home";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Importer un inventaire" };

export default spacePage<"code">(
  "c",
  "inventaire/import",
  "inventory.write",
  async ({ ctx, params }) => {
    const { code } = params;
    const [saved, imports] = await Promise.all([
      getSavedImportMapping(ctx),
      listInventoryImports(ctx),
    ]);
    const name = ctx.scope.type === "COLLECTIVITE" ? ctx.scope.name : "";
    return <ImportHome code={code} collectiviteName={name} saved={saved} imports={imports} />;
  },
);
