import type { BulkColumn } from "@/lib/db/bulk-insert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { collectiviteCodeFor } from "@/lib/referentials/collectivites";
import type { EtablissementField } from "./columns";
import type { ImportError } from "@/lib/imports/row-errors";
import type { EtablissementRow } from "./parse-etablissements";

// An établissement of an imported file as the database stores it, and what changes on re-import.

export const ENRICH_FIELDS = [
  "educationPrioritaire",
  "phone",
  "email",
  "website",
] as const satisfies readonly EtablissementField[];

/** Fields compared on re-import; a field whose column the file lacks is left as it is. */
const OPTIONAL_FIELDS = [
  "natureCode",
  "natureLabel",
  "etat",
  "communeCode",
  "address",
  "postalCode",
  "latitude",
  "longitude",
  "openedOn",
  "privateContractCode",
  "privateContractLabel",
  "educationPrioritaire",
  "phone",
  "email",
  "website",
] as const satisfies readonly EtablissementField[];

export type EtablissementData = Prisma.EtablissementUncheckedCreateInput;

export const COMMUNE_COLUMNS: BulkColumn[] = [
  { name: "code", type: "text" },
  { name: "name", type: "text" },
  { name: "departementCode", type: "text" },
];

export const ETABLISSEMENT_COLUMNS: BulkColumn[] = [
  ...[
    "id",
    "uai",
    "name",
    "natureCode",
    "natureLabel",
    "privateContractCode",
    "privateContractLabel",
    "collectiviteId",
    "academieCode",
    "departementCode",
    "communeCode",
    "communeName",
    "address",
    "postalCode",
    "phone",
    "email",
    "website",
    "source",
  ].map((name) => ({ name, type: "text" })),
  { name: "secteur", type: '"Secteur"' },
  { name: "etat", type: '"EtatEtablissement"' },
  { name: "educationPrioritaire", type: '"EducationPrioritaire"' },
  { name: "latitude", type: "double precision" },
  { name: "longitude", type: "double precision" },
  { name: "openedOn", type: "date" },
  { name: "closedAt", type: "timestamp(3)" },
  { name: "importedAt", type: "timestamp(3)" },
  { name: "updatedAt", type: "timestamp(3)" },
];

export function toData(
  row: EtablissementRow,
  ref: {
    academieOf: Map<string, string>;
    collectiviteId: Map<string, string>;
    source: string;
    now: Date;
    columnName: (f: EtablissementField) => string;
  },
  errors: ImportError[],
): EtablissementData | null {
  const expectedAcademie = ref.academieOf.get(row.departementCode);
  if (!expectedAcademie) {
    errors.push({
      line: row.line,
      column: ref.columnName("departementCode"),
      message: `Département « ${row.departementCode} » inconnu du référentiel`,
    });
    return null;
  }
  if (expectedAcademie !== row.academieCode) {
    errors.push({
      line: row.line,
      column: ref.columnName("academieCode"),
      message: `Le département ${row.departementCode} relève de l'académie ${expectedAcademie}, pas de l'académie ${row.academieCode}`,
    });
    return null;
  }
  const collectiviteCode = collectiviteCodeFor(row.departementCode, row.communeCode);
  const collectiviteId = ref.collectiviteId.get(collectiviteCode);
  if (!collectiviteId) {
    errors.push({
      line: row.line,
      column: null,
      message: `Collectivité de rattachement « ${collectiviteCode} » absente du référentiel`,
    });
    return null;
  }
  return {
    uai: row.uai,
    name: row.name,
    secteur: row.secteur,
    natureCode: row.natureCode ?? "340",
    natureLabel: row.natureLabel ?? "COLLEGE",
    etat: row.etat,
    closedAt: row.etat === "FERME" ? ref.now : null,
    collectiviteId,
    academieCode: row.academieCode,
    departementCode: row.departementCode,
    communeCode: row.communeCode,
    communeName: row.communeName,
    address: row.address,
    postalCode: row.postalCode,
    latitude: row.latitude,
    longitude: row.longitude,
    openedOn: row.openedOn,
    privateContractCode: row.privateContractCode,
    privateContractLabel: row.privateContractLabel,
    educationPrioritaire: row.educationPrioritaire,
    phone: row.phone,
    email: row.email,
    website: row.website,
    source: ref.source,
    importedAt: ref.now,
  };
}

export function diff(
  current: Record<string, unknown>,
  data: EtablissementData,
  present: Set<EtablissementField>,
  withIdentity: boolean,
) {
  const changes: Record<string, unknown> = {};
  const identity = [
    "name",
    "secteur",
    "collectiviteId",
    "academieCode",
    "departementCode",
    "communeName",
  ] as const;
  const compared = [
    ...(withIdentity ? identity : []),
    ...OPTIONAL_FIELDS.filter((f) => present.has(f)),
  ];
  for (const field of compared) {
    const next = data[field as keyof EtablissementData] ?? null;
    const before = current[field] ?? null;
    const same =
      next instanceof Date && before instanceof Date
        ? next.getTime() === before.getTime()
        : next === before;
    if (!same) changes[field] = next;
  }
  if ("etat" in changes) changes.closedAt = changes.etat === "FERME" ? data.closedAt : null;
  return changes;
}
