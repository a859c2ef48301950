import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
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
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "@/prisma/seed/demo-accounts";
import { unsafeSeedDemoConventions } from "@/prisma/seed/seed-conventions";
import { unsafeSeedDemoInventory, type DemoInventoryReport } from "@/prisma/seed/seed-inventory";
import { unsafeSeedDemoBudgets, type DemoBudgetReport } from "@/prisma/seed/seed-budgets";
import { unsafeSectorOfCollege, unsafeSeedDemoSectors } from "@/prisma/seed/seed-sectors";
import { unsafeSeedDemoIncidents, type DemoIncidentsReport } from "@/prisma/seed/seed-incidents";
import { unsafeSeedDemoVisits, type DemoVisitsReport } from "@/prisma/seed/seed-visits";
import { unsafeSeedDemoGovernance } from "@/prisma/seed/seed-governance";
import { unsafeSeedDemoProposals } from "@/prisma/seed/seed-proposals";
import { unsafeSeedDemoReviews } from "@/prisma/seed/seed-reviews";
import { unsafeSeedDemoEpleConventions } from "@/prisma/seed/seed-eple-conventions";
import { unsafeSeedDemoCalls } from "@/prisma/seed/seed-calls";
import { unsafeSeedDemoProgrammes } from "@/prisma/seed/seed-programmes";
import { unsafeSeedDemoNetwork } from "@/prisma/seed/seed-network";

export const NATIONAL_FILE_SOURCE =
  "MENJ, adresse et géolocalisation des établissements, millésime 2024";
export const ANNUAIRE_35_SOURCE = "MENJ, annuaire de l'éducation, millésime 2023";
export const EFFECTIFS_35_SOURCE = "MENJ – DEPP, effectifs d'élèves par niveau des collèges";
export const IPS_SOURCE = "MENJ – DEPP, indices de position sociale des collèges, rentrée 2023";

/** How the audit trail names the seed's imports, apart from an operator's command-line import. */
const DEMO_ACTOR = { id: null, label: "chargement de la démonstration" };

export interface DemoSeedReport {
  national: EtablissementImportReport;
  annuaire35: EtablissementImportReport;
  effectifs35: YearlyImportReport;
  ips: YearlyImportReport;
  accounts: number;
  /** Secteurs of Ille-et-Vilaine and the Calvados written by this run (0 when they exist). */
  sectors: number;
  /** Conventions written by this run (0 when they already exist): histories and the three awaiting the académie. */
  conventions: number;
  /** The histories' conventions by « kind status » (e.g. « TRIPARTITE EN_VIGUEUR »), as planned; empty when they already exist. */
  conventionsByStatus: Record<string, number>;
  /** Synthetic inventories of the académie de Rennes and the Calvados written by this run. */
  inventory: DemoInventoryReport;
  /** Demo budgets (Ille-et-Vilaine, Calvados) and needs campaigns (Ille-et-Vilaine) written by this run. */
  budgets: DemoBudgetReport;
  /** A year of incidents of Ille-et-Vilaine and the Calvados written by this run. */
  incidents: DemoIncidentsReport;
  /** Proactive rounds of the secteurs with a technician, and the incidents reported on them. */
  visits: DemoVisitsReport;
  governance: { bodies: number; members: number; meetings: number };
  proposals: number;
  reviews: number;
  /** Conventions collectivité–EPLE written by this run (0 when they already exist). */
  epleConventions: number;
  /** Appels à projets written by this run (0 when one exists). */
  calls: number;
  programmes: number;
  network: number;
}

/**
 * Loads the demo: referentials, every collège of France (the 2024 national file), éducation
 * prioritaire and contacts of Ille-et-Vilaine from the 2023 annuaire, pupils per rentrée of
 * Ille-et-Vilaine, the IPS of every collège, the secteurs of Ille-et-Vilaine and the Calvados, the
 * demo accounts, synthetic inventories (« données
 * fictives ») of the public collèges of the académie de Rennes and the Calvados, the convention
 * histories of those collèges (frozen with their inventory annex), and fictitious budgets 2022–2026 of Ille-et-Vilaine and the Calvados with the needs
 * campaigns of Ille-et-Vilaine, and a year of fictitious incidents in the collèges of Ille-et-Vilaine and the
 * Calvados with the proactive rounds of their secteurs. Idempotent: a second run leaves the same data (the audit trail
 * records each run).
 * Bypasses the access context: run from the command line only.
 */
