import type { EquipmentCategory, NeedOpinion } from "@/lib/generated/prisma/enums";
import type { NeedRequest, NeedsCampaign } from "@/lib/generated/prisma/client";
import {
  at,
  day,
  EUROS,
  prng,
  roundEuros,
  seededKey,
  type Rng,
} from "@/prisma/seed/shared/demo-random";
import type { DemoBudgetCollege } from "@/prisma/seed/budgets/generate-demo-budget";
import {
  AXES,
  JUSTIFICATIONS,
  OPINION_COMMENTS,
  QUANTITIES,
} from "@/prisma/seed/campaigns/demo-need-texts";

/** Ends every demo campaign's description; budget pages show a notice instead (see hasDemoBudgets). */
export const DEMO_DATA_MARKER = "Données fictives de démonstration";
/** Les Gayeulles: the e2e story has its chef submit in the open campaign, so the seed leaves it none there. */
export const DEMO_OPEN_CAMPAIGN_EXCLUDED_UAI = "0350027P";

// ─── Campaigns ───────────────────────────────────────────────────────────────

/** A generated need, with the columns of the NeedRequest table and its collège's UAI. */
export type DemoNeedRow = Pick<
  NeedRequest,
  | "etablissementId"
  | "category"
  | "quantity"
  | "unitCostCents"
  | "justification"
  | "projetEtablissement"
  | "priority"
  | "status"
  | "submittedAt"
  | "opinion"
  | "opinionComment"
  | "opinionAt"
  | "acceptedQuantity"
  | "acceptedCents"
  | "decisionReason"
  | "decidedAt"
  | "deliveredAt"
> & { uai: string };

/** A generated campaign, with the columns of the NeedsCampaign table. */
export interface DemoCampaign extends Pick<
  NeedsCampaign,
  | "title"
  | "exercice"
  | "opensOn"
  | "closesOn"
  | "envelopeCents"
  | "categories"
  | "description"
  | "status"
  | "arbitratedAt"
> {
  /** Every generated campaign has been opened (the column is null for a draft). */
  openedAt: Date;
  /** The budget line accepted needs feed: the 21831 line of the exercice, when there is one. */
  feedsLineOfExercice: number | null;
  needs: DemoNeedRow[];
}

function drawOpinion(rng: Rng): NeedOpinion {
  const r = rng.next();
  return r < 0.68 ? "FAVORABLE" : r < 0.88 ? "RESERVE" : "DEFAVORABLE";
}

/** The DRANE's opinion on a need: drawn, with a comment of its kind, given at `at()` (drawn after them). */
function giveOpinion(rng: Rng, need: DemoNeedRow, at: () => Date): void {
  need.opinion = drawOpinion(rng);
  need.opinionComment = rng.pick(OPINION_COMMENTS[need.opinion]);
  need.opinionAt = at();
}

function drawNeeds(
  rng: Rng,
  colleges: readonly DemoBudgetCollege[],
  categories: readonly EquipmentCategory[],
  unitCosts: Partial<Record<EquipmentCategory, number>>,
  perCollege: [number, number],
  window: [Date, Date],
): DemoNeedRow[] {
  const span = window[1].getTime() - window[0].getTime();
  return colleges.flatMap((college) => {
    const submittedAt = new Date(
      window[0].getTime() + Math.floor((rng.between(0, 1) * span) / 3_600_000) * 3_600_000,
    );
    return rng
      .shuffle(categories)
      .slice(0, rng.int(perCollege[0], perCollege[1]))
      .map((category, i): DemoNeedRow => {
        const [min, max] = QUANTITIES[category] ?? [1, 4];
        return {
          etablissementId: college.id,
          uai: college.uai,
          category,
          quantity: rng.int(min, max),
          unitCostCents: BigInt(unitCosts[category] ?? 30_000),
          justification: rng.pick(
            JUSTIFICATIONS[category] ?? ["Besoin identifié lors du conseil pédagogique."],
          ),
          projetEtablissement: rng.pick(AXES),
          priority: i + 1,
          status: "SOUMIS",
          submittedAt,
          opinion: null,
          opinionComment: null,
          opinionAt: null,
          acceptedQuantity: null,
          acceptedCents: null,
          decisionReason: null,
          decidedAt: null,
          deliveredAt: null,
        };
      });
  });
}

/**
 * The demo campaigns of a collectivité: one arbitrated for 2026 (needs of ~15 collèges, the DRANE's
 * opinions, decisions within the envelope, some delivered) and one open for 2027 with a few needs,
 * none from Les Gayeulles. Unit costs come from the collectivité's référentiel. Deterministic; a
 * `seed` (the benchmark's) draws other campaigns of the same shape.
 */
