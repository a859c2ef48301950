import type { Db } from "@/lib/db/client";
import { bulkInsert } from "@/lib/db/bulk-insert";
import type { ConventionParty, IncidentStatus } from "@/lib/generated/prisma/enums";
import { ASSISTANCE_DOMAIN_LABELS, type AssistanceDomain } from "@/lib/assistance/vocabulary";
import { calendarOf, DEFAULT_DAY } from "@/lib/assistance/service-level";
import { benchSeedKey } from "@/prisma/seed/shared/bench-constants";
import { prng, seededKey, type Rng } from "@/prisma/seed/shared/demo-random";
import { INCIDENT_COLUMNS } from "@/prisma/seed/incidents/incident-rows";

/*
 * A year of incidents for the benchmark (issue 16's measures): about INCIDENTS_PER_YEAR across
 * the public collèges, in proportion to their pupils. Mostly the collectivité's queue at level
 * N2, about 5 % for the académie (ENT, accounts, national applications), some for the collège
 * (first-level checks); about 8 % miss their service level; recent ones still open, and a few
 * old ones forgotten (the backlog past 30 days).
 */

export const INCIDENTS_PER_YEAR = 250_000;
const BREACH_SHARE = 0.08;
const WITH_EQUIPMENT_SHARE = 0.45;

export interface IncidentCollege {
  id: string;
  collectiviteId: string;
  academieCode: string;
  departementCode: string;
  effectif: number;
}

/** Domain, queue and level, with their weight in a year of incidents. */
const ROUTES: readonly [AssistanceDomain, ConventionParty, string, number][] = [
  ["POSTES_PERIPHERIQUES", "COLLECTIVITE", "N2", 30],
  ["ECRANS_VIDEOPROJECTION", "COLLECTIVITE", "N2", 14],
  ["RESEAU_WIFI", "COLLECTIVITE", "N2", 12],
  ["IMPRESSION", "COLLECTIVITE", "N2", 9],
  ["ACCES_INTERNET", "COLLECTIVITE", "N3", 4],
  ["LOGICIELS_PEDAGOGIQUES", "COLLECTIVITE", "N2", 6],
  ["TELEPHONIE", "COLLECTIVITE", "N2", 3],
  ["AUTRE", "COLLECTIVITE", "N2", 5],
  ["PREMIER_NIVEAU", "EPLE", "N1", 8],
  ["POSTES_PERIPHERIQUES", "EPLE", "N1", 4],
  ["ENT", "ETAT", "N2", 2],
  ["ANNUAIRE_COMPTES", "ETAT", "N2", 1.5],
  ["APPLICATIONS_NATIONALES", "ETAT", "N2", 1],
  ["FILTRAGE", "ETAT", "N3", 0.5],
];
const TOTAL_WEIGHT = ROUTES.reduce((s, r) => s + r[3], 0);

/** Service levels in working minutes (take, resolve), by queue. */
const TARGETS: Record<ConventionParty, [number, number] | null> = {
  COLLECTIVITE: [240, 1_440],
  ETAT: [480, 2_400],
  EPLE: null,
};

function route(rng: Rng) {
  let draw = rng.between(0, TOTAL_WEIGHT);
  for (const r of ROUTES) if ((draw -= r[3]) <= 0) return r;
  return ROUTES[0]!;
}

/** Working minutes to a step: within the target, or past it for the breaches. */
const workMinutes = (rng: Rng, target: number) =>
  Math.round(target * (rng.chance(BREACH_SHARE) ? rng.between(1.05, 3) : rng.between(0.03, 0.95)));
/** A working minute is about 3.5 calendar minutes (8 working hours a day, 5 days a week). */
const calendar = (from: Date, workingMinutes: number) =>
  new Date(from.getTime() + workingMinutes * 3.5 * 60_000);

