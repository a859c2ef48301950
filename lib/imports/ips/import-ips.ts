import type { Db } from "@/lib/db/client";
import {
  planYearlyImport,
  writeYearlyImport,
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
  const planned = await planYearlyImport(db, parseIpsFile(text), options, (ids) =>
    db.indicePositionSociale.findMany({
      where: { etablissementId: { in: ids } },
      select: { etablissementId: true, rentree: true, ips: true, ecartType: true },
    }),
  );
  return writeYearlyImport(db, planned, options, {
    action: "ips.import",
    entityType: "IndicePositionSociale",
    columns: (row) => ({ rentree: row.rentree, ips: row.ips, ecartType: row.ecartType }),
    createMany: (tx, data) => tx.indicePositionSociale.createMany({ data }),
    update: (tx, where, data) => tx.indicePositionSociale.update({ where, data }),
  });
}
