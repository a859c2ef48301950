import { describe, expect, it } from "vitest";
import {
  describeAssistanceTerms,
  describeClockTime,
  describeDays,
  describeDuration,
  describeSla,
  describeSlaScope,
  describeWorkday,
  slaDomainLabel,
} from "@/lib/assistance/describe-sla";

describe("describeDuration", () => {
  it("takes the singular for 1 and the plural from 2", () => {
    expect(describeDuration(1, "JOURS_OUVRES")).toBe("1 jour ouvré");
    expect(describeDuration(3, "JOURS_OUVRES")).toBe("3 jours ouvrés");
    expect(describeDuration(1, "HEURES_OUVREES")).toBe("1 heure ouvrée");
    expect(describeDuration(4, "HEURES_OUVREES")).toBe("4 heures ouvrées");
  });

  it("counts calendar days the same way", () => {
    expect(describeDays(1)).toBe("1 jour");
    expect(describeDays(15)).toBe("15 jours");
  });
});

describe("describeSla", () => {
  it("names the level, the domain, both delays and the school holidays", () => {
    expect(
      describeSla({
        level: "N2",
        domain: "ECRANS_VIDEOPROJECTION",
        takeCharge: 1,
        takeChargeUnit: "JOURS_OUVRES",
        resolve: 3,
        resolveUnit: "JOURS_OUVRES",
        schoolHolidays: true,
      }),
    ).toBe(
      "N2 · Vidéoprojection et écrans interactifs : prise en charge sous 1 jour ouvré, résolution sous 3 jours ouvrés, hors vacances scolaires",
    );
  });

  it("reads a rule without domain as every domain, without the holidays clause", () => {
    expect(
      describeSla({
        level: "N1",
        domain: "",
        takeCharge: 4,
        takeChargeUnit: "HEURES_OUVREES",
        resolve: 1,
        resolveUnit: "JOURS_OUVRES",
        schoolHolidays: false,
      }),
    ).toBe(
      "N1 · Tous les domaines : prise en charge sous 4 heures ouvrées, résolution sous 1 jour ouvré",
    );
    expect(slaDomainLabel("")).toBe("tous les domaines");
    expect(describeSlaScope({ level: "N3", domain: "ENT" })).toBe(
      "N3 · Espace numérique de travail (ENT)",
    );
    expect(slaDomainLabel("ENT")).toBe("Espace numérique de travail (ENT)");
  });
});

describe("describeWorkday", () => {
  it("reads HH:MM as French hours", () => {
    expect(describeClockTime("08:00")).toBe("8 h");
    expect(describeClockTime("17:30")).toBe("17 h 30");
    expect(describeWorkday("08:00", "17:30")).toBe("de 8 h à 17 h 30");
  });
});

describe("describeAssistanceTerms", () => {
  it("names the working day and the closing delays", () => {
    expect(
      describeAssistanceTerms({
        workdayStart: "07:45",
        workdayEnd: "18:00",
        closeAfterDays: 1,
        reopenWithinDays: 15,
      }),
    ).toEqual([
      ["Journée ouvrée", "de 7 h 45 à 18 h"],
      [
        "Clôture automatique",
        "1 jour après la résolution, si le collège ne l'a ni confirmée ni contestée",
      ],
      ["Réouverture", "possible pendant 15 jours après la clôture"],
    ]);
  });
});
