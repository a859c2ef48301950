import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "@/lib/inventory/referential";
import {
  DEMO_BUDGET_EXERCICES,
  generateDemoBudget,
  type DemoBudgetCollege,
} from "@/prisma/seed/budgets/generate-demo-budget";
import {
  DEMO_DATA_MARKER,
  DEMO_OPEN_CAMPAIGN_EXCLUDED_UAI,
  generateDemoCampaigns,
} from "@/prisma/seed/campaigns/generate-demo-campaigns";

/** Sixty collèges of 180 to 880 pupils, Les Gayeulles among them. */
const colleges: DemoBudgetCollege[] = Array.from({ length: 60 }, (_, i) => ({
  id: `college-${i}`,
  uai: i === 7 ? DEMO_OPEN_CAMPAIGN_EXCLUDED_UAI : `0350${String(100 + i * 11).padStart(3, "0")}K`,
  effectif: 180 + ((i * 137) % 700),
}));
const unitCosts = Object.fromEntries(
  Object.entries(DEFAULT_RULES).map(([k, r]) => [k, r.unitCostCents]),
);
const voted = (l: { bpCents: bigint; dmCents: bigint }) => l.bpCents + l.dmCents;

describe("generateDemoBudget", () => {
  it("gives the same figures for the same collectivité and different ones for another", () => {
    expect(generateDemoBudget("35", colleges)).toEqual(generateDemoBudget("35", colleges));
    expect(generateDemoBudget("14", colleges).lines.map(voted)).not.toEqual(
      generateDemoBudget("35", colleges).lines.map(voted),
    );
  });

  it.each(["35", "14", "22"])(
    "keeps each exercice between 75 and 125 € per pupil (collectivité %s)",
    (code) => {
      const budget = generateDemoBudget(code, colleges);
      expect(budget.pupils).toBe(colleges.reduce((s, c) => s + c.effectif, 0));
      expect([...new Set(budget.lines.map((l) => l.exercice))]).toEqual([...DEMO_BUDGET_EXERCICES]);
      for (const exercice of DEMO_BUDGET_EXERCICES) {
        const total = budget.lines
          .filter((l) => l.exercice === exercice)
          .reduce((s, l) => s + voted(l), 0n);
        const perPupil = Number(total) / 100 / budget.pupils;
        expect(perPupil).toBeGreaterThanOrEqual(75);
        expect(perPupil).toBeLessThanOrEqual(125);
      }
    },
  );

  it("writes M57 lines of function 221 with non-negative amounts, mandated ≤ engaged ≤ voted, past exercices 85–98 % mandated", () => {
    const { lines } = generateDemoBudget("35", colleges);
    for (const l of lines) {
      expect(l.fonction).toBe("221");
      expect(l.bpCents).toBeGreaterThan(0n);
      expect(l.bpCents % 100n).toBe(0n);
      expect(l.mandatedCents).toBeGreaterThanOrEqual(0n);
      expect(l.mandatedCents).toBeLessThanOrEqual(l.engagedCents);
      expect(l.engagedCents).toBeLessThanOrEqual(voted(l));
      const rate = Number(l.mandatedCents) / Number(voted(l));
      if (l.exercice < 2026) {
        expect(rate).toBeGreaterThanOrEqual(0.85);
        expect(rate).toBeLessThanOrEqual(0.98);
      } else expect(rate).toBeLessThan(0.8);
    }
    const natures = (exercice: number) =>
      lines
        .filter((l) => l.exercice === exercice)
        .map((l) => `${l.nature}/${l.chapitre}/${l.category}`)
        .sort();
    expect(natures(2025)).toEqual([
      "204/204/EQUIPEMENT",
      "2051/20/RESSOURCES",
      "21831/21/EQUIPEMENT",
      "21838/21/RESEAU",
      "611/011/ENT",
      "611/011/FORMATION",
      "6156/011/MAINTENANCE",
      "655111/65/DOTATION",
    ]);
    expect(lines.filter((l) => l.funding === "ETAT").length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.funding === "EUROPE")).toHaveLength(1);
    expect(lines.filter((l) => l.dmCents !== 0n).length).toBeGreaterThan(0);
  });

  it("schedules the AP's CP over 2024–2028 for its whole amount, carried by the 21831 lines of 2024–2026", () => {
    const { lines, autorisation: ap } = generateDemoBudget("14", colleges);
    expect(ap.label).toBe("Plan collèges numériques 2024–2028");
    expect(ap.votedOn.toISOString()).toMatch(/^2024-03-/);
    expect(ap.credits.map((c) => c.exercice)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(ap.credits.reduce((s, c) => s + c.amountCents, 0n)).toBe(ap.amountCents);
    expect(ap.engagedCents).toBeLessThanOrEqual(ap.affectedCents);
    expect(ap.affectedCents).toBeLessThanOrEqual(ap.amountCents);
    const carriers = lines.filter((l) => l.carriesAutorisation);
    expect(carriers.map((l) => [l.exercice, l.nature])).toEqual([
      [2024, "21831"],
      [2025, "21831"],
      [2026, "21831"],
    ]);
    for (const l of carriers)
      expect(voted(l)).toBe(ap.credits.find((c) => c.exercice === l.exercice)!.amountCents);
    expect(ap.engagedCents).toBeGreaterThanOrEqual(
      carriers.reduce((s, l) => s + l.mandatedCents, 0n),
    );
  });

  it("gives every collège a dotation per exercice, proportional to its pupils, within the 655111 line", () => {
    const { lines, allocations } = generateDemoBudget("35", colleges);
    expect(allocations).toHaveLength(colleges.length * DEMO_BUDGET_EXERCICES.length);
    for (const exercice of DEMO_BUDGET_EXERCICES) {
      const line = lines.find((l) => l.exercice === exercice && l.nature === "655111")!;
      const of = allocations.filter((a) => a.exercice === exercice);
      expect(
        of.every(
          (a) =>
            a.lineKey === line.key &&
            a.kind === "DOTATION_FONCTIONNEMENT" &&
            a.label === `Dotation de fonctionnement ${exercice}`,
        ),
      ).toBe(true);
      expect(of.reduce((s, a) => s + a.amountCents, 0n)).toBeLessThanOrEqual(voted(line));
      const perPupil = of.map(
        (a) => Number(a.amountCents) / colleges.find((c) => c.id === a.etablissementId)!.effectif,
      );
      expect(Math.max(...perPupil) - Math.min(...perPupil)).toBeLessThan(100 / 180 + 1e-9); // one euro of rounding
    }
  });

  it("counts a collège without pupils as an average one", () => {
    const { allocations } = generateDemoBudget("35", [
      ...colleges,
      { id: "sans-effectif", uai: "0359999X", effectif: 0 },
    ]);
    expect(
      allocations
        .filter((a) => a.etablissementId === "sans-effectif")
        .every((a) => a.amountCents > 0n),
    ).toBe(true);
  });
});

