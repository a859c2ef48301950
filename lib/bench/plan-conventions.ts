import type {
  ConventionKind,
  ConventionParty,
  ConventionStatus,
  ConventionVersionStatus,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";
import { prng, seededKey, type Rng } from "@/lib/demo/demo-random";
import {
  DEFAULT_CADRE_CONTENT,
  DEFAULT_TRIPARTITE_CONTENT,
} from "@/lib/conventions/default-template";
import { defaultConventionDates } from "@/lib/conventions/dates";
import { KIND_PREFIXES } from "@/lib/conventions/labels";
import { parisToday } from "@/lib/conventions/machine";
import { BENCH_NOW, benchSeedKey } from "@/lib/bench/bench-constants";

// The story of every convention of the benchmark, as plain data: who signed what and when. The
// writer (seed-conventions.ts) replays it through the product's own freezing and completion code.

export interface PlannedStep {
  party: ConventionParty;
  order: number;
  status: SignatureStatus;
  decidedAt: Date | null;
  /** Signed on paper: recorded by the collectivité with a scanned copy. */
  offline: boolean;
  refusalReason: string | null;
}

export interface PlannedVersion {
  number: number;
  /** Final status; the version a completion puts in force is written EN_SIGNATURE and completed. */
  status: ConventionVersionStatus;
  createdAt: Date;
  frozenAt: Date | null;
  steps: PlannedStep[];
}

export interface PlannedConvention {
  /** Natural key, stable whatever the départements chosen: ids and references derive from it. */
  key: string;
  kind: ConventionKind;
  collectiviteCode: string;
  academieCode: string;
  uai: string | null;
  parentKey: string | null;
  /** Final status (RESILIEE after a termination, EN_VIGUEUR even when expired). */
  status: ConventionStatus;
  createdAt: Date;
  startsOn: Date;
  endsOn: Date;
  versions: PlannedVersion[];
  /** The last signature of the last version: it enters into force then. */
  completedAt: Date | null;
  terminated: { on: Date; at: Date; reason: string } | null;
}

export type CollegeStory =
  "AUCUNE" | "BROUILLON" | "EN_SIGNATURE" | "REFUSEE" | "EN_VIGUEUR" | "EXPIREE" | "RESILIEE";

/** Shares of the collèges' stories: most conventions in force, every state represented. */
export const STORY_SHARES: readonly [CollegeStory, number][] = [
  ["AUCUNE", 0.06],
  ["BROUILLON", 0.1],
  ["EN_SIGNATURE", 0.2],
  ["REFUSEE", 0.06],
  ["EN_VIGUEUR", 0.44],
  ["EXPIREE", 0.07],
  ["RESILIEE", 0.07],
];

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/**
 * The calendar a plan is drawn in: the benchmark's day moved by `shiftDays` (whole weeks, so
 * working days stay working days), and every date of the stories with it. The benchmark keeps 0.
 */
export interface PlanFrame {
  shiftDays: number;
  shares: readonly [CollegeStory, number][];
}

const DEFAULT_FRAME: PlanFrame = { shiftDays: 0, shares: STORY_SHARES };

/** The shift that brings the benchmark's day to the last same weekday on or before `now`: every planned date is then past. */
export function frameShiftDays(now: Date): number {
  return Math.floor((now.getTime() - BENCH_NOW.getTime()) / WEEK) * 7;
}

/** The day a frame's stories end on: nothing is planned after it. */
export const frameDay = (frame: Pick<PlanFrame, "shiftDays">) =>
  new Date(BENCH_NOW.getTime() + frame.shiftDays * DAY);
const TRIPARTITE_ORDER = DEFAULT_TRIPARTITE_CONTENT.signingOrder;
const CADRE_ORDER = DEFAULT_CADRE_CONTENT.signingOrder;
const REFUSALS: Record<ConventionParty, readonly string[]> = {
  EPLE: [
    "Le conseil d'administration demande que la maintenance de niveau 1 reste à la charge de la collectivité.",
    "L'annexe d'inventaire ne correspond pas au matériel présent dans l'établissement.",
  ],
  ETAT: [
    "La matrice des responsabilités doit mentionner le rôle du RSSI académique.",
    "Les niveaux de service de l'article 6 sont à aligner sur la convention-cadre.",
  ],
  COLLECTIVITE: ["La durée doit s'aligner sur le plan collèges numériques."],
};
const TERMINATIONS = [
  "Fusion du collège avec un établissement voisin à la rentrée.",
  "Nouvelle convention-cadre départementale : les conventions d'application sont renouvelées.",
  "Transfert de la maintenance à un groupement d'intérêt public.",
];

/** A working day at a plausible office hour (08:00–17:59 UTC), `min` to `max` days after `from`. */
function after(rng: Rng, from: Date, min: number, max: number): Date {
  const day = new Date(Math.floor(from.getTime() / DAY) * DAY + rng.int(min, max) * DAY);
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) day.setTime(day.getTime() + (weekday === 6 ? 2 : 1) * DAY);
  return new Date(day.getTime() + rng.int(7 * 60, 16 * 60 + 59) * 60_000);
}

