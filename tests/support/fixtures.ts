import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import type { Role, ScopeType } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { unsafeSyncReferentials } from "@/lib/referentials/sync-referentials";
import { unsafeImportEtablissements } from "@/lib/imports/etablissements/import-etablissements";

const nationalFile = () =>
  readFileSync(path.join(process.cwd(), "data", "colleges-france.csv"), "utf8");

/** The national file's header and the lines of the given UAIs, as a small file of the same layout. */
export function nationalFileExtract(uais: readonly string[]): string {
  const [header, ...lines] = nationalFile().split(/\r?\n/);
  const wanted = new Set(uais);
  return [header, ...lines.filter((line) => wanted.has(line.slice(0, 8)))].join("\n") + "\n";
}

/** Collèges used across tests: two in 35, one in 22 (académie de Rennes), one in 14 (Normandie). */
export const UAI = {
  gayeulles: "0350027P",
  rennes35b: "0350913C",
  bourbriac22: "0220003J",
  calvados14: "0140041U",
} as const;

export async function seedReferentialsAndColleges(
  uais: readonly string[] = Object.values(UAI),
): Promise<void> {
  await unsafeSyncReferentials(db);
  const report = await unsafeImportEtablissements(db, nationalFileExtract(uais), {
    source: "test",
  });
  if (report.errors.length > 0) throw new Error(JSON.stringify(report.errors));
}

let passwordHash: Promise<string> | undefined;

/** Replaces every effectif with the given ones: [UAI, rentrée, pupils], as an import would write them. */
export async function resetEffectifs(
  rows: readonly (readonly [uai: string, rentree: number, total: number])[],
  importedAt = new Date(),
): Promise<void> {
  await db.effectif.deleteMany({});
  const ids = new Map(
    (await db.etablissement.findMany({ select: { id: true, uai: true } })).map((e) => [
      e.uai,
      e.id,
    ]),
  );
  await db.effectif.createMany({
    data: rows.map(([uai, rentree, total]) => ({
      etablissementId: ids.get(uai)!,
      rentree,
      total,
      source: "test",
      importedAt,
    })),
  });
}

const collectiviteIdByCode = async (code: string | undefined) =>
  (await db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
const etablissementIdByUai = async (uai: string | undefined) =>
  (await db.etablissement.findUniqueOrThrow({ where: { uai }, select: { id: true } })).id;

export interface MembershipSpec {
  scopeType: ScopeType;
  role: Role;
  /** Collectivité code, académie code or UAI. */
  key?: string;
  /**
   * The délégation the member acts under. A DRANE signs only by delegation: test DRANEs get one
   * unless a test passes null to check the refusal.
   */
  delegationReference?: string | null;
  /** A technician's or référent technique's secteur, by id. */
  sectorId?: string;
}

/** Creates a user (password « Secret2026! ») with memberships; returns its id. */
export async function createUser(
  email: string,
  memberships: MembershipSpec[],
  options: { disabled?: boolean } = {},
) {
  passwordHash ??= hashPassword("Secret2026!");
  const user = await db.user.create({
    data: {
      email,
      name: email.split("@")[0] ?? email,
      passwordHash: await passwordHash,
      disabledAt: options.disabled ? new Date() : null,
    },
    select: { id: true },
  });
  for (const m of memberships) {
    const scope =
      m.scopeType === "COLLECTIVITE"
        ? { collectiviteId: await collectiviteIdByCode(m.key) }
        : m.scopeType === "ACADEMIE"
          ? { academieCode: m.key }
          : m.scopeType === "ETABLISSEMENT"
            ? { etablissementId: await etablissementIdByUai(m.key) }
            : {};
    const delegationReference =
      m.delegationReference === undefined && m.role === "DRANE"
        ? "Arrêté rectoral de délégation (test)"
        : (m.delegationReference ?? null);
    await db.membership.create({
      data: {
        userId: user.id,
        scopeType: m.scopeType,
        role: m.role,
        delegationReference,
        sectorId: m.sectorId ?? null,
        ...scope,
      },
    });
  }
  return user.id;
}

/** One user with one membership: e-mail, scope type, role, and the key of the scope. */
export type UserRow = readonly [email: string, scopeType: ScopeType, role: Role, key?: string];

/**
 * Creates the users of a test file, one after the other in the order given, into `into`
 * (the file's `users` record, read by `as()`); returns that record.
 */
export async function createUsers(
  into: Record<string, string>,
  rows: Readonly<Record<string, UserRow>>,
): Promise<Record<string, string>> {
  for (const [name, [email, scopeType, role, key]] of Object.entries(rows))
    into[name] = await createUser(email, [{ scopeType, role, key }]);
  return into;
}

/** The accounts many test files need, each by the name their `as()` calls use. */
export const PEOPLE = {
  agent35: ["agent35@test.fr", "COLLECTIVITE", "AGENT", "35"],
  elu35: ["elu35@test.fr", "COLLECTIVITE", "ELU", "35"],
  admin35: ["admin35@test.fr", "COLLECTIVITE", "ADMIN", "35"],
  sign35: ["signataire35@test.fr", "COLLECTIVITE", "SIGNATAIRE", "35"],
  agent14: ["agent14@test.fr", "COLLECTIVITE", "AGENT", "14"],
  agent22: ["agent22@test.fr", "COLLECTIVITE", "AGENT", "22"],
  drane14: ["drane14@test.fr", "ACADEMIE", "DRANE", "14"],
  lecteur14: ["lecteur14@test.fr", "ACADEMIE", "LECTEUR", "14"],
  recteur14: ["recteur14@test.fr", "ACADEMIE", "SIGNATAIRE", "14"],
  drane70: ["drane70@test.fr", "ACADEMIE", "DRANE", "70"],
  chefG: ["chef.gayeulles@test.fr", "ETABLISSEMENT", "CHEF", UAI.gayeulles],
  chefR: ["chef.rennes@test.fr", "ETABLISSEMENT", "CHEF", UAI.rennes35b],
  chefB: ["chef.bourbriac@test.fr", "ETABLISSEMENT", "CHEF", UAI.bourbriac22],
} as const satisfies Record<string, UserRow>;

/** The rows of `PEOPLE` with these names, in this order, for `createUsers`. */
export function people(...names: (keyof typeof PEOPLE)[]): Record<string, UserRow> {
  return Object.fromEntries(names.map((name) => [name, PEOPLE[name]]));
}
