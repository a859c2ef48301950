import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { parseCalendarDate } from "@/lib/imports/dates";
import type { ImportError } from "@/lib/imports/row-errors";
import { readInventoryFile } from "@/lib/inventory/import/read-inventory-file";
import { cleanFileName } from "@/lib/inventory/import/create-import";
import {
  matchNetworkColumns,
  NETWORK_IMPORT_LABELS,
  readTechnology,
  readYesNo,
  toMbpsText,
  type NetworkColumn,
  type NetworkImportField,
} from "@/lib/network/import-columns";
import { formatMbps } from "@/lib/network/rules";
import { networkProfileSchema } from "@/lib/network/schemas";
import {
  changedProfileKeys,
  profileValues,
  unsafeWriteNetworkProfile,
  type NetworkProfileValues,
} from "@/lib/network/write-network";

/** Rows reported with their changes in the preview, at most (the counts cover all of them). */
const MAX_PREVIEW_ROWS = 500;
const MAX_ERRORS = 200;
const DATE_FIELDS = new Set<NetworkImportField>(["contractEndsOn", "lastAuditOn", "entSince"]);

export interface NetworkImportChange {
  line: number;
  uai: string;
  name: string;
  /** « Débit descendant : 20 → 100 » for each column the row changes. */
  changes: string[];
  created: boolean;
}

export interface NetworkImportReport {
  fileName: string;
  sha256: string;
  rows: number;
  /** The file's columns the import read, by their name in the file. */
  columns: string[];
  errors: ImportError[];
  created: number;
  updated: number;
  unchanged: number;
  changes: NetworkImportChange[];
  written: boolean;
}

type College = {
  id: string;
  secteur: string;
  uai: string;
  name: string;
  collectiviteId: string;
  academieCode: string;
  networkProfile: (NetworkProfileValues & { etablissementId: string }) | null;
};

const shown = (key: keyof NetworkProfileValues, value: unknown) =>
  (key === "downKbps" || key === "upKbps") && typeof value === "number"
    ? formatMbps(value)
    : value === null || value === undefined
      ? "inconnu"
      : value instanceof Date
        ? value.toISOString().slice(0, 10)
        : typeof value === "boolean"
          ? value
            ? "oui"
            : "non"
          : typeof value === "string" || typeof value === "number"
            ? String(value)
            : JSON.stringify(value);

/** What a form field becomes in the profile's columns (speeds in kbit/s). */
const COLUMN_OF: Partial<Record<NetworkImportField, keyof NetworkProfileValues>> = {
  downMbps: "downKbps",
  upMbps: "upKbps",
};

/** One row's cell for each field the file has, normalised to what the form's schema reads. */
function rowInput(
  values: readonly string[],
  columns: ReadonlyMap<NetworkImportField, NetworkColumn>,
  line: number,
  errors: ImportError[],
): Record<string, string> {
  const input: Record<string, string> = {};
  for (const column of columns.values()) {
    const raw = (values[column.index] ?? "").trim();
    if (column.field === "accessTechnology") {
      const technology = readTechnology(raw);
      if (technology === null)
        errors.push({
          line,
          column: column.name,
          message: `Technologie « ${raw} » inconnue : fibre FTTO (dédiée), fibre FTTH (mutualisée), cuivre (ADSL, VDSL, SDSL), radio (4G, 5G) ou satellite.`,
        });
      else input.accessTechnology = technology;
    } else if (column.field === "garEnabled") {
      const yesNo = readYesNo(raw);
      if (yesNo === null)
        errors.push({
          line,
          column: column.name,
          message: `GAR : « ${raw} » n'est ni oui ni non.`,
        });
      else input.garEnabled = yesNo;
    } else if (DATE_FIELDS.has(column.field)) {
      const date = raw === "" ? null : parseCalendarDate(raw);
      input[column.field] = date ? date.toISOString().slice(0, 10) : raw;
    } else input[column.field] = toMbpsText(raw, column.mbpsFactor);
  }
  return input;
}

