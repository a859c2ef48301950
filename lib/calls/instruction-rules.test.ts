import { describe, expect, it } from "vitest";
import {
  addMonths,
  reportSchedule,
  scoreView,
  type PartyScore,
} from "@/lib/calls/instruction-rules";

const at = new Date("2027-01-20T10:00:00Z");
const score = (
  party: PartyScore["party"],
  points: number[],
  note: string | null = null,
): PartyScore => ({
  party,
  points,
  total: points.reduce((a, b) => a + b, 0),
  note,
  scoredAt: at,
  scoredByName: party === "ETAT" ? "DRANE" : "Agent",
});

describe("scoreView", () => {
  it("hides the other party's scores from a party that has not scored yet", () => {
    const view = scoreView([score("COLLECTIVITE", [40, 20, 10], "interne")], "ETAT", true);
    expect(view).toEqual({
      own: null,
      other: null,
      otherScored: true,
      combined: null,
      gap: null,
      disagreement: false,
    });
  });

  it("hides them from the party that scored too, until the other has", () => {
    const view = scoreView([score("COLLECTIVITE", [40, 20, 10])], "COLLECTIVITE", true);
    expect(view.own?.total).toBe(70);
    expect(view).toMatchObject({ other: null, otherScored: false, combined: null });
  });

  it("shows both totals once both have scored, never the other's note, and flags a wide gap", () => {
    const scores = [
      score("COLLECTIVITE", [45, 25, 15], "à nous"),
      score("ETAT", [30, 20, 15], "à l'État"),
    ];
    const view = scoreView(scores, "COLLECTIVITE", true);
    expect(view.own?.note).toBe("à nous");
    expect(view.other).toMatchObject({ total: 65, note: null });
    expect(view).toMatchObject({ combined: 75, gap: 20, disagreement: true });
    expect(
      scoreView(
        scores.map((s) => ({ ...s, total: s.party === "ETAT" ? 80 : 85 })),
        "ETAT",
        true,
      ),
    ).toMatchObject({ gap: 5, disagreement: false });
  });

  it("takes the collectivité's total alone on a call of the collectivité alone", () => {
    expect(scoreView([score("COLLECTIVITE", [30, 20, 10])], "COLLECTIVITE", false)).toMatchObject({
      combined: 60,
      gap: null,
      disagreement: false,
    });
  });
});

describe("the reports' schedule", () => {
  it("falls due 6, 12 and 24 months after the decision, on the last day of a shorter month", () => {
    expect(addMonths(new Date("2026-08-31T00:00:00Z"), 6).toISOString().slice(0, 10)).toBe(
      "2027-02-28",
    );
    expect(addMonths(new Date("2027-01-15T00:00:00Z"), 24).toISOString().slice(0, 10)).toBe(
      "2029-01-15",
    );
  });

  it("says which report is filed, due within 30 days, late or later", () => {
    const decided = new Date("2026-01-10T00:00:00Z");
    expect(
      reportSchedule(decided, [6], new Date("2027-01-01T00:00:00Z")).map((s) => s.state),
    ).toEqual(["DEPOSE", "ATTENDU", "A_VENIR"]);
    expect(
      reportSchedule(decided, [], new Date("2026-08-01T00:00:00Z")).map((s) => s.state),
    ).toEqual(["EN_RETARD", "A_VENIR", "A_VENIR"]);
  });
});
