import { describe, expect, it } from "vitest";
import { describeCommitment, rateText } from "@/lib/reviews/describe";
import { commitmentSchema } from "@/lib/conventions/content";

describe("a commitment against its measure", () => {
  const base = { party: "COLLECTIVITE" as const, label: "Délais", target: 90 };

  it("reads a delay share in percent, reached or not", () => {
    expect(describeCommitment({ ...base, kind: "PRISE_EN_CHARGE", measured: 95 })).toEqual({
      target: "90 %",
      measured: "95 %",
      reached: "Atteint",
    });
    expect(describeCommitment({ ...base, kind: "RESOLUTION", measured: 72 }).reached).toBe(
      "Non atteint",
    );
  });

  it("says what Tripartite does not measure, and a measured kind with nothing to measure", () => {
    expect(describeCommitment({ ...base, kind: "HEURES_FORMATION", measured: null })).toEqual({
      target: "90",
      measured: "suivi par la partie, non mesuré dans Tripartite",
      reached: "—",
    });
    expect(describeCommitment({ ...base, kind: "PRISE_EN_CHARGE", measured: null }).measured).toBe(
      "rien à mesurer dans la période",
    );
  });

  it("writes a share of incidents within the delays", () => {
    expect(rateText(18, 20)).toBe("18 sur 20 (90 %)");
    expect(rateText(0, 0)).toBe("aucun incident mesuré contre un engagement");
  });
});

describe("a commitment in a convention's content", () => {
  it("refuses an unknown indicator, a negative or fractional target, in French", () => {
    const parse = (v: object) =>
      commitmentSchema.safeParse({
        party: "ETAT",
        kind: "AUTRE",
        label: "Visites",
        target: 4,
        ...v,
      });
    expect(parse({}).success).toBe(true);
    expect(parse({ kind: "VISITES" }).error?.issues[0]?.message).toBe("Type d'engagement inconnu.");
    expect(parse({ target: -1 }).error?.issues[0]?.message).toBe("Valeur visée : 0 ou plus.");
    expect(parse({ target: 1.5 }).error?.issues[0]?.message).toBe(
      "Valeur visée : nombre entier attendu.",
    );
    expect(parse({ label: " " }).error?.issues[0]?.message).toBe(
      "Engagement : ce champ est obligatoire.",
    );
  });
});