export async function unsafeSeedDemo(
  db: Db,
  dataDir = path.join(process.cwd(), "data"),
): Promise<DemoSeedReport> {
  await unsafeSyncReferentials(db);
  const national = await unsafeImportEtablissements(
    db,
    await readFile(path.join(dataDir, "colleges-france.csv"), "utf8"),
    {
      source: NATIONAL_FILE_SOURCE,
      complete: true,
      actor: DEMO_ACTOR,
    },
  );
  assertImported(national, "colleges-france.csv");
  const annuaire35 = await unsafeImportEtablissements(
    db,
    await readFile(path.join(dataDir, "annuaire-education-35.csv"), "utf8"),
    {
      source: ANNUAIRE_35_SOURCE,
      enrichOnly: true,
      actor: DEMO_ACTOR,
    },
  );
  assertImported(annuaire35, "annuaire-education-35.csv");
  const readData = (file: string) => readFile(path.join(dataDir, file), "utf8");
  const effectifs35 = await unsafeImportEffectifs(db, await readData("effectifs-colleges-35.csv"), {
    source: EFFECTIFS_35_SOURCE,
    actor: DEMO_ACTOR,
  });
  assertImported(effectifs35, "effectifs-colleges-35.csv");
  const ips = await unsafeImportIps(db, await readData("ips-colleges.csv"), {
    source: IPS_SOURCE,
    actor: DEMO_ACTOR,
  });
  assertImported(ips, "ips-colleges.csv");
  // Before the accounts: the technicians work on a secteur.
  const sectors = await unsafeSeedDemoSectors(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) await upsertDemoAccount(db, account, passwordHash);
  // Pupils estimated where the open data has none are dated from the latest rentrée of the real file.
  const inventory = await unsafeSeedDemoInventory(db, {
    rentree: Math.max(...effectifs35.rentrees),
  });
  // After the inventory: a frozen convention's annex lists its collège's equipment.
  const conventions = await unsafeSeedDemoConventions(db);
  // Budgets are sized on the pupils above (estimated ones included); campaigns name the demo accounts.
  const budgets = await unsafeSeedDemoBudgets(db);
  // Last: the conventions in force route the incidents; the accounts (and secteurs) report and handle them.
  const incidents = await unsafeSeedDemoIncidents(db);
  // After the incidents: those a technician reported on a round are linked to its visit.
  const visits = await unsafeSeedDemoVisits(db);
  // After the accounts and conventions: the bodies seat demo people and steer the conventions-cadres.
  const governance = await unsafeSeedDemoGovernance(db);
  // After the conventions and the accounts: a draft the DRANE and the agent wrote together.
  const proposals = await unsafeSeedDemoProposals(db);
  // After the governance: the review is presented at a meeting of a body steering the convention.
  const reviews = await unsafeSeedDemoReviews(db);
  // After the accounts: the collège's chef and the collectivité's signatory sign them.
  const epleConventions = await unsafeSeedDemoEpleConventions(db);
  // After the accounts: the agent and the DRANE agreed to publish the joint call.
  const calls = await unsafeSeedDemoCalls(db);
  const programmes = await unsafeSeedDemoProgrammes(db);
  const network = await unsafeSeedDemoNetwork(db);
  // Fresh planner statistics for the tens of thousands of rows just written (PGlite has no autovacuum).
  await db.$executeRawUnsafe("ANALYZE");
  return {
    national,
    annuaire35,
    effectifs35,
    ips,
    accounts: DEMO_ACCOUNTS.length,
    sectors,
    conventions: conventions.created,
    conventionsByStatus: conventions.byStatus,
    inventory,
    budgets,
    incidents,
    visits,
    governance,
    proposals,
    reviews,
    epleConventions,
    calls,
    programmes,
    network,
  };
}

/** Stops a seed on the first rejected file, with its first errors. */
export function assertImported(
  report: { errors: EtablissementImportReport["errors"] },
  file: string,
) {
  if (report.errors.length > 0) {
    const first = report.errors
      .slice(0, 5)
      .map((e) => `ligne ${e.line}${e.column ? ` (${e.column})` : ""} : ${e.message}`);
    throw new Error(`Import de ${file} refusé :\n${first.join("\n")}`);
  }
}

async function upsertDemoAccount(db: Db, account: DemoAccount, passwordHash: string) {
  const user = await db.user.upsert({
    where: { email: account.email },
    create: { email: account.email, name: account.name, passwordHash },
    update: { name: account.name, passwordHash, disabledAt: null },
    select: { id: true },
  });
  const scope = await resolveScope(db, account);
  const existing = await db.membership.findFirst({
    where: { userId: user.id, scopeType: account.scopeType, role: account.role, ...scope },
  });
  const details = {
    qualite: account.qualite ?? null,
    delegationReference: account.delegationReference ?? null,
    sectorId: account.sectorOfUai ? await unsafeSectorOfCollege(db, account.sectorOfUai) : null,
  };
  if (existing) await db.membership.update({ where: { id: existing.id }, data: details });
  else
    await db.membership.create({
      data: {
        userId: user.id,
        scopeType: account.scopeType,
        role: account.role,
        ...scope,
        ...details,
      },
    });
}

async function resolveScope(db: Db, account: DemoAccount) {
  switch (account.scopeType) {
    case "COLLECTIVITE": {
      const c = await db.collectivite.findUniqueOrThrow({
        where: { code: account.scopeKey },
        select: { id: true },
      });
      return { collectiviteId: c.id };
    }
    case "ACADEMIE":
      return { academieCode: account.scopeKey };
    case "ETABLISSEMENT": {
      const e = await db.etablissement.findUniqueOrThrow({
        where: { uai: account.scopeKey },
        select: { id: true },
      });
      return { etablissementId: e.id };
    }
    case "PLATFORM":
      return {};
  }
}