/**
 * Imports an operator's or the département's network file (CSV or XLSX, one row per UAI) for the
 * collectivité's collèges, all or nothing: every row is checked first (unknown UAI or one outside
 * the collectivité — or the technician's secteur —, a UAI twice, a speed that is not one, a date, a
 * technology), and any error refuses the whole file with its line numbers. Only the columns the
 * file has are written; an empty cell leaves the recorded value as it is. Without `confirm` (or
 * with the hash of another file) nothing is written: the report is the preview; with the hash of
 * this very file, previewed without error, every row is written in one transaction, each change
 * entering the collège's history.
 */
export async function importNetworkFile(
  ctx: AccessContext,
  input: { bytes: Uint8Array; fileName: string; confirm?: string | null },
): Promise<NetworkImportReport> {
  requireCollectivite(ctx, "network.manage");
  const file = await readInventoryFile(input.bytes);
  const columns = matchNetworkColumns(file.header);
  const report: NetworkImportReport = {
    fileName: cleanFileName(input.fileName),
    sha256: file.sha256,
    rows: file.records.length,
    columns: [...columns.values()].map((c) => `${c.name} → ${NETWORK_IMPORT_LABELS[c.field]}`),
    errors: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    changes: [],
    written: false,
  };
  if (!columns.has("uai") || columns.size < 2) {
    report.errors.push({
      line: 1,
      column: null,
      message:
        "Le fichier doit avoir une colonne UAI et au moins une colonne reconnue (débit descendant, débit montant, technologie, opérateur, fin de contrat, salles, salles Wi-Fi…).",
    });
    return report;
  }

  const uaiColumn = columns.get("uai")!;
  const uais = file.records.map((r) => (r.values[uaiColumn.index] ?? "").trim().toUpperCase());
  const colleges: College[] = await db.etablissement.findMany({
    where: { AND: [{ uai: { in: [...new Set(uais)] } }, etablissementScopeWhere(ctx)] },
    select: {
      id: true,
      secteur: true,
      uai: true,
      name: true,
      collectiviteId: true,
      academieCode: true,
      networkProfile: true,
    },
  });
  const byUai = new Map(colleges.map((c) => [c.uai, c]));
  const seen = new Map<string, number>();
  const planned: {
    line: number;
    college: College;
    values: NetworkProfileValues;
    /** Only the file's own cells: written over the profile as it is when the import writes. */
    fromFile: Partial<NetworkProfileValues>;
  }[] = [];

  file.records.forEach((record, index) => {
    if (report.errors.length >= MAX_ERRORS) return;
    const line = record.line;
    const uai = uais[index]!;
    const college = byUai.get(uai);
    if (!college) {
      report.errors.push({
        line,
        column: uaiColumn.name,
        message:
          uai === ""
            ? "UAI manquant."
            : `UAI ${uai} inconnu, ou collège hors de votre collectivité : aucune ligne n'est importée.`,
      });
      return;
    }
    if (college.secteur !== "PUBLIC") {
      report.errors.push({
        line,
        column: uaiColumn.name,
        message: `${college.name} (${uai}) est un établissement privé : son réseau ne relève pas de la collectivité.`,
      });
      return;
    }
    const first = seen.get(uai);
    if (first !== undefined) {
      report.errors.push({
        line,
        column: uaiColumn.name,
        message: `UAI ${uai} déjà présent ligne ${first} : une seule ligne par collège.`,
      });
      return;
    }
    seen.set(uai, line);
    const cellErrors: ImportError[] = [];
    const cells = rowInput(record.values, columns, line, cellErrors);
    const parsed = networkProfileSchema.safeParse(cells);
    if (!parsed.success || cellErrors.length > 0) {
      report.errors.push(
        ...cellErrors,
        ...(parsed.error?.issues ?? []).map((issue) => {
          const field = issue.path[0] as NetworkImportField | undefined;
          return {
            line,
            column: field ? (columns.get(field)?.name ?? null) : null,
            message: issue.message,
          };
        }),
      );
      return;
    }
    // The file's non-empty cells over what is recorded: an empty cell changes nothing.
    const parsedValues = profileValues(parsed.data);
    const fromFile: Partial<NetworkProfileValues> = {};
    for (const column of columns.values()) {
      if (column.field === "uai" || (cells[column.field] ?? "") === "") continue;
      const key = COLUMN_OF[column.field] ?? (column.field as keyof NetworkProfileValues);
      (fromFile as Record<string, unknown>)[key] = parsedValues[key];
    }
    const values = { ...pickValues(college.networkProfile ?? EMPTY_PROFILE), ...fromFile };
    if (
      typeof values.wifiRooms === "number" &&
      typeof values.teachingRooms === "number" &&
      values.wifiRooms > values.teachingRooms
    ) {
      report.errors.push({
        line,
        column: columns.get("wifiRooms")?.name ?? columns.get("teachingRooms")?.name ?? null,
        message: `Salles couvertes par le Wi-Fi (${values.wifiRooms}) : pas plus que les salles d'enseignement (${values.teachingRooms}).`,
      });
      return;
    }
    planned.push({ line, college, values, fromFile });
  });
  if (report.errors.length > 0) return report;

  for (const { line, college, values } of planned) {
    const current = college.networkProfile;
    const changes = changedProfileKeys(current, values).map(
      (key) => `${CHANGE_LABELS[key]} : ${shown(key, current?.[key])} → ${shown(key, values[key])}`,
    );
    if (changes.length === 0) {
      report.unchanged += 1;
      continue;
    }
    if (current) report.updated += 1;
    else report.created += 1;
    if (report.changes.length < MAX_PREVIEW_ROWS)
      report.changes.push({
        line,
        uai: college.uai,
        name: college.name,
        changes,
        created: !current,
      });
  }
  if (!input.confirm || input.confirm !== file.sha256) return report;
  if (report.created + report.updated === 0) return report;

  const source = `import « ${report.fileName} »`;
  await db.$transaction(
    async (tx) => {
      // Read again under the transaction: a field the file does not carry keeps a hand edit made
      // since the preview.
      for (const { college, fromFile } of planned) {
        const current = await tx.networkProfile.findUnique({
          where: { etablissementId: college.id },
        });
        const values = { ...pickValues(current ?? EMPTY_PROFILE), ...fromFile };
        await unsafeWriteNetworkProfile(tx, ctx, college, values, source);
      }
      await appendMemberAuditEvent(tx, ctx, {
        action: "network.import",
        entityType: "NetworkProfile",
        after: {
          file: report.fileName,
          sha256: report.sha256,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
        },
      });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  report.written = true;
  return report;
}

/** A collège never recorded: every value unknown. */
const EMPTY_PROFILE: NetworkProfileValues = profileValues(networkProfileSchema.parse({ uai: "-" }));

/** A recorded profile's values, as the import compares and writes them. */
function pickValues(p: NetworkProfileValues): NetworkProfileValues {
  return {
    accessTechnology: p.accessTechnology,
    downKbps: p.downKbps,
    upKbps: p.upKbps,
    operator: p.operator,
    contractEndsOn: p.contractEndsOn,
    backupLink: p.backupLink,
    backboneMbps: p.backboneMbps,
    lastAuditOn: p.lastAuditOn,
    teachingRooms: p.teachingRooms,
    wifiRooms: p.wifiRooms,
    filteringSolution: p.filteringSolution,
    filteringParty: p.filteringParty,
    entName: p.entName,
    entGroupement: p.entGroupement,
    entSince: p.entSince,
    garEnabled: p.garEnabled,
    messaging: p.messaging,
  };
}

const CHANGE_LABELS: Record<keyof NetworkProfileValues, string> = {
  accessTechnology: "Technologie",
  downKbps: "Débit descendant",
  upKbps: "Débit montant",
  operator: "Opérateur",
  contractEndsOn: "Fin du contrat",
  backupLink: "Lien de secours",
  backboneMbps: "Cœur de réseau (Mbit/s)",
  lastAuditOn: "Dernier audit",
  teachingRooms: "Salles d'enseignement",
  wifiRooms: "Salles Wi-Fi",
  filteringSolution: "Filtrage",
  filteringParty: "Filtrage assuré par",
  entName: "ENT",
  entGroupement: "Groupement de l'ENT",
  entSince: "ENT depuis",
  garEnabled: "GAR",
  messaging: "Messagerie",
};
