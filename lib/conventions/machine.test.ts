import { describe, expect, it } from "vitest";
import {
  allSigned,
  canApply,
  displayStatus,
  openSteps,
  partyOfScope,
  stepEngagedBy,
  type StepState,
} from "@/lib/conventions/machine";
import { todayInParis } from "@/lib/dates";

const step = (
  order: number,
  party: StepState["party"],
  status: StepState["status"] = "EN_ATTENTE",
): StepState => ({ order, party, status });

describe("convention state machine", () => {
  it("allows each action only from its states", () => {
    expect(canApply("edit", "BROUILLON", null)).toBe(true);
    expect(canApply("edit", "EN_SIGNATURE", null)).toBe(false);
    expect(canApply("submit", "EN_VIGUEUR", null)).toBe(false);
    expect(canApply("sign", "EN_SIGNATURE", null)).toBe(true);
    expect(canApply("sign", "BROUILLON", null)).toBe(false);
    expect(canApply("refuse", "EN_VIGUEUR", null)).toBe(false);
    expect(canApply("withdraw", "EN_SIGNATURE", null)).toBe(true);
    expect(canApply("amend", "BROUILLON", null)).toBe(false);
    expect(canApply("terminate", "RESILIEE", null)).toBe(false);
  });

  it("reads a convention in force past its end as expired, which can no longer be amended or terminated but can be renewed", () => {
    const today = new Date("2026-11-22T10:00:00Z");
    const ended = new Date("2026-08-31T00:00:00Z");
    expect(displayStatus("EN_VIGUEUR", ended, today)).toBe("EXPIREE");
    expect(displayStatus("EN_VIGUEUR", new Date("2026-11-22T00:00:00Z"), today)).toBe("EN_VIGUEUR");
    expect(displayStatus("BROUILLON", ended, today)).toBe("BROUILLON");
    expect(canApply("amend", "EN_VIGUEUR", ended, today)).toBe(false);
    expect(canApply("terminate", "EN_VIGUEUR", ended, today)).toBe(false);
    expect(canApply("renew", "EN_VIGUEUR", ended, today)).toBe(true);
  });

  it("takes today in Paris: 23:30 UTC on 31 December is already 1 January", () => {
    expect(todayInParis(new Date("2026-12-31T23:30:00Z")).toISOString()).toBe(
      "2027-01-01T00:00:00.000Z",
    );
  });

  it("opens steps in order, several at once when they share an order", () => {
    const steps = [step(1, "EPLE"), step(2, "ETAT"), step(2, "COLLECTIVITE")];
    expect(openSteps(steps).map((s) => s.party)).toEqual(["EPLE"]);
    steps[0]!.status = "SIGNEE";
    expect(openSteps(steps).map((s) => s.party)).toEqual(["ETAT", "COLLECTIVITE"]);
    steps[2]!.status = "SIGNEE_HORS_PLATEFORME";
    expect(openSteps(steps).map((s) => s.party)).toEqual(["ETAT"]);
    expect(allSigned(steps)).toBe(false);
    steps[1]!.status = "SIGNEE";
    expect(openSteps(steps)).toEqual([]);
    expect(allSigned(steps)).toBe(true);
  });

  it("opens nothing after a refusal", () => {
    expect(openSteps([step(1, "EPLE", "REFUSEE"), step(2, "ETAT")])).toEqual([]);
    expect(allSigned([])).toBe(false);
  });

  it("maps spaces to parties", () => {
    expect(partyOfScope("COLLECTIVITE")).toBe("COLLECTIVITE");
    expect(partyOfScope("ACADEMIE")).toBe("ETAT");
    expect(partyOfScope("ETABLISSEMENT")).toBe("EPLE");
    expect(partyOfScope("PLATFORM")).toBeNull();
  });
});

describe("one person, one party", () => {
  const steps = [
    { id: "a", status: "SIGNEE" as const, signerId: "u1", declaredById: null },
    { id: "b", status: "SIGNEE_HORS_PLATEFORME" as const, signerId: null, declaredById: "u2" },
    { id: "c", status: "EN_ATTENTE" as const, signerId: null, declaredById: null },
    { id: "d", status: "REFUSEE" as const, signerId: "u3", declaredById: null },
  ];
  it("finds the other step a person signed or declared on the version", () => {
    expect(stepEngagedBy(steps, "u1", "c")?.id).toBe("a");
    expect(stepEngagedBy(steps, "u2", "c")?.id).toBe("b");
    expect(stepEngagedBy(steps, "u1", "a")).toBeUndefined();
    expect(stepEngagedBy(steps, "u3", "c")).toBeUndefined();
    expect(stepEngagedBy(steps, "u4", "c")).toBeUndefined();
  });
});
