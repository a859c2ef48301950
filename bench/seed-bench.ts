import path from "node:path";
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { listCollectiviteDefinitions } from "@/lib/referentials/collectivites";
import { DEPARTEMENTS } from "@/lib/referentials/data";
import { BENCH_NOW, BENCH_PASSWORD } from "@/prisma/seed/shared/bench-constants";
import { planBenchAccounts, unsafeWriteBenchAccounts } from "@/prisma/seed/shared/bench-accounts";
import { benchEffectifHistory, unsafeWriteBenchEffectifs } from "@/bench/bench-effectifs";
import {
  planBenchReferential,
  unitCostsOf,
  unsafeWriteBenchReferentials,
} from "@/bench/bench-referentials";
import { createStepRunner, type StepRunner, type StepTiming } from "@/bench/bench-steps";
import { loadBenchScope, unsafeSeedBenchRegistry } from "@/bench/seed-registry";
import { unsafeSeedBenchInventories, type BenchInventoryReport } from "@/bench/seed-inventories";
import { unsafeSeedBenchBudgets, type BenchBudgetReport } from "@/bench/seed-budgets";
import {
  unsafeSeedBenchConventions,
  type BenchConventionsReport,
} from "@/prisma/seed/shared/conventions/seed-conventions";
import { unsafeSeedBenchIncidents } from "@/bench/seed-incidents";
import { unsafeSeedBenchCalls, type BenchCallsReport } from "@/bench/seed-calls";
import { pickBenchAccounts, type FeaturedAccount } from "@/bench/featured-accounts";
import { summariseEtic, type EticSummary } from "@/bench/etic-summary";

export interface BenchSeedOptions {
  seed: number;
  departements: readonly string[] | null;
  dataDir?: string;
  steps?: StepRunner;
  log?: (line: string) => void;
  /** Threads rendering the frozen conventions (default 2, the cores of the reference machine; 0: the main thread). */
  pdfThreads?: number;
}

export interface BenchSeedReport {
  timings: StepTiming[];
  inventory: BenchInventoryReport;
  budgets: BenchBudgetReport;
  conventions: BenchConventionsReport;
  calls: BenchCallsReport;
  /** Rows per table once everything is written. */
  tables: Record<string, number>;
  databaseBytes: number;
  etic: EticSummary;
  accounts: FeaturedAccount[];
}

const COUNTED_TABLES = [
  "Etablissement",
  "Incident",
  "Effectif",
  "IndicePositionSociale",
  "Collectivite",
  "User",
  "Membership",
  "EquipmentReferential",
  "EquipmentImport",
  "Equipment",
  "Autorisation",
  "BudgetLine",
  "Allocation",
  "NeedsCampaign",
  "NeedRequest",
  "ConventionTemplate",
  "Convention",
  "ConventionVersion",
  "SignatureStep",
  "ProjectCall",
  "ProjectApplication",
  "ApplicationScore",
  "ProjectReport",
  "AuditEvent",
] as const;

/** The académie a collectivité's convention-cadre is signed with: that of its first département, as createConvention picks it. */
function cadreAcademieOf(code: string): string {
  const definition = listCollectiviteDefinitions().find((c) => c.code === code);
  const first = [...(definition?.departementCodes ?? [])].sort()[0];
  const departement = DEPARTEMENTS.find((d) => d.code === first);
  if (!departement) throw new Error(`Académie introuvable pour la collectivité ${code}`);
  return departement.academieCode;
}

/**
 * The national benchmark dataset on an empty, migrated PostgreSQL database: the real registry,
 * pupils where the open data has none, accounts for every collectivité, académie and public
 * collège, saved référentiels, registers of about 500 rows per public collège (2.5–3 million for
 * France), five exercices of budgets with their campaigns, and conventions in every state with
 * their documents and signatures; then VACUUM (ANALYZE), as autovacuum would soon after such a
 * load: statistics for the planner, and the visibility map that lets counts read the indexes
 * alone. Reproducible: the same seed writes the same rows.
 * Bypasses the access context: run by `npm run bench:seed` only.
 */
