import { describe, expect, it } from "vitest";
import {
  acceptsDecisions,
  acceptsOpinions,
  acceptsSubmissions,
  campaignPhase,
  decisionOutcome,
  envelopeExcess,
  needTotals,
  previousDay,
} from "@/lib/campaigns/rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const open = { status: "OUVERTE" as const, opensOn: d("2026-03-02"), closesOn: d("2026-03-31") };

describe("campaign phases", () => {
  it("reads the stored status and today together", () => {
    expect(campaignPhase({ ...open, status: "BROUILLON" }, d("2026-03-10"))).toBe("BROUILLON");
    expect(campaignPhase(open, d("2026-03-01"))).toBe("A_VENIR");
    expect(campaignPhase(open, d("2026-03-02"))).toBe("OUVERTE");
    expect(campaignPhase(open, d("2026-03-31"))).toBe("OUVERTE");
    expect(campaignPhase(open, d("2026-04-01"))).toBe("EN_ARBITRAGE");
    expect(campaignPhase({ ...open, status: "ARBITREE" }, d("2026-04-10"))).toBe("ARBITREE");
  });

  it("accepts submissions through the deadline day, decisions only after it, opinions until the close", () => {
    expect(acceptsSubmissions(open, d("2026-03-31"))).toBe(true);
    expect(acceptsSubmissions(open, d("2026-04-01"))).toBe(false);
    expect(acceptsSubmissions({ ...open, status: "BROUILLON" }, d("2026-03-10"))).toBe(false);
    expect(acceptsDecisions(open, d("2026-03-31"))).toBe(false);
    expect(acceptsDecisions(open, d("2026-04-01"))).toBe(true);
    expect(acceptsDecisions({ ...open, status: "ARBITREE" }, d("2026-04-01"))).toBe(false);
    expect(acceptsOpinions(open)).toBe(true);
    expect(acceptsOpinions({ ...open, status: "ARBITREE" })).toBe(false);
  });

  it("closes early by moving the deadline to yesterday", () => {
    const today = d("2026-03-10");
    const closed = { ...open, closesOn: previousDay(today) };
    expect(closed.closesOn.toISOString().slice(0, 10)).toBe("2026-03-09");
    expect(acceptsSubmissions(closed, today)).toBe(false);
    expect(acceptsDecisions(closed, today)).toBe(true);
  });
});

describe("decisions", () => {
  const need = { quantity: 10, unitCostCents: 90_000n };

  it("accepts all, part or nothing, with the amounts", () => {
    expect(
      decisionOutcome(need, { decision: "ACCEPTE", acceptedQuantity: null, reason: null }),
    ).toEqual({
      ok: true,
      outcome: {
        status: "ACCEPTE",
        acceptedQuantity: 10,
        acceptedCents: 900_000n,
        decisionReason: null,
      },
    });
    expect(
      decisionOutcome(need, { decision: "PARTIEL", acceptedQuantity: 4, reason: "Enveloppe" }),
    ).toEqual({
      ok: true,
      outcome: {
        status: "PARTIEL",
        acceptedQuantity: 4,
        acceptedCents: 360_000n,
        decisionReason: "Enveloppe",
      },
    });
    expect(
      decisionOutcome(need, {
        decision: "REFUSE",
        acceptedQuantity: null,
        reason: "Hors priorités",
      }),
    ).toEqual({
      ok: true,
      outcome: {
        status: "REFUSE",
        acceptedQuantity: 0,
        acceptedCents: 0n,
        decisionReason: "Hors priorités",
      },
    });
  });

  it("requires a reason and a smaller quantity for a partial acceptance, a reason for a refusal", () => {
    expect(
      decisionOutcome(need, { decision: "PARTIEL", acceptedQuantity: 10, reason: "x" }),
    ).toMatchObject({ ok: false, field: "acceptedQuantity" });
    expect(
      decisionOutcome(need, { decision: "PARTIEL", acceptedQuantity: 0, reason: "x" }),
    ).toMatchObject({ ok: false, field: "acceptedQuantity" });
    expect(
      decisionOutcome(need, { decision: "PARTIEL", acceptedQuantity: null, reason: "x" }),
    ).toMatchObject({ ok: false, field: "acceptedQuantity" });
    expect(
      decisionOutcome(need, { decision: "PARTIEL", acceptedQuantity: 3, reason: "  " }),
    ).toMatchObject({
      ok: false,
      field: "reason",
      message: expect.stringMatching(/obligatoire/) as string,
    });
    expect(
      decisionOutcome(need, { decision: "REFUSE", acceptedQuantity: null, reason: null }),
    ).toMatchObject({ ok: false, field: "reason" });
  });
});

describe("envelope", () => {
  it("lets the total reach the envelope exactly and refuses a cent more, naming both amounts", () => {
    expect(envelopeExcess(600_000n, 400_000n, 1_000_000n)).toBeNull();
    const message = envelopeExcess(600_000n, 400_001n, 1_000_000n);
    expect(message).toMatch(/10\s000,01\s€/);
    expect(message).toMatch(/10\s000,00\s€/);
    expect(message).toMatch(/rien n'a été enregistré/);
  });

  it("totals requested and accepted amounts", () => {
    expect(
      needTotals([
        { quantity: 2, unitCostCents: 100n, status: "ACCEPTE", acceptedCents: 200n },
        { quantity: 5, unitCostCents: 100n, status: "PARTIEL", acceptedCents: 300n },
        { quantity: 1, unitCostCents: 100n, status: "REFUSE", acceptedCents: 0n },
        { quantity: 1, unitCostCents: 100n, status: "SOUMIS", acceptedCents: null },
      ]),
    ).toEqual({ requestedCents: 900n, acceptedCents: 500n });
  });
});
