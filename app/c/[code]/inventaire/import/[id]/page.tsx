import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPageAccessContext } from "@/lib/access/page-context";
import { isAppError } from "@/lib/errors";
import { getInventoryImport } from "@/lib/inventory/import/get-import";
import { ImportPreview } from "@/components/inventory/import/import-preview";

export const metadata: Metadata = { title: "Aperçu d'un import d'inventaire" };

export default async function InventoryImportPreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string; id: string }>;
  searchParams: Promise<{ fait?: string | string[] }>;
}) {
  const { code, id } = await params;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `/c/${code}/inventaire/import/${id}`,
    "inventory.write",
  );
  let detail;
  try {
    detail = await getInventoryImport(ctx, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { fait } = await searchParams;
  return (
    <ImportPreview code={code} detail={detail} done={typeof fait === "string" ? fait : undefined} />
  );
}
