import type { Metadata } from "next";
import { getInventoryImport } from "@/lib/inventory/import/get-import";
import { ImportPreview } from "@/components/inventory/import/import-preview";
import { spacePage } from "@/components/layout/space-page";
import { orNotFound } from "@/app/_server/or-not-found";
import { searchParam } from "@/app/_pages/search-param";

export const metadata: Metadata = { title: "Aperçu d'un import d'inventaire" };

export default spacePage<"code" | "id">(
  "c",
  (p) => `inventaire/import/${p.id}`,
  "inventory.write",
  async ({ ctx, params, searchParams }) => {
    const detail = await orNotFound(getInventoryImport(ctx, params.id));
    return (
      <ImportPreview code={params.code} detail={detail} done={searchParam(searchParams, "fait")} />
    );
  },
);
