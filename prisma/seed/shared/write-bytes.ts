import type { Db } from "@/lib/db/client";

/** Where the generator stores documents: table, bytea column, SHA-256 column. Fixed here, never from input. */
const TARGETS = {
  frozenPdf: ["ConventionVersion", "frozenPdf", "frozenSha256"],
  scanPdf: ["SignatureStep", "scanPdf", "scanSha256"],
} as const;

/**
 * Stores documents and their SHA-256 on existing rows, one statement per call: the bytes travel
 * base64-encoded in one jsonb parameter, as bulkInsert does for rows.
 */
export async function writeBytes(
  db: Db,
  target: keyof typeof TARGETS,
  rows: readonly { id: string; bytes: Uint8Array; sha: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const [table, bytes, sha] = TARGETS[target];
  const sql =
    `UPDATE "${table}" AS t SET "${bytes}" = decode(x.b, 'base64'), "${sha}" = x.s ` +
    `FROM jsonb_to_recordset($1::jsonb) AS x(id text, b text, s text) WHERE t.id = x.id`;
  const payload = rows.map((r) => ({
    id: r.id,
    b: Buffer.from(r.bytes).toString("base64"),
    s: r.sha,
  }));
  const updated = await db.$executeRawUnsafe(sql, JSON.stringify(payload));
  if (updated !== rows.length)
    throw new Error(`${table} : ${updated} ligne(s) mise(s) à jour sur ${rows.length}`);
}