export function generateDemoCampaigns(
  collectiviteCode: string,
  colleges: readonly DemoBudgetCollege[],
  unitCosts: Partial<Record<EquipmentCategory, number>>,
  seed?: string,
): DemoCampaign[] {
  const rng = prng(seededKey(`campagnes:${collectiviteCode}`, seed));
  const shuffled = rng.shuffle([...colleges].sort((a, b) => a.uai.localeCompare(b.uai)));
  const closedCategories: EquipmentCategory[] = [
    "PORTABLE",
    "TABLETTE",
    "ENI",
    "VIDEOPROJECTEUR",
    "BORNE_WIFI",
    "CLASSE_MOBILE",
    "POSTE_FIXE",
  ];
  const closedColleges = shuffled.slice(0, 15);
  const needs = drawNeeds(
    rng,
    closedColleges,
    closedCategories,
    unitCosts,
    [1, 3],
    [day(2025, 9, 16, 8), day(2025, 11, 14, 17)],
  );
  for (const need of needs)
    giveOpinion(rng, need, () => day(2025, 11, rng.int(17, 28), rng.int(9, 17)));
  const requested = needs.reduce((s, n) => s + BigInt(n.quantity) * n.unitCostCents, 0n);
  const envelopeCents = roundEuros(Number(requested / EUROS) * 0.7, 10_000);
  // Arbitration: favourable and high-priority needs first, within what the envelope has left.
  const rank: Record<NeedOpinion, number> = { FAVORABLE: 0, RESERVE: 1, DEFAVORABLE: 2 };
  let left = envelopeCents;
  const order = needs
    .map((n, i) => ({ n, i }))
    .sort(
      (a, b) => rank[a.n.opinion!] - rank[b.n.opinion!] || a.n.priority - b.n.priority || a.i - b.i,
    );
  for (const { n } of order) {
    const cost = BigInt(n.quantity) * n.unitCostCents;
    const affordable = Number(left / n.unitCostCents);
    let quantity = 0;
    if (n.opinion === "DEFAVORABLE") {
      n.decisionReason =
        "Avis pédagogique défavorable de la DRANE : besoin à retravailler avec l'équipe de direction.";
    } else if (n.opinion === "RESERVE" && n.quantity > 1 && affordable >= 1) {
      quantity = Math.min(affordable, Math.ceil(n.quantity / 2));
      n.decisionReason = `Quantité ramenée à ${quantity} : déploiement progressif, comme le conseille l'avis académique.`;
    } else if (cost <= left) {
      quantity = n.quantity;
      n.decisionReason = "Conforme au référentiel départemental et à l'avis académique.";
    } else if (affordable >= 1) {
      quantity = affordable;
      n.decisionReason = `Quantité ramenée à ${quantity} pour tenir dans l'enveloppe de la campagne.`;
    } else {
      n.decisionReason =
        "Enveloppe de la campagne atteinte : besoin à présenter de nouveau pour 2027.";
    }
    n.status = quantity === 0 ? "REFUSE" : quantity === n.quantity ? "ACCEPTE" : "PARTIEL";
    n.acceptedQuantity = quantity;
    n.acceptedCents = BigInt(quantity) * n.unitCostCents;
    left -= n.acceptedCents;
    n.decidedAt = day(2026, 1, rng.int(12, 23), rng.int(9, 17));
    if (quantity > 0 && rng.chance(0.45))
      n.deliveredAt = day(2026, rng.int(3, 10), rng.int(1, 28), 14);
  }

  const openCategories: EquipmentCategory[] = ["TABLETTE", "ENI", "PORTABLE", "BORNE_WIFI"];
  const openColleges = shuffled
    .slice(15)
    .filter((c) => c.uai !== DEMO_OPEN_CAMPAIGN_EXCLUDED_UAI)
    .slice(0, 6);
  const openNeeds = drawNeeds(
    rng,
    openColleges,
    openCategories,
    unitCosts,
    [1, 2],
    [day(2026, 11, 3, 8), day(2026, 11, 18, 17)],
  );
  for (const need of openNeeds) {
    if (!rng.chance(0.5)) continue;
    giveOpinion(
      rng,
      need,
      () =>
        new Date(
          Math.max(
            need.submittedAt.getTime() + 86_400_000,
            day(2026, 11, rng.int(16, 20), 11).getTime(),
          ),
        ),
    );
  }
  return [
    {
      title: "Besoins numériques des collèges – exercice 2026",
      exercice: 2026,
      opensOn: at("2025-09-15T00:00:00"),
      closesOn: at("2025-11-15T00:00:00"),
      envelopeCents,
      categories: closedCategories,
      status: "ARBITREE",
      openedAt: day(2025, 9, 15, 8),
      arbitratedAt: day(2026, 1, 27, 16),
      feedsLineOfExercice: 2026,
      description: `Recensement des besoins d'équipement numérique des collèges publics pour l'exercice 2026, arbitré dans la limite de l'enveloppe votée. ${DEMO_DATA_MARKER}.`,
      needs,
    },
    {
      title: "Besoins numériques des collèges – exercice 2027",
      exercice: 2027,
      opensOn: at("2026-11-02T00:00:00"),
      closesOn: at("2027-01-15T00:00:00"),
      envelopeCents: 600_000n * EUROS,
      categories: openCategories,
      status: "OUVERTE",
      openedAt: day(2026, 11, 2, 8),
      arbitratedAt: null,
      feedsLineOfExercice: null,
      description: `Appel à besoins pour l'exercice 2027 : tablettes, écrans numériques interactifs, portables et bornes Wi-Fi, au regard du référentiel départemental. ${DEMO_DATA_MARKER}.`,
      needs: openNeeds,
    },
  ];
}
