import { type Rng } from "@/prisma/seed/shared/demo-random";
import { defaultConventionDates } from "@/lib/conventions/dates";
import {
  type PlannedConvention,
  type PlannedStep,
  type PlannedVersion,
} from "@/prisma/seed/shared/conventions/plan-types";
import {
  type Draft,
  REFUSALS,
  after,
  draftConvention,
  pendingDepth,
  signSteps,
  signedConvention,
  withoutOrder,
} from "@/prisma/seed/shared/conventions/plan-signatures";

/** A version refused by one party, replaced by version 2: a draft, or frozen again and in signature. */
export function refusedConvention(rng: Rng, draft: Draft, until: Date): PlannedConvention {
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
export function avenantOf(
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
