import type { Db } from "@/lib/db/client";
import { buildConventionDocument } from "@/lib/conventions/build-document";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { forEachConcurrently } from "@/prisma/seed/shared/for-each-concurrently";
import { createPdfRenderPool } from "@/prisma/seed/shared/conventions/pdf-render-pool";
import { writeBytes } from "@/prisma/seed/shared/write-bytes";
import type { WrittenConvention } from "@/prisma/seed/shared/conventions/written-conventions";

/**
 * Freezes every frozen version into its PDF as submitForSignature does: the product's document
 * builder (variables filled, the collège's inventory annex) and renderer, on `threads` worker
 * threads while the main thread reads the next documents. Returns each version's SHA-256.
 */
export async function unsafeWriteFrozenDocuments(
  db: Db,
  conventions: readonly WrittenConvention[],
  threads: number,
): Promise<Map<string, string>> {
  const frozen = conventions.flatMap((w) =>
    w.plan.versions.flatMap((v, i) =>
      v.frozenAt ? [{ id: w.versionIds[i]!, frozenAt: v.frozenAt }] : [],
    ),
  );
  const shaOf = new Map<string, string>();
  let pending: { id: string; bytes: Uint8Array; sha: string }[] = [];
  const flush = async () => {
    const rows = pending;
    pending = [];
    await writeBytes(db, "frozenPdf", rows);
  };
  const pool = createPdfRenderPool(threads);
  try {
    await forEachConcurrently(frozen, 2 * pool.threads + 1, async (version) => {
      const document = await db.$transaction((tx) =>
        buildConventionDocument(tx, version.id, version.frozenAt),
      );
      const pdf = await pool.render(document);
      const sha = sha256Hex(pdf);
      shaOf.set(version.id, sha);
      pending.push({ id: version.id, bytes: pdf, sha });
      if (pending.length >= 100) await flush();
    });
  } finally {
    await pool.close();
  }
  await flush();
  return shaOf;
}
