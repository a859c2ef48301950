import { describe, expect, it } from "vitest";
import { costPerYear, readinessOf, waveAtRisk } from "@/lib/programmes/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const none = {
  referentName: null,
  networkReadyAt: null,
  trainingAttestedAt: null,
  trainingDeclaredAt: null,
};

describe("readinessOf", () => {
  it("names every check missing", () => {
    expect(readinessOf(none)).toEqual({
      ready: false,
      training: "A_FAIRE",
      missing: [
        "référent numérique à désigner",
        "réseau et Wi-Fi non déclarés prêts par la collectivité",
        "formation des enseignants à faire",
      ],
    });
  });

  it("does not take the collège's declaration for the académie's attestation", () => {
    const declared = {
      ...none,
      referentName: "A. B.",
      networkReadyAt: day("2027-01-01"),
      trainingDeclaredAt: day("2027-02-01"),
    };
    expect(readinessOf(declared)).toMatchObject({ ready: false, training: "DECLAREE" });
    expect(readinessOf({ ...declared, trainingAttestedAt: day("2027-03-01") })).toEqual({
      ready: true,
      training: "ATTESTEE",
      missing: [],
    });
  });
});

describe("readinessOf and the measured network", () => {
  const base = { ...none, referentName: "A. B.", trainingAttestedAt: day("2027-03-01") };
  it("reads the measures where known, the collectivité's statement otherwise", () => {
    expect(readinessOf({ ...base, network: { ready: true, issues: [] } }).ready).toBe(true);
    expect(
      readinessOf({
        ...base,
        networkReadyAt: day("2027-01-01"),
        network: { ready: false, issues: ["débit sous 50 Mbit/s"] },
      }),
    ).toMatchObject({ ready: false, missing: ["réseau sous les seuils (débit sous 50 Mbit/s)"] });
    expect(
      readinessOf({
        ...base,
        networkReadyAt: day("2027-01-01"),
        network: { ready: null, issues: [] },
      }).ready,
    ).toBe(true);
    expect(readinessOf({ ...base, network: null }).missing).toEqual([
      "réseau et Wi-Fi non déclarés prêts par la collectivité",
    ]);
  });
});

describe("waveAtRisk", () => {
  it("flags a wave within 90 days that has a collège not ready, not a past or far one", () => {
    const today = day("2027-06-01");
    expect(waveAtRisk(day("2027-08-30"), today, 1)).toBe(true);
    expect(waveAtRisk(day("2027-08-30"), today, 0)).toBe(false);
    expect(waveAtRisk(day("2027-09-01"), today, 1)).toBe(false);
    expect(waveAtRisk(day("2027-05-31"), today, 1)).toBe(false);
  });
});

describe("costPerYear", () => {
  it("sums the waves of each exercice and leaves out those beyond the horizon", () => {
    const waves = [
      { deploymentOn: day("2027-09-01"), units: 10 },
      { deploymentOn: day("2027-11-01"), units: 5 },
      { deploymentOn: day("2029-01-15"), units: 2 },
      { deploymentOn: day("2035-09-01"), units: 99 },
    ];
    expect(costPerYear(waves, 100, 2027, 3)).toEqual([
      { year: 2027, units: 15, costCents: 1_500 },
      { year: 2028, units: 0, costCents: 0 },
      { year: 2029, units: 2, costCents: 200 },
    ]);
  });
});