describe("generateDemoCampaigns", () => {
  const [closed, open] = generateDemoCampaigns("35", colleges, unitCosts);

  it("is deterministic and marks the campaigns as fictitious", () => {
    expect(generateDemoCampaigns("35", colleges, unitCosts)).toEqual([closed, open]);
    for (const c of [closed!, open!]) expect(c.description).toContain(DEMO_DATA_MARKER);
  });

  it("arbitrates the 2026 campaign within its envelope, with opinions, a mix of decisions and some deliveries", () => {
    expect(closed).toMatchObject({ exercice: 2026, status: "ARBITREE", feedsLineOfExercice: 2026 });
    expect(closed!.opensOn.toISOString().slice(0, 10)).toBe("2025-09-15");
    expect(closed!.closesOn.toISOString().slice(0, 10)).toBe("2025-11-15");
    expect(new Set(closed!.needs.map((n) => n.uai)).size).toBe(15);
    const accepted = closed!.needs.reduce((s, n) => s + (n.acceptedCents ?? 0n), 0n);
    expect(accepted).toBeLessThanOrEqual(closed!.envelopeCents);
    expect(accepted).toBeGreaterThan((closed!.envelopeCents * 8n) / 10n);
    const statuses = new Set(closed!.needs.map((n) => n.status));
    expect([...statuses].sort()).toEqual(["ACCEPTE", "PARTIEL", "REFUSE"]);
    for (const n of closed!.needs) {
      expect(n.opinion).not.toBeNull();
      expect(n.opinionAt!.getTime()).toBeGreaterThan(closed!.closesOn.getTime());
      expect(n.decisionReason).toBeTruthy();
      expect(n.unitCostCents).toBe(BigInt(unitCosts[n.category]!));
      expect(n.acceptedCents).toBe(BigInt(n.acceptedQuantity!) * n.unitCostCents);
      if (n.status === "PARTIEL") expect(n.acceptedQuantity).toBeLessThan(n.quantity);
      if (n.status === "REFUSE") expect(n.acceptedQuantity).toBe(0);
      if (n.deliveredAt) expect(n.status).not.toBe("REFUSE");
      expect(closed!.categories).toContain(n.category);
    }
    expect(closed!.needs.some((n) => n.deliveredAt)).toBe(true);
    expect(closed!.needs.some((n) => n.status !== "REFUSE" && !n.deliveredAt)).toBe(true);
  });

  it("leaves the 2027 campaign open with a few undecided needs, none from Les Gayeulles", () => {
    expect(open).toMatchObject({
      exercice: 2027,
      status: "OUVERTE",
      envelopeCents: 60_000_000n,
      categories: ["TABLETTE", "ENI", "PORTABLE", "BORNE_WIFI"],
    });
    expect(open!.opensOn.toISOString().slice(0, 10)).toBe("2026-11-02");
    expect(open!.closesOn.toISOString().slice(0, 10)).toBe("2027-01-15");
    expect(open!.needs.length).toBeGreaterThanOrEqual(3);
    expect(open!.needs.some((n) => n.uai === DEMO_OPEN_CAMPAIGN_EXCLUDED_UAI)).toBe(false);
    for (const n of open!.needs) {
      expect(n.status).toBe("SOUMIS");
      expect(n.decidedAt).toBeNull();
      expect(open!.categories).toContain(n.category);
      if (n.opinionAt) expect(n.opinionAt.getTime()).toBeGreaterThan(n.submittedAt.getTime());
    }
  });
});
