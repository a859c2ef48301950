import type { Db } from "@/lib/db/client";
import type { CollectiviteType } from "@/lib/generated/prisma/enums";
import { unsafeEnsureDefaultTemplates } from "@/lib/conventions/templates/unsafe-ensure-default-templates";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import {
  insertConventions,
  tripartiteTitle,
  type Actor,
} from "@/lib/conventions/create-convention";
import { freezeForSignature } from "@/lib/conventions/submit-for-signature";
import { unsafeLockConvention } from "@/lib/conventions/load-convention";
import { defaultConventionDates } from "@/lib/conventions/dates";
import { DEPARTEMENTS } from "@/lib/referentials/data";
import { benchEmail, planBenchAccounts } from "@/prisma/seed/shared/bench-accounts";
import { BENCH_EMAIL_DOMAIN } from "@/prisma/seed/shared/bench-constants";
import { frameShiftDays } from "@/prisma/seed/shared/conventions/plan-types";
import { unsafeSeedBenchConventions } from "@/prisma/seed/shared/conventions/seed-conventions";
import type { ConventionPerson } from "@/prisma/seed/shared/conventions/written-conventions";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { adjustDemoPlan, DEMO_STORY_SHARES } from "@/prisma/seed/demo-convention-stories";

const DEMO_ACTOR: Actor = { id: null, label: "chargement de la démonstration" };

/** The demo's collectivités: each gets the default templates. */
const COLLECTIVITES = ["35", "22", "29", "56", "14"] as const;
/**
 * Those whose collèges get a convention history: the ones with demo accounts. Each frozen and final
 * PDF costs; the Finistère and the Morbihan would add about 100 collèges and half the time again.
 */
const WITH_HISTORY = new Set(["35", "22", "14"]);
/** The académie de Rennes, whose DRANE batch-signs the three conventions below in the walkthrough. */
const RENNES = "14";
/** Draws of the demo's convention histories (the benchmark generator's, with this seed). */
const DEMO_CONVENTION_SEED = 35;
/** Where the people without a demo account are addressed: fictitious, no account behind. */
const FICTITIOUS_DOMAIN = "fictif.demo.tripartite.fr";

/**
 * In 35 and 22, a convention per collège awaiting the académie's signature first (the collectivité
 * chose that order), so the DRANE of Rennes has conventions of two départements to sign in one
 * batch. The collèges of the demo's chefs are left free for the three-party signature walkthrough.
 */
const AWAITING_ACADEMIE: Record<string, readonly string[]> = {
  "35": ["0350913C", "0351906G"],
  "22": ["0220045E"],
};
type DemoCollectivite = {
  id: string;
  code: string;
  name: string;
  type: CollectiviteType;
  shortName: string;
};

const CHEF_COLLEGES = DEMO_ACCOUNTS.filter((a) => a.scopeType === "ETABLISSEMENT").map(
  (a) => a.scopeKey,
);

export interface DemoConventionsReport {
  /** Conventions written by this run (0 when they already exist). */
  created: number;
  /** Conventions of the histories by « kind status », e.g. « TRIPARTITE EN_VIGUEUR ». */
  byStatus: Record<string, number>;
}

/**
 * Default convention templates for the demo collectivités; a convention history for most of their
 * open public collèges (a convention-cadre each, tripartite conventions in every state with their
 * frozen PDFs, signatures and audit trail: the benchmark generator, « données fictives »), signed
 * by the demo accounts where one exists; and, in 35 and 22, three conventions awaiting the
 * académie. Idempotent: a collectivité that already has conventions is left as it is. Bypasses the
 * access context: run from the command line only.
 */
export async function unsafeSeedDemoConventions(
  db: Db,
  now = new Date(),
): Promise<DemoConventionsReport> {
  const fresh: DemoCollectivite[] = [];
  for (const code of COLLECTIVITES) {
    const collectivite = await db.collectivite.findUniqueOrThrow({
      where: { code },
      select: { id: true, code: true, name: true, type: true, shortName: true },
    });
    await db.$transaction((tx) => unsafeEnsureDefaultTemplates(tx, collectivite.id));
    if ((await db.convention.count({ where: { collectiviteId: collectivite.id } })) === 0)
      fresh.push(collectivite);
  }
  if (fresh.length === 0) return { created: 0, byStatus: {} };
  const history = await unsafeSeedConventionHistories(
    db,
    fresh.filter((c) => WITH_HISTORY.has(c.code)),
    now,
  );
  let created = Object.values(history).reduce((s, n) => s + n, 0);
  // After the histories: the products' numbering gives these the next free references.
  for (const collectivite of fresh)
    created += await unsafeSeedAwaitingAcademie(db, collectivite, now);
  return { created, byStatus: history };
}