const betweenIn = (
  rng: Rng,
  frame: Pick<PlanFrame, "shiftDays">,
  fromIso: string,
  toIso: string,
) => {
  const from = new Date(new Date(`${fromIso}T00:00:00Z`).getTime() + frame.shiftDays * DAY);
  return after(
    rng,
    from,
    0,
    Math.round(
      (new Date(`${toIso}T00:00:00Z`).getTime() - new Date(`${fromIso}T00:00:00Z`).getTime()) / DAY,
    ),
  );
};

/**
 * Steps of a frozen version: the first `signed` parties in signing order sign one after another
 * (3 to 25 days apart, 12 % of them on paper), never after the dataset's day; the others wait.
 */
function signSteps(
  rng: Rng,
  order: readonly { party: ConventionParty; order: number }[],
  frozenAt: Date,
  signed: number,
  until: Date,
): PlannedStep[] {
  let last = frozenAt;
  let open = true;
  return [...order]
    .sort((a, b) => a.order - b.order)
    .map((s, i): PlannedStep => {
      const decidedAt = open && i < signed ? after(rng, last, 3, 25) : null;
      if (decidedAt && decidedAt < until) {
        last = decidedAt;
        const offline = rng.chance(0.12);
        return {
          party: s.party,
          order: s.order,
          status: offline ? "SIGNEE_HORS_PLATEFORME" : "SIGNEE",
          decidedAt,
          offline,
          refusalReason: null,
        };
      }
      open = false;
      return {
        party: s.party,
        order: s.order,
        status: "EN_ATTENTE",
        decidedAt: null,
        offline: false,
        refusalReason: null,
      };
    });
}

const allSigned = (steps: readonly PlannedStep[]) => steps.every((s) => s.decidedAt !== null);
const lastDecision = (steps: readonly PlannedStep[]) =>
  new Date(Math.max(...steps.map((s) => s.decidedAt?.getTime() ?? 0)));

interface Draft {
  key: string;
  kind: ConventionKind;
  collectiviteCode: string;
  academieCode: string;
  uai: string | null;
  parentKey: string | null;
  order: readonly { party: ConventionParty; order: number }[];
  createdAt: Date;
  dates?: { startsOn: Date; endsOn: Date };
}

/** A convention frozen `signed` signatures deep (all: it enters into force at the last one). */
function signedConvention(rng: Rng, draft: Draft, signed: number, until: Date): PlannedConvention {
  const frozenAt = after(rng, draft.createdAt, 3, 30);
  const steps = signSteps(rng, draft.order, frozenAt, signed, until);
  const complete = allSigned(steps);
  return {
    ...withoutOrder(draft),
    status: complete ? "EN_VIGUEUR" : "EN_SIGNATURE",
    ...(draft.dates ?? defaultConventionDates(draft.createdAt)),
    versions: [
      {
        number: 1,
        status: complete ? "SIGNEE" : "EN_SIGNATURE",
        createdAt: draft.createdAt,
        frozenAt,
        steps,
      },
    ],
    completedAt: complete ? lastDecision(steps) : null,
    terminated: null,
  };
}

function draftConvention(draft: Draft): PlannedConvention {
  return {
    ...withoutOrder(draft),
    status: "BROUILLON",
    ...(draft.dates ?? defaultConventionDates(draft.createdAt)),
    versions: [
      { number: 1, status: "BROUILLON", createdAt: draft.createdAt, frozenAt: null, steps: [] },
    ],
    completedAt: null,
    terminated: null,
  };
}

function withoutOrder({ order: _order, dates: _dates, ...rest }: Draft) {
  return rest;
}

/** 0, 1 or 2 signatures of three: who a pending convention waits for varies. */
const pendingDepth = (rng: Rng) => (rng.chance(0.35) ? 0 : rng.chance(0.6) ? 1 : 2);

