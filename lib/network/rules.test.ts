import { describe, expect, it } from "vitest";
import {
  assessNetwork,
  bandText,
  DEFAULT_THRESHOLDS as T,
  formatMbps,
  speedBand,
} from "@/lib/network/rules";

describe("speedBand", () => {
  it("puts a speed in the ADF bands, bounds in the upper band", () => {
    expect(speedBand(null, T)).toBe("INCONNU");
    expect(speedBand(49_999, T)).toBe("CRITIQUE");
    expect(speedBand(50_000, T)).toBe("MINIMAL");
    expect(speedBand(100_000, T)).toBe("CIBLE");
    expect(speedBand(200_000, T)).toBe("ELEVE");
    expect(bandText("MINIMAL", T)).toBe("Usages de base (50 à 100 Mbit/s)");
  });
});

describe("assessNetwork", () => {
  it("is ready only above every threshold, and says what is below", () => {
    // 100 Mbit/s for 600 élèves: 166 kbit/s each (rounded down); 30 rooms of 30 covered.
    expect(assessNetwork({ downKbps: 100_000, teachingRooms: 30, wifiRooms: 30 }, 600, T)).toEqual({
      band: "CIBLE",
      perPupilKbps: 166,
      perPupilOk: true,
      coveragePct: 100,
      coverageOk: true,
      ready: true,
      issues: [],
    });
    // 60 Mbit/s for 800 élèves: 75 kbit/s; 20 rooms of 30.
    const weak = assessNetwork({ downKbps: 60_000, teachingRooms: 30, wifiRooms: 20 }, 800, T);
    expect(weak).toMatchObject({
      band: "MINIMAL",
      perPupilKbps: 75,
      coveragePct: 66,
      ready: false,
    });
    expect(weak.issues).toEqual(["moins de 100 kbit/s par élève", "Wi-Fi dans 66 % des salles"]);
  });

  it("does not call ready what it does not know", () => {
    const unknown = assessNetwork({ downKbps: null, teachingRooms: null, wifiRooms: null }, 500, T);
    expect(unknown.ready).toBeNull();
    expect(unknown.issues).toEqual(["débit inconnu", "couverture Wi-Fi inconnue"]);
    expect(
      assessNetwork({ downKbps: 300_000, teachingRooms: 10, wifiRooms: 10 }, null, T),
    ).toMatchObject({
      ready: null,
      issues: ["effectif inconnu"],
    });
    // A check known to fail is not ready, even with another unknown.
    expect(
      assessNetwork({ downKbps: 8_000, teachingRooms: null, wifiRooms: null }, null, T).ready,
    ).toBe(false);
    // Compared before rounding: 99,8 kbit/s per élève and 199 rooms of 200 are under the targets.
    expect(
      assessNetwork({ downKbps: 62_000, teachingRooms: 200, wifiRooms: 199 }, 621, T),
    ).toMatchObject({ perPupilKbps: 99, perPupilOk: false, coveragePct: 99, coverageOk: false });
    expect(formatMbps(49_960)).toBe("49,9 Mbit/s");
    // Under the critical speed is not ready, whatever else is known.
    expect(
      assessNetwork({ downKbps: 20_000, teachingRooms: 10, wifiRooms: 10 }, 100, T).ready,
    ).toBe(false);
  });
});

describe("formatMbps", () => {
  it("writes kbit/s as Mbit/s in French", () => {
    expect(formatMbps(12_500)).toBe("12,5 Mbit/s");
    expect(formatMbps(null)).toBe("—");
  });
});
