import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionKind } from "@/lib/generated/prisma/enums";
import { KIND_PREFIXES } from "@/lib/conventions/labels";

/**
 * The next free reference « CT-35-2026-0007 » (kind, collectivité, year, sequence). Callers hold
 * the collectivité's advisory lock (see `lockCollectiviteReferences`), so two creations never
 * pick the same number.
 */
export async function nextReferences(
  tx: Prisma.TransactionClient,
  kind: ConventionKind,
  collectiviteCode: string,
  year: number,
  count = 1,
): Promise<string[]> {
  const prefix = `${KIND_PREFIXES[kind]}-${collectiviteCode}-${year}-`;
  const last = await tx.convention.findFirst({
    where: { reference: { startsWith: prefix } },
    orderBy: { reference: "desc" },
    select: { reference: true },
  });
  const start = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
  return Array.from({ length: count }, (_, i) => `${prefix}${String(start + i).padStart(4, "0")}`);
}

/** Serialises reference allocation per collectivité for the rest of the transaction. */
export async function lockCollectiviteReferences(
  tx: Prisma.TransactionClient,
  collectiviteId: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(727274002, hashtext(${collectiviteId}))`;
}