/** A version refused by one party, replaced by version 2: a draft, or frozen again and in signature. */
function refusedConvention(rng: Rng, draft: Draft, until: Date): PlannedConvention {
  const frozenAt = after(rng, draft.createdAt, 3, 30);
  const order = [...draft.order].sort((a, b) => a.order - b.order);
  const refuser = rng.chance(0.6) ? 1 : 0;
  const steps: PlannedStep[] = [];
  let last = frozenAt;
  order.forEach((s, i) => {
    if (i < refuser) {
      last = after(rng, last, 3, 20);
      steps.push({
        party: s.party,
        order: s.order,
        status: "SIGNEE",
        decidedAt: last,
        offline: false,
        refusalReason: null,
      });
    } else if (i === refuser) {
      last = after(rng, last, 3, 20);
      steps.push({
        party: s.party,
        order: s.order,
        status: "REFUSEE",
        decidedAt: last,
        offline: false,
        refusalReason: rng.pick(REFUSALS[s.party]),
      });
    } else {
      steps.push({
        party: s.party,
        order: s.order,
        status: "ANNULEE",
        decidedAt: null,
        offline: false,
        refusalReason: null,
      });
    }
  });
  const first: PlannedVersion = {
    number: 1,
    status: "REMPLACEE",
    createdAt: draft.createdAt,
    frozenAt,
    steps,
  };
  const dates = defaultConventionDates(draft.createdAt);
  if (rng.chance(0.4)) {
    return {
      ...withoutOrder(draft),
      status: "BROUILLON",
      ...dates,
      versions: [
        first,
        { number: 2, status: "BROUILLON", createdAt: last, frozenAt: null, steps: [] },
      ],
      completedAt: null,
      terminated: null,
    };
  }
  const refrozen = after(rng, last, 5, 30);
  const again = signSteps(
    rng,
    draft.order,
    refrozen,
    Math.min(pendingDepth(rng), order.length - 1),
    until,
  );
  return {
    ...withoutOrder(draft),
    status: "EN_SIGNATURE",
    ...dates,
    completedAt: null,
    terminated: null,
    versions: [
      first,
      { number: 2, status: "EN_SIGNATURE", createdAt: last, frozenAt: refrozen, steps: again },
    ],
  };
}

/** An avenant to a convention in force: same parties and dates (the consolidated version), any state. */
function avenantOf(
  rng: Rng,
  parent: PlannedConvention,
  order: Draft["order"],
  createdAt: Date,
  until: Date,
): PlannedConvention {
  const draft: Draft = {
    key: `${parent.key}:AV1`,
    kind: "AVENANT",
    collectiviteCode: parent.collectiviteCode,
    academieCode: parent.academieCode,
    uai: parent.uai,
    parentKey: parent.key,
    order,
    createdAt,
    dates: { startsOn: parent.startsOn, endsOn: parent.endsOn },
  };
  const r = rng.next();
  if (r < 0.15) return draftConvention(draft);
  return signedConvention(
    rng,
    draft,
    r < 0.7 ? order.length : Math.min(pendingDepth(rng), order.length - 1),
    until,
  );
}

/**
 * A collectivité's convention-cadre with its académie, signed in spring 2024 and in force from
 * September 2024 for five school years; a quarter of them have an avenant (in force, in
 * signature or draft). Deterministic.
 */
export function planCadre(
  collectivite: { code: string; academieCode: string },
  seed: number,
  frame: PlanFrame = DEFAULT_FRAME,
): PlannedConvention[] {
  const rng = prng(seededKey(`cadre:${collectivite.code}`, benchSeedKey(seed)));
  const until = frameDay(frame);
  const createdAt = betweenIn(rng, frame, "2024-02-01", "2024-03-15");
  // From the September after its signature, for five school years.
  const firstYear =
    createdAt.getUTCMonth() >= 8 ? createdAt.getUTCFullYear() + 1 : createdAt.getUTCFullYear();
  const draft: Draft = {
    key: `CC:${collectivite.code}`,
    kind: "CADRE",
    collectiviteCode: collectivite.code,
    academieCode: collectivite.academieCode,
    uai: null,
    parentKey: null,
    order: CADRE_ORDER,
    createdAt,
    dates: {
      startsOn: new Date(Date.UTC(firstYear, 8, 1)),
      endsOn: new Date(Date.UTC(firstYear + 5, 7, 31)),
    },
  };
  const cadre = signedConvention(rng, draft, CADRE_ORDER.length, until);
  if (!rng.chance(0.25)) return [cadre];
  return [
    cadre,
    avenantOf(rng, cadre, CADRE_ORDER, betweenIn(rng, frame, "2025-09-15", "2026-06-30"), until),
  ];
}

/** The story of one collège, drawn from the seed. */
export function drawStory(
  uai: string,
  seed: number,
  shares: readonly [CollegeStory, number][] = STORY_SHARES,
): CollegeStory {
  const r = prng(seededKey(`histoire:${uai}`, benchSeedKey(seed))).next();
  let sum = 0;
  for (const [story, share] of shares) {
    sum += share;
    if (r < sum) return story;
  }
  return "EN_VIGUEUR";
}

