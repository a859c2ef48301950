import { yearlyImporter } from "@/lib/imports/effectifs/import-effectifs";
import { parseIpsFile } from "./parse-ips";

const IPS_SELECT = { etablissementId: true, rentree: true, ips: true, ecartType: true } as const;

/**
 * Imports the DEPP file of indices de position sociale per collège, all or nothing, as an upsert
 * keyed by établissement and rentrée. Bypasses the access context: the figures are public data,
 * loaded by the CLI and the demo seed, never from a request.
 */
export const unsafeImportIps = yearlyImporter(parseIpsFile, {
  action: "ips.import",
  entityType: "IndicePositionSociale",
  loadExisting: (db, where) => db.indicePositionSociale.findMany({ where, select: IPS_SELECT }),
  columns: (row) => ({ rentree: row.rentree, ips: row.ips, ecartType: row.ecartType }),
  createMany: (tx, data) => tx.indicePositionSociale.createMany({ data }),
  update: (tx, where, data) => tx.indicePositionSociale.update({ where, data }),
});
