import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import type { CollectiviteType, EducationPrioritaire, Secteur } from "@/lib/generated/prisma/enums";
import { unsafeSyncReferentials } from "@/lib/referentials/sync-referentials";
import {
  unsafeImportEtablissements,
  type EtablissementImportReport,
} from "@/lib/imports/etablissements/import-etablissements";
import {
  unsafeImportEffectifs,
  type YearlyImportReport,
} from "@/lib/imports/effectifs/import-effectifs";
import { unsafeImportIps } from "@/lib/imports/ips/import-ips";
import {
  ANNUAIRE_35_SOURCE,
  assertImported,
  EFFECTIFS_35_SOURCE,
  IPS_SOURCE,
  NATIONAL_FILE_SOURCE,
} from "@/prisma/seed/seed-demo";
import { BENCH_ACTOR, BENCH_NOW } from "@/prisma/seed/shared/bench-constants";

export interface RegistryReport {
  national: EtablissementImportReport;
  effectifs35: YearlyImportReport;
  ips: YearlyImportReport;
}

/**
 * The real registry, as the demo loads it: referentials, every collège of France (2024 national
 * file), éducation prioritaire of Ille-et-Vilaine, its pupils per rentrée, the IPS of every collège.
 */
export async function unsafeSeedBenchRegistry(db: Db, dataDir: string): Promise<RegistryReport> {
  const read = (file: string) => readFile(path.join(dataDir, file), "utf8");
  const options = { actor: BENCH_ACTOR, now: BENCH_NOW };
  await unsafeSyncReferentials(db);
  const national = await unsafeImportEtablissements(db, await read("colleges-france.csv"), {
    ...options,
    source: NATIONAL_FILE_SOURCE,
    complete: true,
  });
  assertImported(national, "colleges-france.csv");
  const annuaire = await unsafeImportEtablissements(db, await read("annuaire-education-35.csv"), {
    ...options,
    source: ANNUAIRE_35_SOURCE,
    enrichOnly: true,
  });
  assertImported(annuaire, "annuaire-education-35.csv");
  const effectifs35 = await unsafeImportEffectifs(db, await read("effectifs-colleges-35.csv"), {
    ...options,
    source: EFFECTIFS_35_SOURCE,
  });
  assertImported(effectifs35, "effectifs-colleges-35.csv");
  const ips = await unsafeImportIps(db, await read("ips-colleges.csv"), {
    ...options,
    source: IPS_SOURCE,
  });
  assertImported(ips, "ips-colleges.csv");
  return { national, effectifs35, ips };
}

export interface BenchCollege {
  id: string;
  uai: string;
  name: string;
  secteur: Secteur;
  collectiviteId: string;
  collectiviteCode: string;
  academieCode: string;
  departementCode: string;
  /** Open collèges of its commune (1: a rural collège, for the estimated pupils). */
  collegesInCommune: number;
  educationPrioritaire: EducationPrioritaire | null;
  /** Real pupils per rentrée (Ille-et-Vilaine), empty elsewhere. */
  effectifs: { rentree: number; total: number }[];
}

export interface BenchScope {
  /** The open collèges (public and private) of the chosen départements, by UAI. */
  colleges: BenchCollege[];
  collectivites: {
    id: string;
    code: string;
    name: string;
    shortName: string;
    type: CollectiviteType;
  }[];
  academies: { code: string; name: string }[];
}

/** What the generators work on: the open collèges of the chosen départements (all of France by default). */
export async function loadBenchScope(
  db: Db,
  departements: readonly string[] | null,
): Promise<BenchScope> {
  const [rows, perCommune, collectivites, academies] = await Promise.all([
    db.etablissement.findMany({
      where: {
        etat: "OUVERT",
        ...(departements ? { departementCode: { in: [...departements] } } : {}),
      },
      select: {
        id: true,
        uai: true,
        name: true,
        secteur: true,
        collectiviteId: true,
        academieCode: true,
        departementCode: true,
        communeCode: true,
        educationPrioritaire: true,
        collectivite: { select: { code: true } },
        effectifs: { select: { rentree: true, total: true }, orderBy: { rentree: "asc" } },
      },
      orderBy: { uai: "asc" },
    }),
    db.etablissement.groupBy({
      by: ["communeCode"],
      where: { etat: "OUVERT" },
      _count: { _all: true },
    }),
    db.collectivite.findMany({
      select: { id: true, code: true, name: true, shortName: true, type: true },
      orderBy: { code: "asc" },
    }),
    db.academie.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
  ]);
  const inCommune = new Map(perCommune.map((g) => [g.communeCode, g._count._all]));
  const colleges = rows.map(({ collectivite, communeCode, ...c }) => ({
    ...c,
    collectiviteCode: collectivite.code,
    collegesInCommune: communeCode ? (inCommune.get(communeCode) ?? 1) : 1,
  }));
  const withColleges = new Set(colleges.map((c) => c.collectiviteId));
  return {
    colleges,
    collectivites: collectivites.filter((c) => withColleges.has(c.id)),
    academies,
  };
}
