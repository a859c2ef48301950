import { describe, expect, it } from "vitest";
import { estimateDemoEffectif } from "@/prisma/seed/inventory/generate-demo-inventory";
import { benchSeedKey } from "@/prisma/seed/shared/bench-constants";
import { BENCH_EFFECTIF_RENTREES, benchEffectifHistory } from "@/bench/bench-effectifs";
import { benchId, benchIdSeries } from "@/prisma/seed/shared/bench-ids";
import { planBenchReferential } from "@/bench/bench-referentials";
import { signatureEvidence } from "@/prisma/seed/shared/conventions/signature-evidence";

describe("benchEffectifHistory", () => {
  it("estimates five rentrées ending with the demo's estimate, moving a few per cent a year, the same for the same seed", () => {
    for (const [uai, rural] of [
      ["0590001A", true],
      ["0351638R", false],
      ["0691234B", false],
    ] as const) {
      const history = benchEffectifHistory(uai, rural, 2023, 1);
      expect(history.map((h) => h.rentree)).toEqual([2019, 2020, 2021, 2022, 2023]);
      expect(history).toHaveLength(BENCH_EFFECTIF_RENTREES);
      expect(history.at(-1)!.total).toBe(estimateDemoEffectif(uai, rural, benchSeedKey(1)));
      for (let i = 1; i < history.length; i += 1)
        expect(Math.abs(history[i]!.total / history[i - 1]!.total - 1)).toBeLessThan(0.04);
      expect(benchEffectifHistory(uai, rural, 2023, 1)).toEqual(history);
    }
    expect(benchEffectifHistory("0590001A", true, 2023, 2)).not.toEqual(
      benchEffectifHistory("0590001A", true, 2023, 1),
    );
  });
});

describe("benchId", () => {
  it("gives UUID-shaped ids, the same for the same seed and key", () => {
    expect(benchId(1, "Convention", "CT:0590001A:2024")).toBe(
      benchId(1, "Convention", "CT:0590001A:2024"),
    );
    expect(benchId(1, "Convention", "CT:0590001A:2024")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(benchId(2, "Convention", "CT:0590001A:2024")).not.toBe(
      benchId(1, "Convention", "CT:0590001A:2024"),
    );
    const series = benchIdSeries(1, "Equipment", "0590001A");
    const ids = Array.from({ length: 1000 }, (_, i) => series(i));
    expect(new Set(ids).size).toBe(1000);
    expect(ids[999]).toMatch(/^[0-9a-f-]{24}0{9}3e7$/);
  });
});

describe("signatureEvidence", () => {
  it("records an authority dated before the signature and a fictitious address, the same for the same step", () => {
    const signer = {
      id: "u",
      name: "Anne Martin",
      email: "recteur.lille@bench.tripartite.fr",
      qualite: null,
      delegationReference: "Arrêté rectoral de délégation n° 2024-R-090",
    };
    const decidedAt = new Date("2026-03-12T10:00:00Z");
    for (const party of ["EPLE", "ETAT", "COLLECTIVITE"] as const) {
      const evidence = signatureEvidence(`v1:${party}`, party, signer, decidedAt, 1);
      expect(evidence).toEqual(signatureEvidence(`v1:${party}`, party, signer, decidedAt, 1));
      expect(new Date(evidence.authorisationDate).getTime()).toBeLessThan(decidedAt.getTime());
      expect(evidence.ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
    }
    expect(signatureEvidence("v1:ETAT", "ETAT", signer, decidedAt, 1).authorisationReference).toBe(
      signer.delegationReference,
    );
  });
});

describe("planBenchReferential", () => {
  it("saves a référentiel for about four collectivités in ten, within plausible targets", () => {
    const codes = Array.from({ length: 200 }, (_, i) => String(i + 1).padStart(3, "0"));
    const saved = codes.map((code) => planBenchReferential(code, 1)).filter((r) => r !== null);
    expect(saved.length / codes.length).toBeGreaterThan(0.3);
    expect(saved.length / codes.length).toBeLessThan(0.5);
    for (const r of saved) {
      expect(r.targets.elevesParTerminal).toBeGreaterThanOrEqual(2.5);
      expect(r.targets.elevesParTerminal).toBeLessThanOrEqual(4);
      expect(r.rules.POSTE_FIXE.renewalAgeYears).toBeGreaterThanOrEqual(5);
    }
    expect(planBenchReferential("59", 1)).toEqual(planBenchReferential("59", 1));
  });
});
