import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { type Rng } from "@/prisma/seed/shared/demo-random";
import {
  DEFAULT_CADRE_CONTENT,
  DEFAULT_TRIPARTITE_CONTENT,
} from "@/lib/conventions/default-template";
import { defaultConventionDates } from "@/lib/conventions/dates";
import {
  DAY,
  type PlanFrame,
  type PlannedConvention,
  type PlannedStep,
} from "@/prisma/seed/shared/conventions/plan-types";

export const TRIPARTITE_ORDER = DEFAULT_TRIPARTITE_CONTENT.signingOrder;
export const CADRE_ORDER = DEFAULT_CADRE_CONTENT.signingOrder;
export const REFUSALS: Record<ConventionParty, readonly string[]> = {
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
export const TERMINATIONS = [
  "Fusion du collège avec un établissement voisin à la rentrée.",
  "Nouvelle convention-cadre départementale : les conventions d'application sont renouvelées.",
  "Transfert de la maintenance à un groupement d'intérêt public.",
];

/** A working day at a plausible office hour (08:00–17:59 UTC), `min` to `max` days after `from`. */
export function after(rng: Rng, from: Date, min: number, max: number): Date {
  const day = new Date(Math.floor(from.getTime() / DAY) * DAY + rng.int(min, max) * DAY);
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) day.setTime(day.getTime() + (weekday === 6 ? 2 : 1) * DAY);
  return new Date(day.getTime() + rng.int(7 * 60, 16 * 60 + 59) * 60_000);
}

export const betweenIn = (
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
export function signSteps(
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

/** A convention before its story is drawn: who it binds, in which signing order, from when. */
export interface Draft extends Pick<
  PlannedConvention,
  "key" | "kind" | "collectiviteCode" | "academieCode" | "uai" | "parentKey" | "createdAt"
> {
  order: readonly { party: ConventionParty; order: number }[];
  dates?: { startsOn: Date; endsOn: Date };
}

/** A convention frozen `signed` signatures deep (all: it enters into force at the last one). */
export function signedConvention(
  rng: Rng,
  draft: Draft,
  signed: number,
  until: Date,
): PlannedConvention {
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

export function draftConvention(draft: Draft): PlannedConvention {
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

export function withoutOrder(draft: Draft): Omit<Draft, "order" | "dates"> {
  const rest: Partial<Draft> = { ...draft };
  delete rest.order;
  delete rest.dates;
  return rest as Omit<Draft, "order" | "dates">;
}

/** 0, 1 or 2 signatures of three: who a pending convention waits for varies. */
export const pendingDepth = (rng: Rng) => (rng.chance(0.35) ? 0 : rng.chance(0.6) ? 1 : 2);
