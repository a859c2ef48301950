import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { getInventoryImport } from "@/lib/inventory/import/get-import";
import { ImportPreview } from "@/components/inventory/import/import-preview";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Aperçu d'un import d'inventaire" };

export default spacePage<"code" | "id">(
  "c",
  (p) => `inventaire/import/${p.id}`,
  "inventory.write",
  async ({ ctx, params, searchParams }) => {
    const { code, id } = params;
    let detail;
    try {
      detail = await getInventoryImport(ctx, id);
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }
    const { fait } = searchParams;
    return (
      <ImportPreview
        code={code}
        detail={detail}
        done={typeof fait === "string" ? fait : undefined}
      />
    );
  },
);
