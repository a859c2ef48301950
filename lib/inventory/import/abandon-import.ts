import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { checkImportId } from "./access";
import { requireCollectivite } from "@/lib/access/require-scope";

/** « Abandonner »: the import waiting for confirmation is closed without writing anything. */
export async function abandonInventoryImport(ctx: AccessContext, input: unknown): Promise<void> {
  const collectiviteId = requireCollectivite(ctx, "inventory.write").id;
  const id = checkImportId((input as Record<string, unknown> | null)?.importId);
  const updated = await db.equipmentImport.updateMany({
    where: { id, collectiviteId, status: "APERCU" },
    data: { status: "ABANDONNE" },
  });
  if (updated.count === 1) return;
  const exists = await db.equipmentImport.findFirst({
    where: { id, collectiviteId },
    select: { status: true },
  });
  if (!exists) throw new AppError("NOT_FOUND");
  throw new AppError(
    "CONFLICT",
    "Cet import est déjà enregistré ou abandonné : rien n'a été modifié.",
  );
}