export async function unsafeSeedBench(db: Db, options: BenchSeedOptions): Promise<BenchSeedReport> {
  const { seed } = options;
  const steps = options.steps ?? createStepRunner();
  const now = BENCH_NOW;
  const dataDir = options.dataDir ?? path.join(process.cwd(), "data");

  const registry = await steps.run(
    "Référentiels, collèges de France, annuaire et effectifs 35, IPS",
    () => unsafeSeedBenchRegistry(db, dataDir),
    (r) => r.national.created + r.effectifs35.created + r.ips.created,
  );
  const scope = await loadBenchScope(db, options.departements);
  const publicColleges = scope.colleges.filter((c) => c.secteur === "PUBLIC");
  const academieNames = new Map(scope.academies.map((a) => [a.code, a.name]));

  // Pupils: five estimated rentrées where the open data has none (private collèges included: the registry shows them).
  const latestRentree = Math.max(...registry.effectifs35.rentrees);
  const estimated = scope.colleges
    .filter((c) => c.effectifs.length === 0)
    .flatMap((c) =>
      benchEffectifHistory(c.uai, c.collegesInCommune <= 1, latestRentree, seed).map((h) => ({
        etablissementId: c.id,
        ...h,
      })),
    );
  await steps.run(
    "Effectifs estimés (5 rentrées)",
    () => unsafeWriteBenchEffectifs(db, estimated, now),
    (n) => n,
  );
  const effectifOf = new Map(scope.colleges.map((c) => [c.id, c.effectifs.at(-1)?.total ?? 0]));
  for (const e of estimated)
    if (e.rentree === latestRentree) effectifOf.set(e.etablissementId, e.total);

  const accounts = planBenchAccounts(
    { collectivites: scope.collectivites, academies: scope.academies, colleges: publicColleges },
    seed,
  );
  const people = await steps.run(
    "Comptes et adhésions",
    async () =>
      unsafeWriteBenchAccounts(db, accounts, {
        passwordHash: await hashPassword(BENCH_PASSWORD),
        collectiviteIds: new Map(scope.collectivites.map((c) => [c.code, c.id])),
        etablissementIds: new Map(publicColleges.map((c) => [c.uai, c.id])),
        seed,
        now,
      }),
    (p) => p.size * 2,
  );

  const referentials = new Map(
    scope.collectivites.map((c) => [c.id, planBenchReferential(c.code, seed)]),
  );
  await steps.run(
    "Référentiels d'équipement enregistrés",
    () =>
      unsafeWriteBenchReferentials(
        db,
        [...referentials].flatMap(([collectiviteId, referential]) =>
          referential ? [{ collectiviteId, referential }] : [],
        ),
        now,
      ),
    (n) => n,
  );

  const membersOf = (collectiviteId: string) =>
    publicColleges.filter((c) => c.collectiviteId === collectiviteId);
  const inventory = await steps.run(
    "Inventaires (en service et générations réformées)",
    () =>
      unsafeSeedBenchInventories(
        db,
        scope.collectivites.map((c) => ({
          id: c.id,
          code: c.code,
          colleges: membersOf(c.id).map((m) => ({
            id: m.id,
            uai: m.uai,
            effectif: effectifOf.get(m.id) ?? 0,
            educationPrioritaire: m.educationPrioritaire,
          })),
        })),
        { seed, now },
      ),
    (r) => r.equipment,
  );

  const budgets = await steps.run(
    "Budgets 2022–2026, dotations, campagnes de besoins",
    () =>
      unsafeSeedBenchBudgets(
        db,
        scope.collectivites.map((c) => ({
          id: c.id,
          code: c.code,
          unitCosts: unitCostsOf(referentials.get(c.id) ?? null),
          colleges: membersOf(c.id).map((m) => ({
            id: m.id,
            uai: m.uai,
            effectif: effectifOf.get(m.id) ?? 0,
            academieCode: m.academieCode,
          })),
        })),
        { seed, now, people, academieNames },
      ),
    (r) => r.lines + r.allocations + r.campaigns + r.needs,
  );

  const conventions = await steps.run(
    "Conventions, documents figés, signatures, historique",
    () =>
      unsafeSeedBenchConventions(db, {
        collectivites: scope.collectivites.map((c) => ({
          id: c.id,
          code: c.code,
          name: c.name,
          academieCode: cadreAcademieOf(c.code),
        })),
        colleges: publicColleges.map((c) => ({
          id: c.id,
          uai: c.uai,
          name: c.name,
          academieCode: c.academieCode,
          collectiviteCode: c.collectiviteCode,
        })),
        academieNames,
        people,
        seed,
        log: options.log,
        pdfThreads: options.pdfThreads,
      }),
    (r) => r.versions + r.steps + r.auditEvents,
  );

  await steps.run(
    "Incidents d'assistance (une année)",
    () =>
      unsafeSeedBenchIncidents(
        db,
        publicColleges.map((c) => ({
          id: c.id,
          collectiviteId: c.collectiviteId,
          academieCode: c.academieCode,
          departementCode: c.departementCode,
          effectif: effectifOf.get(c.id) ?? 0,
        })),
        { seed, now },
      ),
    (n) => n,
  );

  const calls = await steps.run(
    "Appels à projets, dossiers, notations, bilans",
    () =>
      unsafeSeedBenchCalls(
        db,
        scope.collectivites.map((c) => {
          const academieCode = cadreAcademieOf(c.code);
          return {
            id: c.id,
            code: c.code,
            academieCode,
            academieName: academieNames.get(academieCode) ?? "",
            unitCosts: unitCostsOf(referentials.get(c.id) ?? null),
            colleges: membersOf(c.id).map((m) => ({ id: m.id, uai: m.uai })),
          };
        }),
        { seed, now, people },
      ),
    (r) => r.calls + r.applications + r.scores + r.reports,
  );

  // Fresh planner statistics for the millions of rows just written, before anyone measures anything.
  await steps.run("VACUUM (ANALYZE)", () => db.$executeRawUnsafe("VACUUM (ANALYZE)"));

  const tables: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
    tables[table] = Number(row!.n);
  }
  const [size] = await db.$queryRawUnsafe<{ bytes: bigint }[]>(
    "SELECT pg_database_size(current_database()) AS bytes",
  );
  const featured = await pickBenchAccounts(db, { scope, publicColleges, people, effectifOf });
  const etic = await summariseEtic(db, now);
  return {
    timings: steps.timings,
    inventory,
    budgets,
    conventions,
    calls,
    tables,
    databaseBytes: Number(size!.bytes),
    etic,
    accounts: featured,
  };
}
