import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import {
  importAuditEvent,
  pickChanged,
  planYearlyImport,
  type YearlyImportOptions,
  type YearlyImportReport,
} from "@/lib/imports/effectifs/import-effectifs";
import { parseIpsFile } from "./parse-ips";

/**
 * Imports the DEPP file of indices de position sociale per collège, all or nothing, as an upsert
 * keyed by établissement and rentrée. Bypasses the access context: the figures are public data,
 * loaded by the CLI and the demo seed, never from a request.
 */
export async function unsafeImportIps(
  db: Db,
  text: string,
  options: YearlyImportOptions,
): Promise<YearlyImportReport> {
  const { report, plan } = await planYearlyImport(db, parseIpsFile(text), options, (ids) =>
    db.indicePositionSociale.findMany({
      where: { etablissementId: { in: ids } },
      select: { etablissementId: true, rentree: true, ips: true, ecartType: true },
    }),
  );
  if (!plan || report.dryRun) return report;
  const now = options.now ?? new Date();
  const stamp = { source: options.source, importedAt: now };
  await db.$transaction(
    async (tx) => {
      const rows = plan.create.map(({ etablissementId, row }) => ({
        etablissementId,
        rentree: row.rentree,
        ips: row.ips,
        ecartType: row.ecartType,
        ...stamp,
      }));
      for (let i = 0; i < rows.length; i += 1000)
        await tx.indicePositionSociale.createMany({ data: rows.slice(i, i + 1000) });
      for (const { etablissementId, row, changed } of plan.update) {
        const where = { etablissementId_rentree: { etablissementId, rentree: row.rentree } };
        await tx.indicePositionSociale.update({
          where,
          data: { ...pickChanged(row, changed), ...stamp },
        });
      }
      await appendAuditEvent(
        tx,
        importAuditEvent("ips.import", "IndicePositionSociale", report, options, now),
      );
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  report.written = true;
  return report;
}