/** One incident of collège `c`, reported `ageDays` before `now`. */
function incidentRow(
  rng: Rng,
  c: IncidentCollege,
  n: number,
  ageDays: number,
  now: Date,
  refs: { reporterId: string; equipment: readonly string[] },
) {
  const [domain, party, level] = route(rng);
  const reportedAt = new Date(now.getTime() - ageDays * 86_400_000);
  const targets = TARGETS[party];
  const take = workMinutes(rng, targets?.[0] ?? 480);
  const resolve = take + workMinutes(rng, targets?.[1] ?? 2_400);
  const takenAt = calendar(reportedAt, take);
  const resolvedAt = calendar(reportedAt, resolve);
  // A few old incidents are forgotten open: the backlog past 30 days.
  const forgotten = rng.chance(0.004);
  const taken = takenAt < now && !(forgotten && rng.chance(0.5));
  const resolved = resolvedAt < now && !forgotten;
  const status: IncidentStatus = resolved
    ? ageDays > 7
      ? "CLOS"
      : "RESOLU"
    : taken
      ? rng.pick([
          "PRIS_EN_CHARGE",
          "PRIS_EN_CHARGE",
          "EN_ATTENTE_COLLEGE",
          "EN_ATTENTE_FOURNISSEUR",
        ] as const)
      : "NOUVEAU";
  const equipmentId =
    refs.equipment.length > 0 && rng.chance(WITH_EQUIPMENT_SHARE) ? rng.pick(refs.equipment) : null;
  return {
    id: `bench-inc-${c.id}-${n}`,
    reference: `INC-BENCH-${c.id}-${n}`,
    collectiviteId: c.collectiviteId,
    academieCode: c.academieCode,
    etablissementId: c.id,
    domain,
    domainLabel: ASSISTANCE_DOMAIN_LABELS[domain],
    equipmentId,
    title: `${ASSISTANCE_DOMAIN_LABELS[domain]} : incident ${n}`,
    description: "Incident généré pour le banc d'essai.",
    level,
    routingNote: "Banc d'essai",
    reporterId: refs.reporterId,
    kind: rng.chance(0.8) ? "INCIDENT" : "DEMANDE",
    urgency: rng.pick(["FAIBLE", "NORMALE", "NORMALE", "NORMALE", "HAUTE", "BLOQUANTE"] as const),
    status,
    party,
    reporterParty: "EPLE",
    routingSource: "CONVENTION",
    // The clock the queue reads its deadlines on: the collège's (time zone, holidays), as routing sets it.
    calendar: calendarOf(c, DEFAULT_DAY, false),
    closeAfterDays: 7,
    reopenWithinDays: 15,
    reopenCount: 0,
    takeChargeTargetMinutes: targets?.[0] ?? null,
    resolveTargetMinutes: targets?.[1] ?? null,
    takeChargeWorkMinutes: taken ? take : null,
    resolveWorkMinutes: resolved ? resolve : null,
    reportedAt,
    takenAt: taken ? takenAt : null,
    resolvedAt: resolved ? resolvedAt : null,
    closedAt: resolved && ageDays > 7 ? calendar(resolvedAt, 480) : null,
    takeChargeDueAt: targets ? calendar(reportedAt, targets[0]) : null,
    resolveDueAt:
      targets && status !== "EN_ATTENTE_COLLEGE" && status !== "EN_ATTENTE_FOURNISSEUR"
        ? calendar(reportedAt, targets[1])
        : null,
    updatedAt: now,
  };
}

/**
 * Writes a year of incidents before `now` for the public collèges given, in proportion to their
 * pupils; returns how many. Bypasses the access context: run by the benchmark's generator only.
 */
export async function unsafeSeedBenchIncidents(
  db: Db,
  colleges: readonly IncidentCollege[],
  { seed, now, perYear = INCIDENTS_PER_YEAR }: { seed: number; now: Date; perYear?: number },
): Promise<number> {
  const pupils = colleges.reduce((s, c) => s + c.effectif, 0);
  if (pupils === 0) return 0;
  const reporters = new Map(
    (
      await db.$queryRaw<{ collectiviteId: string; userId: string }[]>`
        SELECT DISTINCT ON (m."collectiviteId") m."collectiviteId", m."userId" FROM "Membership" m
        WHERE m."scopeType" = 'COLLECTIVITE' ORDER BY m."collectiviteId", m."userId"`
    ).map((r) => [r.collectiviteId, r.userId]),
  );
  // At most 60 items per collège to hang incidents on (in service or broken), in id order for reproducibility.
  const equipment = new Map(
    (
      await db.$queryRaw<{ etablissementId: string; ids: string[] }[]>`
        SELECT q."etablissementId", (array_agg(q."id" ORDER BY q."id"))[1:60] AS "ids"
        FROM "Equipment" q WHERE q."status" <> 'REFORME' GROUP BY q."etablissementId"`
    ).map((r) => [r.etablissementId, r.ids]),
  );
  const rows = colleges.flatMap((c) => {
    const reporterId = reporters.get(c.collectiviteId);
    if (!reporterId) return [];
    const rng = prng(seededKey(`incidents:${c.id}`, benchSeedKey(seed)));
    const count = Math.round((c.effectif / pupils) * perYear * rng.between(0.7, 1.3));
    const refs = { reporterId, equipment: equipment.get(c.id) ?? [] };
    return Array.from({ length: count }, (_, n) =>
      incidentRow(rng, c, n + 1, rng.between(0, 365), now, refs),
    );
  });
  return db.$transaction((tx) => bulkInsert(tx, "Incident", INCIDENT_COLUMNS, rows), {
    timeout: 600_000,
  });
}