async function unsafeSeedConventionHistories(
  db: Db,
  collectivites: readonly DemoCollectivite[],
  now: Date,
): Promise<Record<string, number>> {
  if (collectivites.length === 0) return {};
  const reserved = [...CHEF_COLLEGES, ...Object.values(AWAITING_ACADEMIE).flat()];
  const colleges = await db.etablissement.findMany({
    where: {
      collectiviteId: { in: collectivites.map((c) => c.id) },
      secteur: "PUBLIC",
      etat: "OUVERT",
      uai: { notIn: reserved },
    },
    select: {
      id: true,
      uai: true,
      name: true,
      academieCode: true,
      collectivite: { select: { code: true } },
    },
    orderBy: { uai: "asc" },
  });
  const academies = await db.academie.findMany({ select: { code: true, name: true } });
  const academieNames = new Map(academies.map((a) => [a.code, a.name]));
  const cadreAcademie = (code: string) => DEPARTEMENTS.find((d) => d.code === code)!.academieCode;
  const people = await demoPeople(db, {
    collectivites,
    academies: academies.filter(
      (a) =>
        collectivites.some((c) => cadreAcademie(c.code) === a.code) ||
        colleges.some((c) => c.academieCode === a.code),
    ),
    colleges,
  });
  const report = await unsafeSeedBenchConventions(db, {
    collectivites: collectivites.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      academieCode: cadreAcademie(c.code),
    })),
    colleges: colleges.map((c) => ({
      id: c.id,
      uai: c.uai,
      name: c.name,
      academieCode: c.academieCode,
      collectiviteCode: c.collectivite.code,
    })),
    academieNames,
    people,
    seed: DEMO_CONVENTION_SEED,
    pdfThreads: 2,
    frame: { shiftDays: frameShiftDays(now), shares: DEMO_STORY_SHARES },
    adjust: (plan) => adjustDemoPlan(plan, { now, reservedAcademie: RENNES }),
  });
  return report.conventions;
}

/**
 * The people the generator names, by its addresses: the demo account where one plays the part
 * (agent.35, signataire.35, recteur.rennes…), otherwise a person named as the benchmark names
 * them, without an account (their steps name no user, their address is fictitious).
 */
async function demoPeople(
  db: Db,
  scopes: Parameters<typeof planBenchAccounts>[0],
): Promise<Map<string, ConventionPerson>> {
  const users = new Map(
    (
      await db.user.findMany({
        where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
        select: { id: true, email: true },
      })
    ).map((u) => [u.email, u.id]),
  );
  const academieName = new Map(scopes.academies.map((a) => [a.code, a.name]));
  const benchAddressOf = (account: (typeof DEMO_ACCOUNTS)[number]): string | null => {
    switch (account.scopeType) {
      case "COLLECTIVITE":
        return account.role === "AGENT" || account.role === "SIGNATAIRE"
          ? benchEmail.collectivite(account.role, account.scopeKey)
          : null;
      case "ACADEMIE":
        return account.role === "SIGNATAIRE" && academieName.has(account.scopeKey)
          ? benchEmail.academie("SIGNATAIRE", academieName.get(account.scopeKey)!)
          : null;
      case "ETABLISSEMENT":
        return benchEmail.chef(account.scopeKey);
      default:
        return null;
    }
  };
  const people = new Map<string, ConventionPerson>();
  for (const planned of planBenchAccounts(scopes, DEMO_CONVENTION_SEED)) {
    people.set(planned.email, {
      id: null,
      name: planned.name,
      email: planned.email.replace(`@${BENCH_EMAIL_DOMAIN}`, `@${FICTITIOUS_DOMAIN}`),
      qualite: planned.qualite,
      delegationReference: planned.delegationReference,
    });
  }
  for (const account of DEMO_ACCOUNTS) {
    const address = benchAddressOf(account);
    const id = users.get(account.email);
    if (!address || !id) continue;
    people.set(address, {
      id,
      name: account.name,
      email: account.email,
      qualite: account.qualite ?? null,
      delegationReference: account.delegationReference ?? null,
    });
  }
  return people;
}

async function unsafeSeedAwaitingAcademie(
  db: Db,
  collectivite: { id: string; code: string },
  now: Date,
): Promise<number> {
  const uais = AWAITING_ACADEMIE[collectivite.code] ?? [];
  if (uais.length === 0) return 0;
  const colleges = await db.etablissement.findMany({
    where: { uai: { in: [...uais] }, secteur: "PUBLIC", etat: "OUVERT" },
    select: { id: true, name: true, academieCode: true },
  });
  // Filled as a collectivité must before freezing: référents named, no convention-cadre to cite.
  const content = {
    ...DEFAULT_TRIPARTITE_CONTENT,
    signingOrder: [
      { party: "ETAT" as const, order: 1 },
      { party: "EPLE" as const, order: 2 },
      { party: "COLLECTIVITE" as const, order: 3 },
    ],
    referents: {
      numerique: "Le professeur référent numérique du collège",
      technique: "Le référent technique du collège",
      collectivite: "Le service du numérique éducatif du Département",
    },
    notApplicable: ["convention_cadre.reference" as const],
  };
  return db.$transaction(
    async (tx) => {
      const inserted = await insertConventions(
        tx,
        DEMO_ACTOR,
        collectivite,
        colleges.map((c) => ({
          kind: "TRIPARTITE" as const,
          title: tripartiteTitle(c.name),
          academieCode: c.academieCode,
          etablissementId: c.id,
          parentId: null,
          templateVersionId: null,
          content,
          ...defaultConventionDates(now),
        })),
        now,
      );
      for (const { id } of inserted)
        await freezeForSignature(tx, await unsafeLockConvention(tx, id), content, DEMO_ACTOR, now);
      return inserted.length;
    },
    { timeout: 60_000 },
  );
}