/**
 * The tripartite conventions of one public collège, by its story: none; a draft; in signature
 * (0–2 of 3 signed); refused then version 2; in force since 2024 (with an avenant for 12 %, the
 * expired 2021 convention before it for 20 %); expired (2021–2023, half with a draft renewal);
 * terminated (half with a new one). Conventions created once the convention-cadre is in force
 * hang under it. Deterministic.
 */
export function planCollegeConventions(
  college: { uai: string; academieCode: string; collectiviteCode: string },
  cadre: { key: string; completedAt: Date | null } | null,
  seed: number,
  frame: PlanFrame = DEFAULT_FRAME,
): PlannedConvention[] {
  const story = drawStory(college.uai, seed, frame.shares);
  const until = frameDay(frame);
  const between = (rng: Rng, fromIso: string, toIso: string) =>
    betweenIn(rng, frame, fromIso, toIso);
  const rng = prng(seededKey(`conventions:${college.uai}`, benchSeedKey(seed)));
  const base = (suffix: string, createdAt: Date): Draft => ({
    key: `CT:${college.uai}:${suffix}`,
    kind: "TRIPARTITE",
    collectiviteCode: college.collectiviteCode,
    academieCode: college.academieCode,
    uai: college.uai,
    parentKey: cadre?.completedAt && cadre.completedAt < createdAt ? cadre.key : null,
    order: TRIPARTITE_ORDER,
    createdAt,
  });
  const expired = () =>
    signedConvention(
      rng,
      base("2021", between(rng, "2021-02-01", "2021-06-15")),
      TRIPARTITE_ORDER.length,
      until,
    );
  const renewalDraft = () =>
    draftConvention(base("2026", between(rng, "2026-09-07", "2026-11-13")));

  switch (story) {
    case "AUCUNE":
      return [];
    case "BROUILLON":
      return [renewalDraft()];
    case "EN_SIGNATURE":
      return [
        signedConvention(
          rng,
          base("2026", between(rng, "2026-03-02", "2026-10-16")),
          pendingDepth(rng),
          until,
        ),
      ];
    case "REFUSEE":
      return [
        refusedConvention(rng, base("2026", between(rng, "2025-11-03", "2026-06-30")), until),
      ];
    case "EN_VIGUEUR": {
      const previous = rng.chance(0.2) ? [expired()] : [];
      const current = signedConvention(
        rng,
        base("2024", between(rng, "2024-08-01", "2025-05-30")),
        TRIPARTITE_ORDER.length,
        until,
      );
      const avenantAt = current.completedAt ? after(rng, current.completedAt, 60, 400) : null;
      const avenant =
        rng.chance(0.12) && avenantAt && avenantAt < new Date(until.getTime() - 40 * DAY)
          ? [avenantOf(rng, current, TRIPARTITE_ORDER, avenantAt, until)]
          : [];
      return [...previous, current, ...avenant];
    }
    case "EXPIREE":
      return [expired(), ...(rng.chance(0.5) ? [renewalDraft()] : [])];
    case "RESILIEE": {
      const terminated = signedConvention(
        rng,
        base("2023", between(rng, "2023-09-04", "2024-03-29")),
        TRIPARTITE_ORDER.length,
        until,
      );
      const on = between(rng, "2025-01-06", "2026-06-30");
      terminated.status = "RESILIEE";
      terminated.terminated = {
        on: new Date(Math.floor(on.getTime() / DAY) * DAY),
        at: on,
        reason: rng.pick(TERMINATIONS),
      };
      if (!rng.chance(0.5)) return [terminated];
      const next = after(rng, on, 30, 120);
      const replacement =
        next < new Date(until.getTime() - 35 * DAY)
          ? signedConvention(rng, base("2025", next), pendingDepth(rng), until)
          : draftConvention(
              base("2025", new Date(Math.min(next.getTime(), until.getTime() - 2 * DAY))),
            );
      return [terminated, replacement];
    }
  }
}

/**
 * References « CT-59-2024-0007 » as the product numbers them: per kind, collectivité and year of
 * creation (Paris time), in order of creation. Deterministic for a given set of conventions.
 */
export function assignReferences(plans: readonly PlannedConvention[]): Map<string, string> {
  const groups = new Map<string, PlannedConvention[]>();
  for (const plan of plans) {
    const prefix = `${KIND_PREFIXES[plan.kind]}-${plan.collectiviteCode}-${parisToday(plan.createdAt).getUTCFullYear()}-`;
    groups.set(prefix, [...(groups.get(prefix) ?? []), plan]);
  }
  const references = new Map<string, string>();
  for (const [prefix, members] of groups) {
    members.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.key.localeCompare(b.key),
    );
    members.forEach((plan, i) =>
      references.set(plan.key, `${prefix}${String(i + 1).padStart(4, "0")}`),
    );
  }
  return references;
}
