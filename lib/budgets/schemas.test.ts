import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import {
  budgetLineErrors,
  budgetLineFieldsSchema,
  parseBudgetInput,
  parseSignedBudgetCents,
  sectionOfAccount,
  signedCentsToInput,
} from "@/lib/budgets/schemas";
import { autorisationErrors, parseAutorisationInput } from "@/lib/budgets/autorisation-schemas";

const line = {
  exercice: "2026",
  section: "INVESTISSEMENT",
  chapitre: "21",
  nature: "21831",
  label: "Ordinateurs",
  category: "EQUIPEMENT",
  funding: "COLLECTIVITE",
};

function refusal(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") {
      expect(error.message).toMatch(/^Rien n'a été enregistré\./);
      return error.fieldErrors;
    }
    throw error;
  }
  throw new Error("accepted");
}

describe("signed amounts", () => {
  it("reads a DM that reduces credits", () => {
    expect(parseSignedBudgetCents("-1 000")).toBe(-100_000n);
    expect(parseSignedBudgetCents("− 1 000,50")).toBe(-100_050n);
    expect(parseSignedBudgetCents("2 500")).toBe(250_000n);
    expect(parseSignedBudgetCents("-abc")).toBeNull();
    expect(signedCentsToInput(-100_050n)).toBe("-1000,50");
    expect(signedCentsToInput(0n)).toBe("0");
  });
});

describe("budget line checks", () => {
  it("parses a line with euros into cents and defaults fonction 221", () => {
    const parsed = parseBudgetInput(budgetLineFieldsSchema, {
      ...line,
      bp: "100 000",
      dm: "-1 000",
      engaged: "50 000,50",
      mandated: "",
    });
    expect(parsed).toMatchObject({
      exercice: 2026,
      fonction: "221",
      bp: 10_000_000n,
      dm: -100_000n,
      engaged: 5_000_050n,
      mandated: 0n,
      autorisationId: null,
    });
  });

  it("refuses malformed, negative and inconsistent amounts in French", () => {
    expect(
      refusal(() => parseBudgetInput(budgetLineFieldsSchema, { ...line, bp: "12,345" })).bp,
    ).toMatch(/montant invalide.*deux décimales/);
    expect(
      refusal(() => parseBudgetInput(budgetLineFieldsSchema, { ...line, bp: "abc" })).bp,
    ).toMatch(/Budget primitif : montant invalide/);
    expect(refusal(() => parseBudgetInput(budgetLineFieldsSchema, { ...line, bp: "-5" })).bp).toBe(
      "Budget primitif : le montant ne peut pas être négatif.",
    );
    expect(refusal(() => parseBudgetInput(budgetLineFieldsSchema, { ...line, bp: "" })).bp).toMatch(
      /saisissez un montant/,
    );
    expect(
      refusal(() => parseBudgetInput(budgetLineFieldsSchema, { ...line, bp: "100", engaged: "-1" }))
        .engaged,
    ).toMatch(/Engagé : le montant ne peut pas être négatif/);
    expect(
      refusal(() =>
        parseBudgetInput(budgetLineFieldsSchema, { ...line, bp: "1 000", dm: "-1 500" }),
      ).dm,
    ).toMatch(/ne peut pas réduire les crédits sous zéro/);
    expect(
      refusal(() =>
        parseBudgetInput(budgetLineFieldsSchema, {
          ...line,
          bp: "1 000",
          dm: "-200",
          engaged: "900",
        }),
      ).engaged,
    ).toMatch(/L'engagé .* dépasse les crédits votés .*800,00/);
    expect(
      refusal(() =>
        parseBudgetInput(budgetLineFieldsSchema, {
          ...line,
          bp: "1 000",
          engaged: "500",
          mandated: "600",
        }),
      ).mandated,
    ).toMatch(/Le mandaté .* dépasse l'engagé/);
    expect(
      refusal(() => parseBudgetInput(budgetLineFieldsSchema, { ...line, nature: "21A" })).nature,
    ).toMatch(/3 à 8 chiffres/);
  });

  it("keeps chapters and natures in their section", () => {
    expect(sectionOfAccount("21")).toBe("INVESTISSEMENT");
    expect(sectionOfAccount("011")).toBe("FONCTIONNEMENT");
    expect(sectionOfAccount("6156")).toBe("FONCTIONNEMENT");
    const errors = budgetLineErrors({
      section: "FONCTIONNEMENT",
      chapitre: "21",
      nature: "21831",
      bp: 0n,
      dm: 0n,
      engaged: 0n,
      mandated: 0n,
    });
    expect(errors.chapitre).toBe("Le chapitre 21 relève de la section d'investissement.");
    expect(errors.nature).toBe("Le compte 21831 relève de la section d'investissement.");
    expect(
      budgetLineErrors({
        section: "INVESTISSEMENT",
        chapitre: "21",
        nature: "21831",
        bp: 100n,
        dm: -100n,
        engaged: 0n,
        mandated: 0n,
      }),
    ).toEqual({});
  });
});

describe("AP/AE checks", () => {
  const ap = {
    numero: "AP 2026-01",
    label: "Plan collèges",
    kind: "AP",
    category: "EQUIPEMENT",
    votedOn: "2026-03-20",
    amount: "1 000 000",
    state: "VOTEE",
  };

  it("reads the CP schedule from one input per exercice", () => {
    const parsed = parseAutorisationInput({
      ...ap,
      affected: "600 000",
      engaged: "400 000",
      cp_2026: "300 000",
      cp_2027: "",
      cp_2028: "700 000",
    });
    expect(parsed.cp).toEqual([
      { exercice: 2026, amountCents: 30_000_000n },
      { exercice: 2028, amountCents: 70_000_000n },
    ]);
    expect(parsed.amount).toBe(100_000_000n);
  });

  it("refuses CP over the envelope, negative CP and inconsistent stages", () => {
    const over = refusal(() =>
      parseAutorisationInput({ ...ap, cp_2026: "600 000", cp_2027: "400 000,01" }),
    );
    expect(over.cp).toMatch(
      /^Le total des crédits de paiement \(1.000.000,01.€\) dépasse le montant de l'autorisation \(1.000.000,00.€\)\.$/,
    );
    expect(refusal(() => parseAutorisationInput({ ...ap, cp_2027: "-5" })).cp_2027).toBe(
      "Crédits de paiement 2027 : le montant ne peut pas être négatif.",
    );
    expect(refusal(() => parseAutorisationInput({ ...ap, cp_2025: "5" })).cp_2025).toMatch(
      /antérieurs à l'année du vote \(2026\)/,
    );
    expect(
      autorisationErrors({ votedYear: 2026, amount: 100n, affected: 150n, engaged: 0n, cp: [] })
        .affected,
    ).toMatch(/L'affecté .* dépasse le montant/);
    expect(
      autorisationErrors({ votedYear: 2026, amount: 100n, affected: 50n, engaged: 60n, cp: [] })
        .engaged,
    ).toMatch(/L'engagé .* dépasse l'affecté/);
    expect(refusal(() => parseAutorisationInput({ ...ap, votedOn: "31/02/2026" })).votedOn).toMatch(
      /date invalide/,
    );
  });
});
