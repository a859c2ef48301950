import type { Db } from "@/lib/db/client";
import type { CollectiviteType, Role, ScopeType } from "@/lib/generated/prisma/enums";
import { bulkInsert, textColumns, typedColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import { prng, seededKey } from "@/prisma/seed/shared/demo-random";
import { BENCH_EMAIL_DOMAIN, benchSeedKey } from "@/prisma/seed/shared/bench-constants";
import { benchId } from "@/prisma/seed/shared/bench-ids";
import { FIRST_NAMES, LAST_NAMES } from "@/prisma/seed/shared/fictitious-names";

/** One benchmark account and its only membership. Fictitious people. */
export interface BenchAccount {
  email: string;
  name: string;
  scopeType: ScopeType;
  role: Role;
  /** Collectivité code, académie code or UAI, depending on the scope; "" for the platform. */
  scopeKey: string;
  qualite: string | null;
  delegationReference: string | null;
}

export interface BenchAccountScopes {
  collectivites: readonly { code: string; type: CollectiviteType; shortName: string }[];
  academies: readonly { code: string; name: string }[];
  /** The public open collèges of the dataset: each gets its chef. */
  colleges: readonly { uai: string }[];
}

/** « Orléans-Tours » → « orleans-tours »: the académie in an e-mail address. */
export function academieSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The addresses of the benchmark accounts, by pattern: a benchmark signs in without reading the database. */
export const benchEmail = {
  platform: () => `admin@${BENCH_EMAIL_DOMAIN}`,
  collectivite: (role: "ADMIN" | "AGENT" | "ELU" | "SIGNATAIRE", code: string) =>
    `${role.toLowerCase()}.${code.toLowerCase()}@${BENCH_EMAIL_DOMAIN}`,
  academie: (role: "DRANE" | "SIGNATAIRE" | "LECTEUR", academieName: string) =>
    `${role === "SIGNATAIRE" ? "recteur" : role.toLowerCase()}.${academieSlug(academieName)}@${BENCH_EMAIL_DOMAIN}`,
  chef: (uai: string) => `chef.${uai.toLowerCase()}@${BENCH_EMAIL_DOMAIN}`,
};

const COLLECTIVITE_ROLES = ["ADMIN", "AGENT", "ELU", "SIGNATAIRE"] as const;
const ACADEMIE_ROLES = ["DRANE", "SIGNATAIRE", "LECTEUR"] as const;

function assemblyOf(type: CollectiviteType): string {
  switch (type) {
    case "DEPARTEMENT":
      return "du Conseil départemental";
    case "METROPOLE":
      return "du Conseil de la Métropole";
    case "COLLECTIVITE_STATUT_PARTICULIER":
    case "COLLECTIVITE_EUROPEENNE":
    case "COLLECTIVITE_TERRITORIALE_UNIQUE":
    case "COLLECTIVITE_OUTRE_MER":
      return "de l'Assemblée de la collectivité";
    default:
      return "de l'assemblée délibérante";
  }
}

/** The qualité and delegation of a collectivité's account, as its signatures print them. */
function collectiviteTitle(
  role: (typeof COLLECTIVITE_ROLES)[number],
  c: BenchAccountScopes["collectivites"][number],
): [string | null, string | null] {
  if (role === "SIGNATAIRE")
    return [
      `Vice-président(e) ${assemblyOf(c.type)}, par délégation`,
      `Arrêté de délégation de signature n° 2024-DEL-${c.code}`,
    ];
  return [
    role === "ELU" ? `Vice-président(e) chargé(e) de l'éducation (${c.shortName})` : null,
    null,
  ];
}

/** The qualité and delegation of an académie's account. */
function academieTitle(
  role: (typeof ACADEMIE_ROLES)[number],
  code: string,
): [string | null, string | null] {
  if (role === "DRANE")
    return [
      "Délégué(e) de région académique au numérique éducatif",
      `Arrêté rectoral de délégation n° 2024-R-${code}1`,
    ];
  if (role === "SIGNATAIRE")
    return [
      "Secrétaire général(e) d'académie, par délégation du recteur",
      `Arrêté rectoral de délégation n° 2024-R-${code}0`,
    ];
  return ["Chef(fe) de la division des systèmes d'information", null];
}

/**
 * Every account of the benchmark dataset: the platform administrator; an administrator, an agent,
 * an élu and a signatory per collectivité; a DRANE, a recteur's delegate (signatory) and a reader
 * per académie; a chef per public open collège. Names are drawn from the seed; e-mails follow
 * `benchEmail`. Deterministic.
 */
export function planBenchAccounts(scopes: BenchAccountScopes, seed: number): BenchAccount[] {
  const key = benchSeedKey(seed);
  const person = (email: string) => {
    const rng = prng(seededKey(`personne:${email}`, key));
    return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  };
  const account = (
    email: string,
    scopeType: ScopeType,
    role: Role,
    scopeKey: string,
    qualite: string | null = null,
    delegationReference: string | null = null,
  ): BenchAccount => ({
    email,
    name: person(email),
    scopeType,
    role,
    scopeKey,
    qualite,
    delegationReference,
  });

  const accounts: BenchAccount[] = [
    { ...account(benchEmail.platform(), "PLATFORM", "ADMIN", ""), name: "Équipe plateforme" },
  ];
  for (const c of [...scopes.collectivites].sort((a, b) => a.code.localeCompare(b.code))) {
    for (const role of COLLECTIVITE_ROLES)
      accounts.push(
        account(
          benchEmail.collectivite(role, c.code),
          "COLLECTIVITE",
          role,
          c.code,
          ...collectiviteTitle(role, c),
        ),
      );
  }
  for (const a of [...scopes.academies].sort((x, y) => x.code.localeCompare(y.code))) {
    for (const role of ACADEMIE_ROLES)
      accounts.push(
        account(
          benchEmail.academie(role, a.name),
          "ACADEMIE",
          role,
          a.code,
          ...academieTitle(role, a.code),
        ),
      );
  }
  for (const { uai } of [...scopes.colleges].sort((a, b) => a.uai.localeCompare(b.uai))) {
    accounts.push(account(benchEmail.chef(uai), "ETABLISSEMENT", "CHEF", uai, "Principal(e)"));
  }
  return accounts;
}

export interface BenchPerson {
  id: string;
  name: string;
  email: string;
  qualite: string | null;
  delegationReference: string | null;
}

const USER_COLUMNS: BulkColumn[] = [
  ...textColumns("id", "email", "name", "passwordHash"),
  ...typedColumns("timestamp(3)", "createdAt", "updatedAt"),
];

const MEMBERSHIP_COLUMNS: BulkColumn[] = [
  ...textColumns(
    "id",
    "userId",
    "collectiviteId",
    "academieCode",
    "etablissementId",
    "qualite",
    "delegationReference",
  ),
  { name: "scopeType", type: '"ScopeType"' },
  { name: "role", type: '"Role"' },
  { name: "createdAt", type: "timestamp(3)" },
];

/**
 * Writes the accounts and their memberships in bulk, every one with the same password hash.
 * Returns the people by e-mail. Bypasses the access context: run by the benchmark generator only.
 */
export async function unsafeWriteBenchAccounts(
  db: Db,
  accounts: readonly BenchAccount[],
  refs: {
    passwordHash: string;
    collectiviteIds: ReadonlyMap<string, string>;
    etablissementIds: ReadonlyMap<string, string>;
    seed: number;
    now: Date;
  },
): Promise<Map<string, BenchPerson>> {
  const people = new Map<string, BenchPerson>();
  const users = accounts.map((a) => {
    const id = benchId(refs.seed, "User", a.email);
    people.set(a.email, {
      id,
      name: a.name,
      email: a.email,
      qualite: a.qualite,
      delegationReference: a.delegationReference,
    });
    return {
      id,
      email: a.email,
      name: a.name,
      passwordHash: refs.passwordHash,
      createdAt: refs.now,
      updatedAt: refs.now,
    };
  });
  const memberships = accounts.map((a) => {
    const scope = {
      collectiviteId: a.scopeType === "COLLECTIVITE" ? refs.collectiviteIds.get(a.scopeKey) : null,
      academieCode: a.scopeType === "ACADEMIE" ? a.scopeKey : null,
      etablissementId:
        a.scopeType === "ETABLISSEMENT" ? refs.etablissementIds.get(a.scopeKey) : null,
    };
    if (scope.collectiviteId === undefined || scope.etablissementId === undefined)
      throw new Error(`Périmètre introuvable pour ${a.email}`);
    return {
      id: benchId(refs.seed, "Membership", a.email),
      userId: people.get(a.email)!.id,
      scopeType: a.scopeType,
      role: a.role,
      ...scope,
      qualite: a.qualite,
      delegationReference: a.delegationReference,
      createdAt: refs.now,
    };
  });
  await db.$transaction(
    async (tx) => {
      await bulkInsert(tx, "User", USER_COLUMNS, users);
      await bulkInsert(tx, "Membership", MEMBERSHIP_COLUMNS, memberships);
    },
    { timeout: 120_000 },
  );
  return people;
}
